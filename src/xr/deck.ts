/**
 * The viewing deck the booth table stands on: its floor's height above the ground, and which floor (deck or
 * ground) a point stands over. The VR visitor starts on the deck; the park, the plaza and mixed reality's room
 * are on the ground (y = 0).
 */
import { xrConfig } from './config';

/** The deck's floor above the ground, metres. */
export const DECK_Y = xrConfig.table.position[1];

/**
 * The floor under a point that is `y` metres up (an eye, a table top): the deck's for anything at or above it,
 * else the ground's. Nothing on the ground is anywhere near the deck's height (an eye is under 2.5 m).
 */
export const floorUnder = (y: number): number => (y >= DECK_Y ? DECK_Y : 0);

/** Radius of the tower that carries the deck, at the ground (0 without a deck): nobody lands inside it. */
export const DECK_TOWER_RADIUS = DECK_Y > 0 ? 2.4 : 0;
