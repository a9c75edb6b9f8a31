/**
 * The schematic district around the park as plain data (no three.js): streets, blocks and fields beyond the
 * fence, their buildings and trees. Deterministic.
 */
import type { Park } from '../../content/types';
import { distanceToSegment, pointInPolygon, seededRandom, type Vec2 } from '../../lib/geometry';
import { landPolygon } from './coast';

/** Where the booth table stands at full scale (kept clear, with the view from it to the park). */
const TABLE: Vec2 = [-980, 980];

/** A district street (a straight ribbon on the ground). */
export interface Street {
  a: Vec2;
  b: Vec2;
  width: number;
  avenue: boolean;
}

/** A neighbourhood block: housing, a campus or a small park. */
export interface Block {
  center: Vec2;
  size: Vec2;
  kind: 'housing' | 'campus' | 'green';
}

/** A field patch beyond the built-up district. */
export interface Field {
  center: Vec2;
  size: Vec2;
  tint: 0 | 1 | 2;
}

/** The district around the park. */
export interface District {
  streets: Street[];
  blocks: Block[];
  fields: Field[];
}

/** Distance from a point to a closed polygon's boundary. */
export function distanceToOutline(p: Vec2, polygon: readonly Vec2[]): number {
  let d = Infinity;
  for (let i = 0; i < polygon.length; i++) d = Math.min(d, distanceToSegment(p, polygon[i]!, polygon[(i + 1) % polygon.length]!));
  return d;
}

/** Whether a rectangle keeps `margin` metres from the sea. */
const onLand = (c: Vec2, s: Vec2, margin: number) =>
  [-1, 1].every((i) => [-1, 1].every((j) => pointInPolygon([c[0] + i * (s[0] / 2 + margin), c[1] + j * (s[1] / 2 + margin)], landPolygon)));

/** Whether a point lies at the foot of (or under) the Laoshan ridge, north and north-east. */
const underRidge = (p: Vec2) => {
  const bearing = (Math.atan2(p[0], -p[1]) * 180) / Math.PI;
  return bearing > -50 && bearing < 68 && Math.hypot(p[0], p[1]) > 3500;
};

/** Lays out the district: a street grid, blocks within about 2.6 km, fields beyond, clear of park, sea and table. */
export function planDistrict(park: Park, seed = 5): District {
  const rand = seededRandom(seed);
  const cell = 400;
  const streets: Street[] = [];
  const keep = (p: Vec2) => distanceToOutline(p, park.outline) > 30 && !pointInPolygon(p, park.outline) && pointInPolygon(p, landPolygon) && Math.hypot(p[0], p[1]) < 3000;
  for (let k = -7; k <= 7; k++)
    for (let m = -7; m < 7; m++) {
      const along: [Vec2, Vec2][] = [
        [[k * cell, m * cell], [k * cell, (m + 1) * cell]],
        [[m * cell, k * cell], [(m + 1) * cell, k * cell]],
      ];
      for (const [a, b] of along) if (keep(a) && keep(b) && keep([(a[0] + b[0]) / 2, (a[1] + b[1]) / 2])) streets.push({ a, b, width: 14, avenue: false });
    }
  // The main avenue leads in from the west, and the central avenue runs on north to the ridge foot and south.
  streets.push({ a: [-9000, 0], b: [-700, 0], width: 40, avenue: true });
  streets.push({ a: [0, -3400], b: [0, -540], width: 32, avenue: true });
  streets.push({ a: [0, 530], b: [0, 5200], width: 32, avenue: true });
  const blocks: Block[] = [];
  const fields: Field[] = [];
  const clearOfAvenues = (c: Vec2, s: Vec2) => Math.abs(c[1]) > s[1] / 2 + 28 && Math.abs(c[0]) > s[0] / 2 + 24;
  for (let i = -12; i < 12; i++)
    for (let j = -12; j < 12; j++) {
      const size: Vec2 = [cell / 2 - 24, cell / 2 - 24];
      const c: Vec2 = [i * (cell / 2) + cell / 4, j * (cell / 2) + cell / 4];
      const r = Math.hypot(c[0], c[1]);
      if (!clearOfAvenues(c, size) || !onLand(c, size, 90) || underRidge(c)) continue;
      if (pointInPolygon(c, park.outline) || distanceToOutline(c, park.outline) < 150) continue;
      // The booth table and its view of the park stay open ground.
      if (distanceToSegment(c, TABLE, [-300, 300]) < 190 || Math.hypot(c[0] - TABLE[0], c[1] - TABLE[1]) < 260) continue;
      if (r < 2400) {
        const roll = rand();
        blocks.push({ center: c, size, kind: roll < 0.2 ? 'green' : roll < 0.38 ? 'campus' : 'housing' });
      } else if (r < 6200) fields.push({ center: c, size: [cell / 2 - 6, cell / 2 - 6], tint: Math.floor(rand() * 3) as 0 | 1 | 2 });
    }
  return { streets, blocks, fields };
}

/** A simple district building: a box on a block (metres). */
export interface DistrictBuilding {
  x: number;
  z: number;
  width: number;
  depth: number;
  height: number;
  /** Index into the wall tones. */
  tone: number;
  /** The block it stands on (its shadow stays on it). */
  block: number;
}

/** Buildings of the housing and campus blocks: rows of slabs or a few large halls, low and varied. */
export function districtBuildings(blocks: readonly Block[], seed = 9): DistrictBuilding[] {
  const rand = seededRandom(seed);
  const out: DistrictBuilding[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === 'green') return;
    const [w, d] = b.size;
    // Farther blocks in less detail: one hall or slab each.
    const far = Math.hypot(b.center[0], b.center[1]) > 1700;
    const rows = b.kind === 'housing' && !far ? 2 : 1;
    const cols = far ? 1 : 2;
    for (let i = 0; i < cols; i++)
      for (let j = 0; j < rows; j++) {
        if (rand() < 0.15) continue;
        const cw = w / cols;
        const cd = d / rows;
        const housing = b.kind === 'housing';
        out.push({
          x: b.center[0] - w / 2 + cw * (i + 0.5) + (rand() - 0.5) * 6,
          z: b.center[1] - d / 2 + cd * (j + 0.5) + (rand() - 0.5) * 6,
          width: cw * (housing ? 0.72 : 0.7) * (0.85 + rand() * 0.15),
          depth: cd * (housing ? 0.5 : 0.62) * (0.85 + rand() * 0.15),
          height: housing ? 9 + Math.floor(rand() * 6) * 3 : 8 + rand() * 8,
          tone: Math.floor(rand() * 3),
          block,
        });
      }
  });
  return out;
}

/** Spots for trees in the district's small parks (a loose grid). */
export function districtTrees(blocks: readonly Block[], seed = 13): Vec2[] {
  const rand = seededRandom(seed);
  const out: Vec2[] = [];
  for (const b of blocks)
    if (b.kind === 'green')
      for (let x = -b.size[0] / 2 + 12; x < b.size[0] / 2 - 8; x += 34)
        for (let z = -b.size[1] / 2 + 12; z < b.size[1] / 2 - 8; z += 34) if (rand() > 0.35) out.push([b.center[0] + x + (rand() - 0.5) * 12, b.center[1] + z + (rand() - 0.5) * 12]);
  return out;
}
