/**
 * The park's ground as one merged geometry (one draw call): the outline, zones, plots and roads. The land
 * beyond it and the pavilion sites, baked shadows and contact bands on the plots come with the landscape
 * (landscape/land-geometry.ts, ground/site-geometry.ts).
 */
import type { BufferGeometry } from 'three';
import { palette } from '../../config';
import type { Park } from '../../content/types';
import { rectCorners } from '../../lib/geometry';
import { groundPolygon, layered as tagLayer, mergePainted, painted, ribbon } from '../geometry-utils';
import { coastline } from '../landscape/coast';

/** The coast (re-exported where the VR teleport rules have always found it). */
export { coastline };

/**
 * Ground layers, merged in this order: at full scale they all lie at y = 0 and are painted in draw order
 * (see groundMaterial); the miniature lifts each a little above the one below.
 */
export const LAYER = { park: 1, zone: 2, plot: 3, road: 4, marking: 5 } as const;

/** The ground colour of each plot use. */
export const plotColor = { industry: palette.plot, green: palette.plotGreen, pavilion: palette.plotPavilion, plaza: palette.plotPavilion } as const;

/**
 * Builds the merged ground geometry for a park. `lift` raises each layer by that many units above the one below
 * (the miniature, which must write depth).
 */
export function buildGroundGeometry(park: Park, { lift = 0 } = {}): BufferGeometry {
  const layered = (g: BufferGeometry, layer: number) => {
    g.translate(0, layer * lift, 0);
    return tagLayer(g, layer);
  };
  const parts: BufferGeometry[] = [];
  parts.push(layered(painted(groundPolygon(park.outline, 0), palette.parkGround), LAYER.park));
  for (const zone of park.zones) parts.push(layered(painted(groundPolygon(zone.polygon, 0), zone.color), LAYER.zone));
  for (const plot of park.plots) parts.push(layered(painted(groundPolygon(rectCorners(plot.center, plot.size), 0), plotColor[plot.use]), LAYER.plot));
  for (const road of park.roads) {
    parts.push(layered(painted(ribbon(road.points, road.width, 0), road.kind === 'avenue' ? palette.avenue : palette.road), LAYER.road));
    if (road.kind === 'avenue') parts.push(layered(painted(ribbon(road.points, 1.2, 0), palette.roadLine), LAYER.marking));
  }
  return mergePainted(parts);
}
