/** Which way a pavilion faces: towards the nearest avenue (its entrance canopy and forecourt plaza lie there). */
import type { Pavilion, Plot, Road } from '../../content/types';
import { distanceToSegment, type Vec2 } from '../../lib/geometry';

/** The side of a plot that faces the nearest avenue: a unit vector on the ground ([0, 1] is south). */
export function plotFront(plot: Plot, roads: readonly Road[]): Vec2 {
  let best: Vec2 = [0, 1];
  let bestD = Infinity;
  for (const r of roads)
    if (r.kind === 'avenue')
      for (let i = 0; i < r.points.length - 1; i++) {
        const a = r.points[i]!;
        const b = r.points[i + 1]!;
        const d = distanceToSegment(plot.center, a, b);
        if (d < bestD) {
          bestD = d;
          // Perpendicular from the plot towards the road, snapped to the road's normal.
          const dx = b[0] - a[0];
          const dz = b[1] - a[1];
          const len = Math.hypot(dx, dz) || 1;
          const n: Vec2 = [-dz / len, dx / len];
          const side = (a[0] - plot.center[0]) * n[0] + (a[1] - plot.center[1]) * n[1];
          best = side >= 0 ? n : [-n[0], -n[1]];
        }
      }
  return best;
}

/** A pavilion's front as a unit vector in its own (unrotated) frame, for the parametric forms. */
export function localFront(p: Pavilion, plot: Plot, roads: readonly Road[]): Vec2 {
  const [fx, fz] = plotFront(plot, roads);
  const a = (p.yaw * Math.PI) / 180;
  // The inverse of the mesh's rotation-y by yaw.
  return [fx * Math.cos(a) - fz * Math.sin(a), fx * Math.sin(a) + fz * Math.cos(a)];
}
