/** The ground as one merged geometry: land, park outline, zones, plots and roads (one draw call). */
import type { BufferGeometry } from 'three';
import { palette } from '../../config';
import type { Park } from '../../content/types';
import { rectCorners, type Vec2 } from '../../lib/geometry';
import { groundPolygon, mergePainted, painted, ribbon } from '../geometry-utils';

/** The coastline east of the park (schematic): land lies west of it, the Yellow Sea east. */
export const coastline: Vec2[] = [
  [14000, -6200],
  [6400, -4300],
  [4700, -3000],
  [3900, -1800],
  [3300, -700],
  [3050, 600],
  [2700, 1900],
  [2500, 3400],
  [2300, 14000],
];

/** Layer heights above the land, far enough apart not to flicker at overview distance. */
const LAYER = { park: 0.6, zone: 1.2, plot: 1.8, road: 2.4, marking: 2.7 } as const;

const plotColor = { industry: palette.plot, green: palette.plotGreen, pavilion: palette.plotPavilion, plaza: palette.plotPavilion } as const;

/** Builds the merged ground geometry for a park; `land: false` leaves out the surrounding land (the miniature). */
export function buildGroundGeometry(park: Park, { land = true } = {}): BufferGeometry {
  const parts = [painted(groundPolygon(park.outline, LAYER.park), palette.parkGround)];
  if (land) parts.unshift(painted(groundPolygon([[-14000, -14000], ...coastline, [-14000, 14000]], 0), palette.land));
  for (const zone of park.zones) parts.push(painted(groundPolygon(zone.polygon, LAYER.zone), zone.color));
  for (const plot of park.plots) parts.push(painted(groundPolygon(rectCorners(plot.center, plot.size), LAYER.plot), plotColor[plot.use]));
  for (const road of park.roads) {
    parts.push(painted(ribbon(road.points, road.width, LAYER.road), road.kind === 'avenue' ? palette.avenue : palette.road));
    if (road.kind === 'avenue') parts.push(painted(ribbon(road.points, 1.2, LAYER.marking), palette.roadLine));
  }
  return mergePainted(parts);
}
