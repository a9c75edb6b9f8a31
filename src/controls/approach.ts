/**
 * From which side the desktop camera approaches a pavilion. The default is the overview's bearing, so a flight
 * from the overview is a straight glide; when another pavilion would stand between the camera and the close-up
 * (GoerTek's tower in front of Douyin Pico), the bearing turns until the view is clear.
 */
import { cameraConfig } from '../config';

/** A horizontal unit vector on the ground (x east, z south), pointing from the subject towards the camera. */
export type Bearing = [number, number];

/** What may stand in the way: a pavilion as a vertical cylinder. */
export interface Obstacle {
  center: [number, number];
  radius: number;
  height: number;
}

/** The subject of a close-up: the pavilion on its plot, with the panel that floats to its right. */
export interface CloseUpSubject {
  center: [number, number];
  /** Half the pavilion's larger footprint side. */
  radius: number;
  height: number;
  panelWidth: number;
}

/** Turns tried, in order, away from the overview bearing (degrees). */
const turns = [0, 25, -25, 45, -45, 70, -70];
/** The close-up camera rises about this much per metre of distance (see `pavilionView`). */
const climb = 0.28;

/** Horizontal unit direction from the overview target towards the overview camera. */
export function overviewBearing(): Bearing {
  const [px, , pz] = cameraConfig.overview.position;
  const [tx, , tz] = cameraConfig.overview.target;
  const len = Math.hypot(px - tx, pz - tz);
  return [(px - tx) / len, (pz - tz) / len];
}

/** `b` turned by `deg` degrees about the vertical axis. */
export function turn([x, z]: Bearing, deg: number): Bearing {
  const a = (deg * Math.PI) / 180;
  return [x * Math.cos(a) - z * Math.sin(a), x * Math.sin(a) + z * Math.cos(a)];
}

/** The viewer's right, for a viewer looking along -bearing: forward × up. */
export const rightOf = ([dx, dz]: Bearing): Bearing => [dz, -dx];

/** How far right of the pavilion's centre its panel floats. */
export const panelSide = (s: Pick<CloseUpSubject, 'radius' | 'panelWidth'>): number => s.radius + s.panelWidth / 2 + 12;

/** True when `o` stands between a close-up camera on `bearing` and the pavilion or its panel, tall enough to hide them. */
export function blocks(s: CloseUpSubject, o: Obstacle, bearing: Bearing): boolean {
  const [rx, rz] = rightOf(bearing);
  const side = panelSide(s);
  // The group the camera frames: from the pavilion's left edge to the panel's right edge.
  const gx = s.center[0] + (rx * side) / 2;
  const gz = s.center[1] + (rz * side) / 2;
  const halfWidth = (2 * s.radius + s.panelWidth + 24) / 2;
  const vx = o.center[0] - gx;
  const vz = o.center[1] - gz;
  const ahead = vx * bearing[0] + vz * bearing[1];
  const across = vx * rx + vz * rz;
  if (ahead <= o.radius) return false;
  if (Math.abs(across) >= halfWidth + o.radius) return false;
  // The line of sight to the group's middle climbs towards the camera: a low building in front passes under it.
  const sightHeight = s.height * 0.45 + climb * (ahead - o.radius);
  return o.height > sightHeight;
}

/** The first bearing, from the overview's and turning further each try, from which nothing blocks the close-up. */
export function chooseBearing(s: CloseUpSubject, others: readonly Obstacle[], base: Bearing = overviewBearing()): Bearing {
  for (const deg of turns) {
    const b = turn(base, deg);
    if (!others.some((o) => blocks(s, o, b))) return b;
  }
  return base;
}
