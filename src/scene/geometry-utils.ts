/** Helpers for building merged, vertex-coloured, flat-shaded geometry (one draw call per merged set). */
import { BufferGeometry, Color, Float32BufferAttribute, Shape, ShapeGeometry } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Vec2 } from '../lib/geometry';

const scratch = new Color();

/** Paints every vertex of a geometry one colour (non-indexed copy, ready to merge). */
export function painted(geometry: BufferGeometry, color: string): BufferGeometry {
  const g = geometry.index ? geometry.toNonIndexed() : geometry;
  if (g !== geometry) geometry.dispose();
  scratch.set(color).convertSRGBToLinear();
  const n = g.getAttribute('position').count;
  const colors = new Float32Array(n * 3);
  for (let i = 0; i < n; i++) {
    colors[i * 3] = scratch.r;
    colors[i * 3 + 1] = scratch.g;
    colors[i * 3 + 2] = scratch.b;
  }
  g.setAttribute('color', new Float32BufferAttribute(colors, 3));
  g.deleteAttribute('uv');
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
