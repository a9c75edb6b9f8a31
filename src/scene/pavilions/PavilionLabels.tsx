/**
 * Names over the pavilions in the current language, all in one text batch. Each label faces the camera,
 * keeps a steady on-screen size within limits, and is lifted clear of nearer labels it would overlap.
 * Usage: `<PavilionLabels />`
 */
import { useFrame } from '@react-three/fiber';
import { useMemo, useRef } from 'react';
import { type PerspectiveCamera, Vector3 } from 'three';
import type { BatchedText, Text } from 'troika-three-text';
import { cameraConfig } from '../../config';
import { content, pavilionPlot } from '../../content';
import { createLabelRects, placeLabels } from '../../lib/label-placement';
import { useExhibit } from '../../state/store';
import { sceneFonts } from '../fonts';
import { textWidth } from '../panels/panel-layout';
import { useRedrawOnTextSync } from '../text-elements';
import { useLive } from '../../booth/live-status';

const anchor = new Vector3();
const camPos = new Vector3();
/** Label height as a fraction of the view height. */
const SCREEN_FRACTION = 0.03;
const TAN_HALF_FOV = Math.tan((cameraConfig.fov * Math.PI) / 360);
const PER_METRE = 2 * TAN_HALF_FOV * SCREEN_FRACTION;

const spots = content.pavilions.map((p) => {
  const plot = pavilionPlot(p);
  return { id: p.id, x: plot.center[0], y: p.height + 8, z: plot.center[1] };
});
const placement = createLabelRects(spots.length);
const worldScale = new Float32Array(spots.length);

/** The pavilion labels. */
export function PavilionLabels() {
  const lang = useExhibit((s) => s.lang);
  const selected = useExhibit((s) => (s.selection.kind === 'pavilion' ? s.selection.id : null));
  // At the VR table the park is a kilometre away: its labels would be specks over the panels (the model has its own).
  // Also on a spectator TV that follows a visitor at the table: it shows what their headset shows.
  const ownTable = useExhibit((s) => s.xrPlace === 'table');
  const followedTable = useLive((s) => s.role === 'spectator' && s.followed?.xr === true && s.followed.place === 'table');
  const atTable = ownTable || followedTable;
  const batch = useRef<BatchedText>(null);
  const labels = useRef<(Text | null)[]>([]);
  const widths = useMemo(() => Float32Array.from(content.pavilions, (p) => textWidth(p.name[lang], 1)), [lang]);
  useRedrawOnTextSync(batch, !atTable);
  useFrame(({ camera }) => {
    camera.getWorldPosition(camPos);
    const aspect = (camera as PerspectiveCamera).aspect || 1;
    for (let i = 0; i < spots.length; i++) {
      const s = spots[i]!;
      anchor.set(s.x, s.y, s.z);
      const d = anchor.distanceTo(camPos);
      const scale = Math.min(60, Math.max(5, d * PER_METRE));
      worldScale[i] = scale;
      placement.distance[i] = d;
      anchor.project(camera);
      const ndcPerMetre = 1 / (Math.max(d, 1) * TAN_HALF_FOV);
      placement.rects[i * 4] = anchor.x;
      placement.rects[i * 4 + 1] = anchor.y;
      placement.rects[i * 4 + 2] = (widths[i]! * scale * ndcPerMetre) / aspect;
      placement.rects[i * 4 + 3] = scale * ndcPerMetre;
    }
    placeLabels(placement);
    for (let i = 0; i < spots.length; i++) {
      const label = labels.current[i];
      if (!label) continue;
      const s = spots[i]!;
      const scale = worldScale[i]!;
      label.scale.setScalar(scale);
      label.position.set(s.x, s.y + scale * (0.2 + placement.lift[i]!), s.z);
      label.quaternion.copy(camera.quaternion);
      // A label that cannot be lifted clear of a nearer one is hidden rather than drawn over it.
      label.visible = placement.clear[i] === 1;
    }
  });
  return (
    <batchedText ref={batch} name="pavilion-labels" renderOrder={4} frustumCulled={false}>
      {content.pavilions.map((p, i) => (
        <troikaText
          key={p.id}
          ref={(t: Text | null) => {
            labels.current[i] = t;
          }}
          text={p.name[lang]}
          font={sceneFonts.bold}
          fontSize={1}
          anchorX="center"
          anchorY="bottom"
          color={p.id === selected ? '#ffe2a0' : '#ffffff'}
          outlineWidth="12%"
          outlineColor="#1d2a33"
          outlineOpacity={0.85}
        />
      ))}
    </batchedText>
  );
}
