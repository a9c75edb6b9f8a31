/** A glowing ring on the ground around the selected pavilion. Usage: `<SelectionMarker pavilionId="pico" />` */
import { RingGeometry } from 'three';
import { palette } from '../../config';
import { getPavilion, pavilionPlot } from '../../content';
import { painted } from '../geometry-utils';
import { panelShapeMaterial } from '../materials';

// A unit ring, scaled per pavilion: one buffer for every selection. Vertex-coloured on the panels' unlit
// material, so it needs no shader program of its own.
const ring = painted(new RingGeometry(1, 1.06, 64), palette.highlight);
const material = panelShapeMaterial;

/** The selection ring; hidden when no pavilion is selected. */
export function SelectionMarker({ pavilionId }: { pavilionId: string | null }) {
  const p = pavilionId ? getPavilion(pavilionId) : undefined;
  const plot = p ? pavilionPlot(p) : null;
  const r = p ? Math.hypot(p.footprint[0], p.footprint[1]) * 0.62 + 8 : 1;
  return (
    <mesh
      name="selection-marker"
      visible={!!p}
      geometry={ring}
      material={material}
      dispose={null}
      position={[plot?.center[0] ?? 0, 3, plot?.center[1] ?? 0]}
      rotation-x={-Math.PI / 2}
      scale={[r, r, 1]}
    />
  );
}
