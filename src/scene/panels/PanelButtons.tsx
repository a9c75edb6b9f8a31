/**
 * The buttons of a panel: one ray target each, highlighted under the pointer. The button faces are part of the
 * panel's merged shapes; the targets here draw nothing (an invisible material still takes rays), and one
 * highlight quad moves to the hovered button, so buttons cost no draw call until one is hovered.
 * Usage: inside `<Panel3D buttons={...} />`
 */
import type { ThreeEvent } from '@react-three/fiber';
import { useRef } from 'react';
import { type Mesh, PlaneGeometry } from 'three';
import { painted } from '../geometry-utils';
import { panelShapeMaterial } from '../materials';
import { playCue } from '../../audio/sound';
import { buttonHoverColor, toLocal } from './panel-geometry';
import type { PanelButton, PanelLayout } from './panel-layout';

// Ray targets, never drawn (`visible: false`). renderer.compile() (xr/PrecompileXR.tsx) still builds a program for
// every material it meets, drawn or not, and the first panel with buttons may mount mid-session (the wrist menu, with
// its controller): a copy of the panel shapes' material, compiled with the first frames wherever panels stand, needs
// no program of its own. (The backing's translucent parameters did: USE_FOG in VR made it a program of its own.)
const target = panelShapeMaterial.clone();
target.visible = false;
const unitPlane = new PlaneGeometry(1, 1).deleteAttribute('normal');
// Vertex-coloured on the panels' unlit material: the highlight needs no shader program of its own.
const hoverPlane = painted(new PlaneGeometry(1, 1), buttonHoverColor);

/** Panel buttons. */
export function PanelButtons({ layout, buttons, name }: { layout: PanelLayout; buttons: readonly (PanelButton & { onClick: () => void })[]; name?: string }) {
  const highlight = useRef<Mesh>(null);
  const hovered = useRef<string | null>(null);
  return (
    <>
      <mesh ref={highlight} visible={false} geometry={hoverPlane} material={panelShapeMaterial} dispose={null} renderOrder={2} raycast={() => undefined} />
      {layout.shapes.map((s) => {
        if (s.kind !== 'button') return null;
        const b = buttons.find((x) => x.id === s.key);
        if (!b) return null;
        const [x, y] = toLocal(layout, s.x + s.w / 2, s.y + s.h / 2);
        return (
          <mesh
            key={s.key}
            name={`${name ?? 'panel'}:button:${s.key}`}
            position={[x, y, 0.2]}
            scale={[s.w, s.h, 1]}
            geometry={unitPlane}
            material={target}
            dispose={null}
            onClick={(e: ThreeEvent<MouseEvent>) => {
              e.stopPropagation();
              b.onClick();
            }}
            onPointerOver={() => {
              const h = highlight.current;
              if (!h) return;
              if (hovered.current !== s.key) playCue('hover');
              hovered.current = s.key;
              h.position.set(x, y, 0.2);
              h.scale.set(s.w, s.h, 1);
              h.visible = true;
            }}
            onPointerOut={() => {
              // Moving straight from one button to the next: the next one's "over" may come first.
              if (hovered.current !== s.key || !highlight.current) return;
              hovered.current = null;
              highlight.current.visible = false;
            }}
          />
        );
      })}
    </>
  );
}
