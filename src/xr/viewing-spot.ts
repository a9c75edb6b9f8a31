/**
 * Where a visitor lands in front of a pavilion: far enough to see all of it (from its height and footprint, see
 * lib/xr-layout `viewingDistance`), on open ground with room for the viewing plaza, with nothing standing between
 * them and the building. The desktop close-up's bearing is tried first, then bearings further round.
 */
import { content, getPavilion, pavilionPlot } from '../content';
import { turn } from '../controls/approach';
import { pavilionBearing } from '../controls/pavilion-approach';
import { layoutTrees } from '../lib/layout';
import { insideObstacle } from '../lib/xr-math';
import { viewingDistance } from '../lib/xr-layout';
import { canTeleportTo, obstacles } from './teleport-rules';

/** Standing eye height assumed when choosing the spot (a seated visitor sees the building lower in view, never cut). */
const EYE = 1.7;
/** The viewing plaza's radius: the spot must have open ground this far around it. */
export const PLAZA_RADIUS = 4.2;
const TURNS = [0, 20, -20, 40, -40, 60, -60, 90, -90, 120, -120, 150, -150, 180];
const FARTHER = [1, 1.12, 1.25];

/** A ground spot and the yaw (radians, three's convention) that faces the building from it. */
export interface ViewingSpot {
  x: number;
  z: number;
  yaw: number;
}

/** Trees block a view as much as buildings do (their crowns are about 4 m across at eye height). */
const trees = layoutTrees(content.park);
const TREE_RADIUS = 4.5;
const nearTree = (x: number, z: number, r: number) => trees.some((t) => Math.hypot(t.x - x, t.z - z) < r * t.scale + TREE_RADIUS);

const clearAround = (x: number, z: number) => {
  if (!canTeleportTo(x, z) || nearTree(x, z, PLAZA_RADIUS)) return false;
  for (let i = 0; i < 8; i++) {
    const a = (i / 8) * Math.PI * 2;
    if (!canTeleportTo(x + Math.sin(a) * PLAZA_RADIUS, z + Math.cos(a) * PLAZA_RADIUS)) return false;
  }
  return true;
};

/** Whether the sight line from (x, z) to the building's face crosses another obstacle. */
const sightClear = (x: number, z: number, centre: readonly [number, number], reach: number) => {
  const len = Math.hypot(centre[0] - x, centre[1] - z);
  for (let s = PLAZA_RADIUS; s < len - reach; s += 4) {
    const px = x + ((centre[0] - x) * s) / len;
    const pz = z + ((centre[1] - z) * s) / len;
    if (obstacles.some((o) => (o.center[0] !== centre[0] || o.center[1] !== centre[1]) && insideObstacle([px, pz], o, 1))) return false;
    if (nearTree(px, pz, 0)) return false;
  }
  return true;
};

/** The viewing spot of a pavilion, or null for an unknown id. */
export function viewingSpot(id: string): ViewingSpot | null {
  const p = getPavilion(id);
  if (!p) return null;
  const centre = pavilionPlot(p).center;
  const d = viewingDistance(p.height, p.footprint, EYE);
  const reach = Math.hypot(p.footprint[0], p.footprint[1]) / 2;
  const base = pavilionBearing(p);
  let fallback: ViewingSpot | null = null;
  for (const deg of TURNS)
    for (const k of FARTHER) {
      const [bx, bz] = turn(base, deg);
      const x = centre[0] + bx * d * k;
      const z = centre[1] + bz * d * k;
      const spot = { x, z, yaw: Math.atan2(bx, bz) };
      if (!clearAround(x, z)) continue;
      fallback ??= spot;
      if (sightClear(x, z, centre, reach)) return spot;
    }
  const [bx, bz] = base;
  return fallback ?? { x: centre[0] + bx * d, z: centre[1] + bz * d, yaw: Math.atan2(bx, bz) };
}
