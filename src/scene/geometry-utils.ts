/** Helpers for building merged, vertex-coloured, flat-shaded geometry (one draw call per merged set). */
import { BufferGeometry, Color, Float32BufferAttribute, Shape, ShapeGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Vec2 } from '../lib/geometry';

const scratch = new Color();

/** A palette colour darkened by `k` (0…1) and cooled a little, as a shadow lit by the blue sky. */
export const shaded = (color: string | Color, k: number): Color => new Color(color).multiply(new Color(k * 0.94, k * 0.98, Math.min(1, k * 1.12)));

/** Paints every vertex of a geometry one colour (non-indexed copy, ready to merge). */
export function painted(geometry: BufferGeometry, color: string | Color): BufferGeometry {
  // Color.set reads CSS colours as sRGB and stores them linear (three's colour management): no second conversion.
  scratch.set(color);
  const { r, g: gr, b } = scratch;
  return paintedBy(geometry, (_x, _y, _z, out) => out.setRGB(r, gr, b));
}

/** Paints each vertex with the colour `at` gives for its position (non-indexed copy, ready to merge). */
export function paintedBy(geometry: BufferGeometry, at: (x: number, y: number, z: number, out: Color) => Color): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  if (g !== geometry) geometry.dispose();
  const pos = g.getAttribute('position');
  const n = pos.count;
  const colors = new Float32Array(n * 3);
  const c = new Color();
  for (let i = 0; i < n; i++) at(pos.getX(i), pos.getY(i), pos.getZ(i), c).toArray(colors, i * 3);
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  g.deleteAttribute('uv');
  return g;
}

/** Paints each triangle with the colour `at` gives for its centroid (crisp bands on a segmented surface). */
export function paintedFaces(geometry: BufferGeometry, at: (x: number, y: number, z: number, out: Color) => Color): BufferGeometry {
  const g = paintedBy(geometry, (_x, _y, _z, out) => out);
  const pos = g.getAttribute('position');
  const col = g.getAttribute('color');
  const c = new Color();
  for (let i = 0; i < pos.count; i += 3) {
    const y = (pos.getY(i) + pos.getY(i + 1) + pos.getY(i + 2)) / 3;
    at((pos.getX(i) + pos.getX(i + 1) + pos.getX(i + 2)) / 3, y, (pos.getZ(i) + pos.getZ(i + 1) + pos.getZ(i + 2)) / 3, c);
    for (let k = 0; k < 3; k++) col.setXYZ(i + k, c.r, c.g, c.b);
  }
  return g;
}

/** Tags every vertex with a ground layer index (read by the ground material's distance-scaled lift). */
export function layered(geometry: BufferGeometry, layer: number): BufferGeometry {
  const n = geometry.getAttribute('position').count;
  geometry.setAttribute('layer', new Float32BufferAttribute(new Float32Array(n).fill(layer), 1));
  return geometry;
}

/** Merges painted geometries into one and recomputes flat normals. */
export function mergePainted(parts: BufferGeometry[]): BufferGeometry {
  for (const p of parts) if (!p.getAttribute('normal')) p.computeVertexNormals();
  const merged = mergeGeometries(parts, false);
  parts.forEach((p) => p.dispose());
  if (!merged) throw new Error('mergePainted: incompatible geometries');
  merged.computeBoundingBox();
  merged.computeBoundingSphere();
  return merged;
}

/** A flat polygon on the ground at height `y` (content points are [x, z]). */
export function groundPolygon(points: readonly Vec2[], y: number): BufferGeometry {
  const shape = new Shape(points.map(([x, z]) => ({ x, y: -z }) as never));
  const g = new ShapeGeometry(shape);
  g.rotateX(-Math.PI / 2);
  g.translate(0, y, 0);
  return g;
}

/** A flat band on the ground between two closed loops of equal length (inner, outer), coloured per loop. */
export function loopStrip(inner: readonly Vec2[], outer: readonly Vec2[], innerColor: (p: Vec2) => Color, outerColor: (p: Vec2) => Color, y = 0): BufferGeometry {
  const pos: number[] = [];
  const col: number[] = [];
  const put = (p: Vec2, c: Color) => {
    pos.push(p[0], y, p[1]);
    col.push(c.r, c.g, c.b);
  };
  for (let i = 0; i < inner.length; i++) {
    const j = (i + 1) % inner.length;
    const [a, b, c, d] = [inner[i]!, inner[j]!, outer[j]!, outer[i]!];
    const quad = [a, b, c, a, c, d];
    // Either winding: the ground is seen from above only, so face the triangles up.
    const up = (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]) < 0;
    for (const p of up ? quad : [a, c, b, a, d, c]) put(p, p === a || p === b ? innerColor(p) : outerColor(p));
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.setAttribute('color', new Float32BufferAttribute(col, 3));
  g.setAttribute('normal', new Float32BufferAttribute(new Float32Array(pos.length).map((_, i) => (i % 3 === 1 ? 1 : 0)), 3));
  return g;
}

/** A flat ribbon of width `w` along a polyline on the ground at height `y`. */
export function ribbon(points: readonly Vec2[], w: number, y: number): BufferGeometry {
  const pos: number[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [x1, z1] = points[i]!;
    const [x2, z2] = points[i + 1]!;
    const len = Math.hypot(x2 - x1, z2 - z1) || 1;
    // Extend each segment by half a width so joints and crossings leave no gaps.
    const ux = (x2 - x1) / len;
    const uz = (z2 - z1) / len;
    const ax = x1 - (ux * w) / 2;
    const az = z1 - (uz * w) / 2;
    const bx = x2 + (ux * w) / 2;
    const bz = z2 + (uz * w) / 2;
    const nx = (-uz * w) / 2;
    const nz = (ux * w) / 2;
    pos.push(ax + nx, y, az + nz, bx + nx, y, bz + nz, bx - nx, y, bz - nz);
    pos.push(ax + nx, y, az + nz, bx - nx, y, bz - nz, ax - nx, y, az - nz);
  }
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  g.computeVertexNormals();
  // Triangles may face down depending on direction: force the normals up.
  const normals = g.getAttribute('normal');
  for (let i = 0; i < normals.count; i++) normals.setXYZ(i, 0, 1, 0);
  return g;
}
