/** Pure 2D geometry on the ground plane: points are [x, z] in metres (x east, z south). */
export type Vec2 = readonly [number, number];

/** Square metres in one mu (市亩): 10,000 / 15. */
export const M2_PER_MU = 10000 / 15;
/** Square metres in one hectare. */
export const M2_PER_HA = 10000;

/** Converts mu to square metres. */
export const muToM2 = (mu: number): number => mu * M2_PER_MU;
/** Converts square metres to mu. */
export const m2ToMu = (m2: number): number => m2 / M2_PER_MU;
/** Converts square metres to hectares. */
export const m2ToHa = (m2: number): number => m2 / M2_PER_HA;

/** Area of a simple polygon (shoelace formula), always positive. */
export function polygonArea(points: readonly Vec2[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, z1] = points[i]!;
    const [x2, z2] = points[(i + 1) % points.length]!;
    sum += x1 * z2 - x2 * z1;
  }
  return Math.abs(sum) / 2;
}

/** Whether a point lies inside a simple polygon (even-odd rule). */
export function pointInPolygon(p: Vec2, polygon: readonly Vec2[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, zi] = polygon[i]!;
    const [xj, zj] = polygon[j]!;
    if (zi > p[1] !== zj > p[1] && p[0] < ((xj - xi) * (p[1] - zi)) / (zj - zi) + xi) inside = !inside;
  }
  return inside;
}

/** Axis-aligned bounds of a point set. */
export function bounds(points: readonly Vec2[]): { minX: number; maxX: number; minZ: number; maxZ: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minZ = Infinity;
  let maxZ = -Infinity;
  for (const [x, z] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minZ = Math.min(minZ, z);
    maxZ = Math.max(maxZ, z);
  }
  return { minX, maxX, minZ, maxZ };
}

/** Corners of a rectangle centred at `center`, size [w, d], rotated by `yawDeg` about the vertical axis. */
export function rectCorners(center: Vec2, size: Vec2, yawDeg = 0): Vec2[] {
  const a = (yawDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  const hw = size[0] / 2;
  const hd = size[1] / 2;
  return [
    [-hw, -hd],
    [hw, -hd],
    [hw, hd],
    [-hw, hd],
  ].map(([x, z]) => [center[0] + x! * c + z! * s, center[1] - x! * s + z! * c] as const);
}

/** Deterministic pseudo-random numbers (mulberry32): the same seed lays out the same trees every load. */
export function seededRandom(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
