/** Where a visitor may teleport: onto land (not the sea), not inside a pavilion or building. */
import { content, pavilionPlot } from '../content';
import { pointInPolygon, type Vec2 } from '../lib/geometry';
import { layoutBuildings } from '../lib/layout';
import { insideObstacle, type Obstacle } from '../lib/xr-math';
import { coastline } from '../scene/ground/ground-geometry';
import { xrConfig } from './config';
import { DECK_TOWER_RADIUS } from './deck';

const land: Vec2[] = [[-14000, -14000], ...coastline, [-14000, 14000]];

/** Pavilions and generic buildings as ground obstacles (with their real rotation). */
export const obstacles: Obstacle[] = [
  ...content.pavilions.map((p) => ({ center: pavilionPlot(p).center, size: [p.footprint[0] * xrConfig.plinthFactor, p.footprint[1] * xrConfig.plinthFactor] as [number, number], yawDeg: p.yaw })),
  ...layoutBuildings(content.park.plots).map((b) => ({ center: [b.x, b.z] as [number, number], size: [b.width, b.depth] as [number, number], yawDeg: 0 })),
];

// The table's footprint, or on a viewing deck the tower under it (the ground below the table).
const tableReach = Math.max(xrConfig.table.radius, DECK_TOWER_RADIUS);
const tableObstacle: Obstacle = {
  center: [xrConfig.table.position[0], xrConfig.table.position[2]],
  size: [tableReach * 2, tableReach * 2],
  yawDeg: 0,
};

/** Whether a ground point is a valid teleport target. */
export function canTeleportTo(x: number, z: number): boolean {
  if (!Number.isFinite(x) || !Number.isFinite(z) || Math.abs(x) > 6000 || Math.abs(z) > 6000) return false;
  if (!pointInPolygon([x, z], land)) return false;
  // The table's own footprint (or the deck's tower), offset in front of the standing spot, is not a place to stand.
  if (insideObstacle([x, z], { ...tableObstacle, center: tableCentre() }, 0.2)) return false;
  return !obstacles.some((o) => insideObstacle([x, z], o, 1.5));
}

/** The table's centre on the ground: in front of where the visitor stands. */
export function tableCentre(): [number, number] {
  const [x, , z] = xrConfig.table.position;
  const yaw = (xrConfig.table.yawDeg * Math.PI) / 180;
  const d = xrConfig.table.radius + 0.35;
  return [x - Math.sin(yaw) * d, z - Math.cos(yaw) * d];
}
