/**
 * Where the visitor's XR origin is, and comfortable jumps between places: every jump fades to black,
 * moves the origin while the view is dark, and fades back (never a camera swoop). Per-frame values live in
 * mutable objects read inside `useFrame` (no React state per frame); the store only hears about arrivals.
 */
import { content } from '../content';
import { useExhibit } from '../state/store';
import { xrConfig } from './config';
import { viewingSpot } from './viewing-spot';

/** The XR origin on the floor the visitor stands on (the ground, or the viewing deck at the table): position and yaw (radians about +Y). */
export const originPose = { x: 0, y: 0, z: 0, yaw: 0 };

/** A jump waiting for the fade to reach black. */
interface PendingJump {
  x: number;
  /** The floor's height: the deck's at the table in VR, else the ground's (0). */
  y: number;
  z: number;
  yaw: number;
  place: 'table' | 'park';
}

/** Per-frame comfort state: fade (0 clear … 1 black), vignette strength, a pending jump. */
export const motion = { fade: 0, fadeTarget: 0, vignette: 0, pending: null as PendingJump | null, lastPark: null as null | { x: number; z: number } };

/** The yaw that makes the visitor (who faces -Z in origin space) look along ground direction (fx, fz). */
export const yawLookingAlong = (fx: number, fz: number): number => Math.atan2(-fx, -fz);

/** The table pose: where the visitor starts in VR. */
export function tablePose(): PendingJump {
  const [x, deck, z] = xrConfig.table.position;
  // In mixed reality the table is the room's own: the visitor stands on the room's floor, not on the deck.
  const y = useExhibit.getState().xrMode === 'mr' ? 0 : deck;
  return { x, y, z, yaw: (xrConfig.table.yawDeg * Math.PI) / 180, place: 'table' };
}

/** Where the viewing plaza lies: the last spot the visitor landed at in front of a pavilion (null before any). */
export const plazaSpot = { x: 0, z: 0, active: false };

/** Where to stand to see a pavilion at full scale: on its viewing spot, all of it in view, facing it. */
export function pavilionStandPose(id: string): PendingJump | null {
  const spot = viewingSpot(id);
  return spot ? { ...spot, y: 0, place: 'park' } : null;
}

/** Starts a faded jump. */
export function jumpTo(pose: PendingJump): void {
  motion.pending = pose;
  motion.fadeTarget = 1;
}

/** Jumps to the booth table (the selection stays, so the miniature shows where the visitor was). */
export function goToTable(): void {
  if (useExhibit.getState().xrPlace === 'park') motion.lastPark = { x: originPose.x, z: originPose.z };
  jumpTo(tablePose());
}

/** Selects a pavilion and jumps in front of it at full scale. */
export function goToPavilion(id: string): void {
  const pose = pavilionStandPose(id);
  if (!pose) return;
  useExhibit.getState().actions.select(id);
  plazaSpot.x = pose.x;
  plazaSpot.z = pose.z;
  plazaSpot.active = true;
  jumpTo(pose);
}

/**
 * Teleports to a ground point, keeping the current heading. From the viewing deck the arc lands on the ground
 * below it, in the park; on a table standing on the ground (mixed reality) the visitor stays at the table.
 */
export function teleportTo(x: number, z: number): void {
  const fromDeck = originPose.y > 0;
  jumpTo({ x, y: 0, z, yaw: originPose.yaw, place: useExhibit.getState().xrPlace === 'table' && !fromDeck ? 'table' : 'park' });
}

/** Places the origin at once (session start): no fade needed while the view is still coming up. */
export function placeAt(pose: PendingJump): void {
  originPose.x = pose.x;
  originPose.y = pose.y;
  originPose.z = pose.z;
  originPose.yaw = pose.yaw;
  motion.pending = null;
  motion.fade = 0;
  motion.fadeTarget = 0;
  useExhibit.getState().actions.setXRPlace(pose.place);
}

/** The next pavilion in content order, for the panel's "Next" button. */
export function nextPavilionId(current: string | null): string {
  const ids = content.pavilions.map((p) => p.id);
  const i = current ? ids.indexOf(current) : -1;
  return ids[(i + 1) % ids.length]!;
}
