/** Pure layout of the schematic park's fillers: generic buildings on industry plots and trees. */
import type { Park, Plot } from '../content/types';
import { pointInPolygon, seededRandom, type Vec2 } from './geometry';

/** A generic (unnamed) building on an industry plot. */
export interface BuildingBox {
  x: number;
  z: number;
  width: number;
  depth: number;
  height: number;
}

/** Lays out 1–4 buildings per industry plot, deterministically from a seed. */
export function layoutBuildings(plots: readonly Plot[], seed = 7): BuildingBox[] {
  const rand = seededRandom(seed);
  const out: BuildingBox[] = [];
  for (const p of plots) {
    if (p.use !== 'industry') continue;
    const [w, d] = p.size;
    const alongX = w >= d;
    const n = Math.max(1, Math.min(4, Math.floor(Math.max(w, d) / 60)));
    const span = (alongX ? w : d) / n;
    for (let i = 0; i < n; i++) {
      const offset = -((alongX ? w : d) / 2) + span * (i + 0.5);
      const bw = (alongX ? span : w) * (0.55 + rand() * 0.2);
      const bd = (alongX ? d : span) * (0.5 + rand() * 0.25);
      out.push({
        x: p.center[0] + (alongX ? offset : 0),
        z: p.center[1] + (alongX ? 0 : offset),
        width: bw,
        depth: bd,
        height: 12 + rand() * 30,
      });
    }
  }
  return out;
}

/** A tree instance: position on the ground and a size factor. */
export interface TreeSpot {
  x: number;
  z: number;
  scale: number;
}

const clearOf = (x: number, z: number, boxes: readonly { cx: number; cz: number; hw: number; hd: number }[]) =>
  boxes.every((b) => Math.abs(x - b.cx) > b.hw || Math.abs(z - b.cz) > b.hd);

/**
 * Plants trees along both sides of every road, across green plots and in a belt around the outline,
 * keeping clear of buildings, pavilion plots and the roads themselves.
 */
export function layoutTrees(park: Park, seed = 11, spacing = 34): TreeSpot[] {
  const rand = seededRandom(seed);
  const out: TreeSpot[] = [];
  const keepOut = park.plots
    .filter((p) => p.use !== 'green')
    .map((p) => ({ cx: p.center[0], cz: p.center[1], hw: p.size[0] / 2 + 2, hd: p.size[1] / 2 + 2 }));
  const roadBoxes = park.roads.flatMap((r) =>
    r.points.slice(1).map((b, i) => {
      const a = r.points[i]!;
      return { cx: (a[0] + b[0]) / 2, cz: (a[1] + b[1]) / 2, hw: Math.abs(b[0] - a[0]) / 2 + r.width / 2 + 1, hd: Math.abs(b[1] - a[1]) / 2 + r.width / 2 + 1 };
    }),
  );
  const add = (x: number, z: number, scale: number) => {
    if (pointInPolygon([x, z], park.outline) && clearOf(x, z, keepOut) && clearOf(x, z, roadBoxes)) out.push({ x, z, scale });
  };
  for (const road of park.roads)
    for (let i = 0; i < road.points.length - 1; i++) {
      const [x1, z1] = road.points[i]!;
      const [x2, z2] = road.points[i + 1]!;
      const len = Math.hypot(x2 - x1, z2 - z1);
      const nx = -(z2 - z1) / len;
      const nz = (x2 - x1) / len;
      const off = road.width / 2 + 6;
      for (let s = spacing / 2; s < len; s += spacing) {
        const x = x1 + ((x2 - x1) * s) / len;
        const z = z1 + ((z2 - z1) * s) / len;
        add(x + nx * off, z + nz * off, 0.9 + rand() * 0.3);
        add(x - nx * off, z - nz * off, 0.9 + rand() * 0.3);
      }
    }
  for (const p of park.plots.filter((q) => q.use === 'green'))
    for (let x = -p.size[0] / 2 + 10; x < p.size[0] / 2 - 5; x += 22)
      for (let z = -p.size[1] / 2 + 10; z < p.size[1] / 2 - 5; z += 22)
        if (rand() > 0.25) out.push({ x: p.center[0] + x + (rand() - 0.5) * 10, z: p.center[1] + z + (rand() - 0.5) * 10, scale: 0.8 + rand() * 0.6 });
  const ring: Vec2[] = park.outline;
  for (let i = 0; i < ring.length; i++) {
    const [x1, z1] = ring[i]!;
    const [x2, z2] = ring[(i + 1) % ring.length]!;
    const len = Math.hypot(x2 - x1, z2 - z1);
    for (let s = 0; s < len; s += 26) {
      const k = s / len;
      out.push({ x: x1 + (x2 - x1) * k + (rand() - 0.5) * 14, z: z1 + (z2 - z1) * k + (rand() - 0.5) * 14, scale: 1 + rand() * 0.5 });
    }
  }
  return out;
}
