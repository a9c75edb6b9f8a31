/** A glowing ring on the ground around the selected pavilion. Usage: `<SelectionMarker pavilionId="pico" />` */
import { MeshBasicMaterial } from 'three';
import { palette } from '../../config';
import { getPavilion, pavilionPlot } from '../../content';

const material = new MeshBasicMaterial({ color: palette.highlight, toneMapped: false });

/** The selection ring; renders nothing when no pavilion is selected. */
export function SelectionMarker({ pavilionId }: { pavilionId: string | null }) {
  const p = pavilionId ? getPavilion(pavilionId) : undefined;
  if (!p) return null;
  const plot = pavilionPlot(p);
  const r = Math.hypot(p.footprint[0], p.footprint[1]) * 0.62 + 8;
  return (
    <mesh name="selection-marker" material={material} position={[plot.center[0], 3, plot.center[1]]} rotation-x={-Math.PI / 2}>
      <ringGeometry args={[r, r + 4, 64]} />
    </mesh>
  );
}
