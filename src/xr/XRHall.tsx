/**
 * The booth terrace, a viewing deck high over the ground: floor, low parapet and its cap, columns, canopy ring, the
 * deck's tower and the table in one draw, the rings of light in another, built for the table height the current
 * visitor gets (see table-layout). Usage: `<XRHall />` in a VR session.
 */
import type { BufferGeometry } from 'three';
import { panelShapeMaterial, surfaceMaterial } from '../scene/materials';
import { xrConfig } from './config';
import { floorUnder } from './deck';
import { terraceLights, terraceSolids } from './hall-geometry';
import { useTableLayout } from './table-layout';
import { tableCentre } from './teleport-rules';

// One built pair at a time: sessions at the same height reuse it, a new height replaces (and frees) it.
let built: { key: string; solids: BufferGeometry; lights: BufferGeometry } | null = null;
function terraceFor(height: number, floor: number) {
  const cm = Math.round(height * 100);
  const key = `${cm}@${floor}`;
  if (built?.key !== key) {
    built?.solids.dispose();
    built?.lights.dispose();
    built = { key, solids: terraceSolids(cm / 100, floor), lights: terraceLights(cm / 100) };
  }
  return built;
}

/** The terrace around the table. */
export function XRHall() {
  const height = useTableLayout((s) => s.height);
  const floor = floorUnder(height);
  const { solids, lights } = terraceFor(height - floor, floor);
  const [cx, cz] = tableCentre();
  return (
    <group name="terrace" position={[cx, floor, cz]} rotation-y={(xrConfig.table.yawDeg * Math.PI) / 180}>
      <mesh dispose={null} geometry={solids} material={surfaceMaterial} />
      <mesh dispose={null} geometry={lights} material={panelShapeMaterial} />
    </group>
  );
}
