/** Where things are relative to the visitor's XR origin: for automation (aiming a controller in a test or a demo script). */
import { getPavilion, pavilionPlot } from '../content';
import { originPose } from './navigation';
import { tableHeight, useTableLayout } from './table-layout';
import { tableCentre } from './teleport-rules';

/** World → origin-local (the reference space controllers and the headset are posed in). */
export function worldToOrigin(x: number, y: number, z: number): [number, number, number] {
  const dx = x - originPose.x;
  const dz = z - originPose.z;
  const c = Math.cos(-originPose.yaw);
  const s = Math.sin(-originPose.yaw);
  return [dx * c + dz * s, y - originPose.y, -dx * s + dz * c];
}

/** A pavilion's centre, on the tabletop miniature or at full scale, in origin-local coordinates (null if unknown). */
export function locatePavilion(id: string, where: 'miniature' | 'park'): [number, number, number] | null {
  const p = getPavilion(id);
  if (!p) return null;
  const plot = pavilionPlot(p);
  if (where === 'park') return worldToOrigin(plot.center[0], p.height / 2, plot.center[1]);
  const [cx, cz] = tableCentre();
  const s = useTableLayout.getState().scale;
  return worldToOrigin(cx + plot.center[0] * s, tableHeight() + (p.height * s) / 2, cz + plot.center[1] * s);
}

/** The visitor's origin in the world: position on the ground (seen from above) and heading. */
export const originWorld = (): { x: number; z: number; yaw: number } => ({ x: originPose.x, z: originPose.z, yaw: originPose.yaw });
