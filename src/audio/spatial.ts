/** Where sounds come from (pure): the nearest point of the coast for the surf, the trees near the visitor for the birds. */

/** The nearest point on a polyline to (x, z), written into `out` ([x, z]); no allocation (called every frame). */
export function nearestOnPolyline(points: readonly (readonly [number, number])[], x: number, z: number, out: [number, number]): [number, number] {
  let best = Infinity;
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i]!;
    const b = points[i + 1]!;
    const dx = b[0] - a[0];
    const dz = b[1] - a[1];
    const len2 = dx * dx + dz * dz;
    const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - a[0]) * dx + (z - a[1]) * dz) / len2)) : 0;
    const px = a[0] + t * dx;
    const pz = a[1] + t * dz;
    const d = (px - x) ** 2 + (pz - z) ** 2;
    if (d < best) {
      best = d;
      out[0] = px;
      out[1] = pz;
    }
  }
  return out;
}

/** The index of a tree within `radius` of (x, z), picked at random among the nearest few (`rand` in [0, 1)); -1 when none. */
export function treeNear(trees: readonly { x: number; z: number }[], x: number, z: number, radius: number, rand: () => number): number {
  const near: number[] = [];
  const r2 = radius * radius;
  for (let i = 0; i < trees.length; i++) {
    const t = trees[i]!;
    if ((t.x - x) ** 2 + (t.z - z) ** 2 <= r2) near.push(i);
  }
  return near.length ? near[Math.floor(rand() * near.length)]! : -1;
}
