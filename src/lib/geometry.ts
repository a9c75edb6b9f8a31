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

/** Convex hull of a point set (monotone chain), counter-clockwise in the x–z plane, no repeated points. */
export function convexHull(points: readonly Vec2[]): Vec2[] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (p.length < 3) return p;
  const cross = (o: Vec2, a: Vec2, b: Vec2) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (pts: Vec2[]) => {
    const h: Vec2[] = [];
    for (const q of pts) {
      while (h.length >= 2 && cross(h[h.length - 2]!, h[h.length - 1]!, q) <= 0) h.pop();
      h.push(q);
    }
    h.pop();
    return h;
  };
  return [...half(p), ...half(p.reverse())];
}

/** Clips a polygon to an axis-aligned rectangle (Sutherland–Hodgman); empty when they do not meet. */
export function clipToRect(polygon: readonly Vec2[], r: { minX: number; maxX: number; minZ: number; maxZ: number }): Vec2[] {
  const edges: [axis: 0 | 1, limit: number, keepBelow: boolean][] = [
    [0, r.minX, false],
    [0, r.maxX, true],
    [1, r.minZ, false],
    [1, r.maxZ, true],
  ];
  let out: Vec2[] = [...polygon];
  for (const [axis, limit, below] of edges) {
    const input = out;
    out = [];
    const inside = (q: Vec2) => (below ? q[axis] <= limit : q[axis] >= limit);
    for (let i = 0; i < input.length; i++) {
      const a = input[i]!;
      const b = input[(i + 1) % input.length]!;
      if (inside(a)) out.push(a);
      if (inside(a) !== inside(b)) {
        const t = (limit - a[axis]) / (b[axis] - a[axis]);
        out.push([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]);
      }
    }
  }
  return out;
}

/**
 * The shadow a prism casts on the ground: the hull of its base and its top (the base scaled by `taper` about
 * its centroid) moved by `height × shift`, where `shift` is the ground offset per metre of height away from the sun.
 */
export function castShadow(base: readonly Vec2[], height: number, shift: Vec2, taper = 1): Vec2[] {
  const cx = base.reduce((s, q) => s + q[0], 0) / base.length;
  const cz = base.reduce((s, q) => s + q[1], 0) / base.length;
  const top = base.map(([x, z]) => [cx + (x - cx) * taper + shift[0] * height, cz + (z - cz) * taper + shift[1] * height] as const);
  return convexHull([...base, ...top]);
}

/** Points of an ellipse (radii rx, rz) about `center`, rotated by `yawDeg` like rectCorners. */
export function ellipsePoints(center: Vec2, rx: number, rz: number, yawDeg = 0, n = 16): Vec2[] {
  return Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2;
    return rotated(center, Math.cos(a) * rx, Math.sin(a) * rz, yawDeg);
  });
}

/** A local offset (x, z) about `center`, rotated by `yawDeg` (the same sense as rectCorners and a mesh's rotation-y). */
export function rotated(center: Vec2, x: number, z: number, yawDeg: number): Vec2 {
  const a = (yawDeg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return [center[0] + x * c + z * s, center[1] - x * s + z * c];
}

/** Distance from point p to the segment ab. */
export function distanceToSegment(p: Vec2, a: Vec2, b: Vec2): number {
  const dx = b[0] - a[0];
  const dz = b[1] - a[1];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dz) / (dx * dx + dz * dz || 1)));
  return Math.hypot(p[0] - a[0] - dx * t, p[1] - a[1] - dz * t);
}
