/** The close-up bearing of each pavilion in the content, worked out once (see approach.ts). */
import { panelScale } from '../config';
import { content, pavilionPlot } from '../content';
import type { Pavilion } from '../content/types';
import { PANEL_WIDTH } from '../scene/panels/panel-layout';
import { type Bearing, chooseBearing, type Obstacle } from './approach';

const radius = (p: Pavilion) => Math.max(p.footprint[0], p.footprint[1]) / 2;
const cache = new Map<string, Bearing>();

/** The width of a pavilion's floating panel in the park, in metres. */
export const pavilionPanelWidth = PANEL_WIDTH * panelScale.pavilion;

/** From which side the desktop camera looks at this pavilion (and so where its panel floats). */
export function pavilionBearing(p: Pavilion): Bearing {
  let b = cache.get(p.id);
  if (!b) {
    const others: Obstacle[] = content.pavilions
      .filter((o) => o.id !== p.id)
      .map((o) => ({ center: pavilionPlot(o).center, radius: radius(o), height: o.height }));
    b = chooseBearing({ center: pavilionPlot(p).center, radius: radius(p), height: p.height, panelWidth: pavilionPanelWidth }, others);
    cache.set(p.id, b);
  }
  return b;
}
