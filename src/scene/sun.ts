/** The one late-morning sun (south-east, about 49° up): the light, the sky's sun disc and the baked shadows share it. */
import type { Vec2 } from '../lib/geometry';

/** Where the directional light sits (metres; only the direction matters). */
export const SUN_POSITION = [1800, 2600, 1400] as const;

const [sx, sy, sz] = SUN_POSITION;
const len = Math.hypot(sx, sy, sz);
/** Unit vector towards the sun. */
export const SUN_DIRECTION = [sx / len, sy / len, sz / len] as const;
/** Ground offset of a shadow per metre of height (away from the sun). */
export const SHADOW_SHIFT: Vec2 = [-sx / sy, -sz / sy];
