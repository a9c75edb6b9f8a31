/**
 * The district beyond the fence in low detail, one merged mesh: neighbourhood blocks of plain slabs and halls,
 * trees in the small parks, and the park's hedge fence with openings where the roads go in.
 */
import { Color } from 'three';
import { palette } from '../../config';
import type { Park } from '../../content/types';
import { distanceToSegment, seededRandom, type Vec2 } from '../../lib/geometry';
import { Massing } from '../massing';
import { districtBuildings, districtTrees, planDistrict } from './district-plan';

const tones = [palette.building, palette.buildingAlt, palette.buildingWarm].map((h) => new Color(h).multiplyScalar(0.97));
const leaf = [new Color(palette.treeLeaf), new Color(palette.treeLeafAlt)];
const hedge = new Color(palette.fence);
const hedgeFoot = new Color(palette.fence).multiplyScalar(0.6);

/** Builds the district mesh for a park. */
export function buildDistrictGeometry(park: Park) {
  const m = new Massing();
  const plan = planDistrict(park);
  for (const b of districtBuildings(plan.blocks)) {
    const wall = tones[b.tone]!;
    m.box(b.x, b.z, b.width, b.depth, 0, b.height, wall, wall.clone().multiplyScalar(0.82), wall.clone().multiplyScalar(0.62));
  }
  const rand = seededRandom(17);
  for (const [x, z] of districtTrees(plan.blocks)) {
    const c = leaf[rand() < 0.5 ? 0 : 1]!;
    const s = 0.8 + rand() * 0.5;
    m.cone(x, z, 6 * s, 0, 14 * s, 5, c, c.clone().multiplyScalar(0.6), rand() * 6);
  }
  // The hedge: 2.4 m along the outline, open for 8 m beside each road that crosses it.
  const ring = park.outline;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const n = Math.ceil(len / 24);
    for (let k = 0; k < n; k++) {
      const p: Vec2 = [a[0] + ((b[0] - a[0]) * (k + 0.5)) / n, a[1] + ((b[1] - a[1]) * (k + 0.5)) / n];
      if (park.roads.some((r) => r.points.slice(1).some((q, j) => distanceToSegment(p, r.points[j]!, q) < r.width / 2 + 8))) continue;
      const p0: Vec2 = [a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n];
      const p1: Vec2 = [a[0] + ((b[0] - a[0]) * (k + 1)) / n, a[1] + ((b[1] - a[1]) * (k + 1)) / n];
      // Both faces of a thin wall: seen from inside and outside the park.
      m.tri([p0[0], 0, p0[1]], [p1[0], 0, p1[1]], [p1[0], 2.4, p1[1]], hedgeFoot, hedgeFoot, hedge);
      m.tri([p0[0], 0, p0[1]], [p1[0], 2.4, p1[1]], [p0[0], 2.4, p0[1]], hedgeFoot, hedge, hedge);
      m.tri([p1[0], 0, p1[1]], [p0[0], 0, p0[1]], [p0[0], 2.4, p0[1]], hedgeFoot, hedgeFoot, hedge);
      m.tri([p1[0], 0, p1[1]], [p0[0], 2.4, p0[1]], [p1[0], 2.4, p1[1]], hedgeFoot, hedge, hedge);
    }
  }
  return m.geometry();
}
