/** The ground as one merged geometry: land, park outline, zones, plots and roads (one draw call). */
import type { BufferGeometry } from 'three';
import { palette } from '../../config';
import type { Park } from '../../content/types';
import { rectCorners, type Vec2 } from '../../lib/geometry';
import { groundPolygon, layered as tagLayer, mergePainted, painted, ribbon } from '../geometry-utils';

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

/**
 * Ground layers, merged in this order: at full scale they all lie at y = 0 and are painted in draw order
 * (see groundMaterial); the miniature lifts each a little above the one below.
 */
export const LAYER = { land: 0, park: 1, zone: 2, plot: 3, road: 4, marking: 5 } as const;

const plotColor = { industry: palette.plot, green: palette.plotGreen, pavilion: palette.plotPavilion, plaza: palette.plotPavilion } as const;

/**
 * Builds the merged ground geometry for a park. `land: false` leaves out the surrounding land and `lift`
 * raises each layer by that many units above the one below (the miniature, which must write depth).
 */
export function buildGroundGeometry(park: Park, { land = true, lift = 0 } = {}): BufferGeometry {
  const layered = (g: BufferGeometry, layer: number) => {
    g.translate(0, layer * lift, 0);
    return tagLayer(g, layer);
  };
  const parts = [layered(painted(groundPolygon(park.outline, 0), palette.parkGround), LAYER.park)];
  if (land) parts.unshift(layered(painted(groundPolygon([[-14000, -14000], ...coastline, [-14000, 14000]], 0), palette.land), LAYER.land));
  for (const zone of park.zones) parts.push(layered(painted(groundPolygon(zone.polygon, 0), zone.color), LAYER.zone));
  for (const plot of park.plots) parts.push(layered(painted(groundPolygon(rectCorners(plot.center, plot.size), 0), plotColor[plot.use]), LAYER.plot));
  for (const road of park.roads) {
    parts.push(layered(painted(ribbon(road.points, road.width, 0), road.kind === 'avenue' ? palette.avenue : palette.road), LAYER.road));
    if (road.kind === 'avenue') parts.push(layered(painted(ribbon(road.points, 1.2, 0), palette.roadLine), LAYER.marking));
  }
  return mergePainted(parts);
}
