/** The schematic coast east of the park (pure data): the Yellow Sea lies east of the line, land west. */
import type { Vec2 } from '../../lib/geometry';

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

/** All land as one polygon (everything west of the coast, to beyond the fog). */
export const landPolygon: Vec2[] = [[-30000, -30000], [30000, -30000], [30000, -6900], ...coastline, [2300, 30000], [-30000, 30000]];
