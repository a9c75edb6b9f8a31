/**
 * A floating data panel drawn from a panel model: backing, shapes and all its text in a single text batch.
 * Works the same on desktop and in VR (no DOM). Usage: `<Panel3D model={m} scale={4} onSelect={...} />`
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { palette } from '../../config';
import type { PanelModel } from '../../content/panel-model';
import { sceneFonts } from '../fonts';
import { panelBackMaterial, panelShapeMaterial } from '../materials';
import { wasDrag } from '../pointer';
import { useRedrawOnTextSync } from '../text-elements';
import type { BatchedText } from 'troika-three-text';
import type { Group } from 'three';
import { buildPanelShapes, roundedBacking, toLocal } from './panel-geometry';
import { layoutPanel, type PanelButton, type PanelLayout } from './panel-layout';
import { useScreenTexts } from './screen-texts';
import { PanelButtons } from './PanelButtons';

const toneColor = { text: palette.panelText, muted: palette.panelMuted, accent: palette.panelAccent } as const;

/** Props of a panel. */
export interface Panel3DProps {
  model: PanelModel;
  /** Metres per panel unit (the panel is 100 units wide). */
  scale: number;
  position?: [number, number, number];
  /** Rotation about the vertical axis, radians. */
  yaw?: number;
  onSelect?: () => void;
  name?: string;
  /** Buttons at the bottom of the panel (VR); each fires its handler on a click or trigger press. */
  buttons?: readonly (PanelButton & { onClick: () => void })[];
  /** A precomputed layout (e.g. the glance layout); by default the full layout of `model`. */
  layout?: PanelLayout;
}

/** A data panel in the 3D scene. */
export function Panel3D({ model, scale, position = [0, 0, 0], yaw = 0, onSelect, name, buttons, layout: given }: Panel3DProps) {
  const layout = useMemo(() => given ?? layoutPanel(model, buttons), [given, model, buttons]);
  const group = useRef<Group>(null);
  useScreenTexts(name, group, layout);
  const backing = useMemo(() => roundedBacking(layout.width, layout.height), [layout]);
  const shapes = useMemo(() => buildPanelShapes(layout, model.accent), [layout, model.accent]);
  useEffect(() => () => backing.dispose(), [backing]);
  useEffect(() => () => shapes.dispose(), [shapes]);
  const batch = useRef<BatchedText>(null);
  useRedrawOnTextSync(batch);
  const onClick = onSelect
    ? (e: ThreeEvent<MouseEvent>) => {
        e.stopPropagation();
        if (!wasDrag(e)) onSelect();
      }
    : undefined;
  return (
    <group ref={group} name={name} position={position} rotation-y={yaw} scale={scale} userData={{ minTextSize: Math.min(...layout.texts.map((t) => t.size)) }}>
      <mesh dispose={null} geometry={backing} material={panelBackMaterial} onClick={onClick} renderOrder={1} name={name ? `${name}:backing` : undefined} />
      <mesh dispose={null} geometry={shapes} material={panelShapeMaterial} renderOrder={2} />
      {buttons && <PanelButtons layout={layout} buttons={buttons} name={name} />}
      <batchedText ref={batch} renderOrder={3} position-z={0.3} frustumCulled={false}>
        {layout.texts.map((t) => {
          const [x, y] = toLocal(layout, t.x, t.y);
          return (
            <troikaText
              key={t.key}
              text={t.text}
              font={t.bold ? sceneFonts.bold : sceneFonts.regular}
              fontSize={t.size}
              color={toneColor[t.tone]}
              anchorX={t.anchorX}
              anchorY="top"
              maxWidth={t.maxWidth}
              lineHeight={1.25}
              overflowWrap="break-word"
              position={[x, y, 0]}
            />
          );
        })}
      </batchedText>
    </group>
  );
}
