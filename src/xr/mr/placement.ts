/**
 * Where the park model stands in the visitor's room (mixed reality), as pure geometry. A placement is a point on a
 * real surface in the session's reference space, the model's turn about the vertical there, and its scale. The
 * world itself never moves: the XR origin is moved instead, so that the room point lands on the VR table centre
 * and everything the VR table does (labels, panel arc, picking, layout probe) works unchanged.
 */
import { content } from '../../content';
import { tableHeightFor } from '../../lib/xr-layout';
import { xrConfig } from '../config';

/** How the model was placed: on a detected plane, where a hit-test ray met a surface, moved by hand, or by default. */
export type PlacementMethod = 'plane' | 'hit-test' | 'manual' | 'default';

/** A placement in the reference space: base centre (metres), turn (radians about +Y), scale, and how it came about. */
export interface Placement {
  x: number;
  y: number;
  z: number;
  yaw: number;
  scale: number;
  method: PlacementMethod;
}

const xs = content.park.outline.map((p) => p[0]);
const zs = content.park.outline.map((p) => p[1]);
/** The park's outline bounds (park metres): the model's footprint at scale 1. */
export const parkBounds = { minX: Math.min(...xs), maxX: Math.max(...xs), minZ: Math.min(...zs), maxZ: Math.max(...zs) } as const;
/** The model's size at scale 1 (park metres) along the park's x and z axes. */
export const parkSize = { x: parkBounds.maxX - parkBounds.minX, z: parkBounds.maxZ - parkBounds.minZ } as const;

/** Free edge kept between the model and the surface's rim, metres. */
export const RIM = 0.04;
/** The smallest scale offered (1:3000): below this the model is too small to pick pavilions on; a surface too small for it is skipped. */
export const MIN_SCALE = 1 / 3000;

/**
 * The largest scale, never above 1:1000, at which the model (long side along the surface's long side) fits a
 * `long` × `short` metre surface with a rim; null when even 1:3000 does not fit.
 */
export function fitScale(long: number, short: number): number | null {
  const l = Math.max(long, short) - 2 * RIM;
  const s = Math.min(long, short) - 2 * RIM;
  const fit = Math.min(xrConfig.miniatureScale, l / Math.max(parkSize.x, parkSize.z), s / Math.min(parkSize.x, parkSize.z));
  return fit >= MIN_SCALE ? fit : null;
}

/** The angle in (-π, π]. */
export const wrapAngle = (a: number): number => Math.atan2(Math.sin(a), Math.cos(a));

/**
 * The XR origin that puts room point (x, z) with model turn `yaw` on the VR table centre `centre` (world): the
 * world is turned by −yaw relative to the room, so the park's axes appear turned by +yaw in the room.
 */
export function originForPlacement(p: Pick<Placement, 'x' | 'z' | 'yaw'>, centre: readonly [number, number]): { x: number; z: number; yaw: number } {
  const yaw = -p.yaw;
  const c = Math.cos(yaw);
  const s = Math.sin(yaw);
  // world = origin + Ry(yaw)·local, with Ry(a)·(x, z) = (x cos a + z sin a, −x sin a + z cos a).
  return { x: centre[0] - (p.x * c + p.z * s), z: centre[1] - (-p.x * s + p.z * c), yaw };
}

/** The turn that shows the park as the VR table does: its south-west corner towards a visitor looking along `headYaw`. */
export const preferredYaw = (headYaw: number): number => wrapAngle(headYaw - (xrConfig.table.yawDeg * Math.PI) / 180);

/** Where the model starts without any room sensing: at the VR table's height (eye − 0.75 m) and distance, ahead of the head. */
export function defaultPlacement(head: readonly [number, number, number], headYaw: number): Placement {
  const d = xrConfig.table.radius + 0.35;
  return { x: head[0] - Math.sin(headYaw) * d, y: tableHeightFor(head[1]), z: head[2] - Math.cos(headYaw) * d, yaw: preferredYaw(headYaw), scale: xrConfig.miniatureScale, method: 'default' };
}

/** A horizontal surface in the reference space: centre, its local x axis's turn about +Y, and extents along its local x and z. */
export interface Surface {
  x: number;
  y: number;
  z: number;
  /** Turn (radians about +Y) of the surface's local x axis. */
  yaw: number;
  width: number;
  depth: number;
}

/**
 * The placement on a surface: centred, scaled to fit, the park's long side (x) along the surface's long side, and
 * of the two turns that do that, the one nearer the turn the visitor would see at the VR table.
 */
export function placeOnSurface(surface: Surface, headYaw: number, method: PlacementMethod): Placement | null {
  const scale = fitScale(surface.width, surface.depth);
  if (scale === null) return null;
  const along = surface.width >= surface.depth ? surface.yaw : surface.yaw + Math.PI / 2;
  const want = preferredYaw(headYaw);
  const yaw = Math.abs(wrapAngle(along - want)) <= Math.PI / 2 ? wrapAngle(along) : wrapAngle(along + Math.PI);
  return { x: surface.x, y: surface.y, z: surface.z, yaw, scale, method };
}

/** The footprint's corners (park outline bounds at the placement's scale and turn) in the reference space. */
export function footprint(p: Placement): [number, number][] {
  const c = Math.cos(p.yaw);
  const s = Math.sin(p.yaw);
  const out: [number, number][] = [];
  for (const [x, z] of [
    [parkBounds.minX, parkBounds.minZ],
    [parkBounds.maxX, parkBounds.minZ],
    [parkBounds.maxX, parkBounds.maxZ],
    [parkBounds.minX, parkBounds.maxZ],
  ] as const)
    out.push([p.x + (x * c + z * s) * p.scale, p.z + (-x * s + z * c) * p.scale]);
  return out;
}

/** A plausible table top for the model: between knee and chest height for a standing visitor. */
export const plausibleTableHeight = (y: number): boolean => y >= 0.4 && y <= 1.3;

/**
 * The surface of a detected plane: its pose (position, quaternion) and its polygon in its own space (x, z).
 * Null when the plane is not horizontal and facing up.
 */
export function planeSurface(pos: { x: number; y: number; z: number }, q: { x: number; y: number; z: number; w: number }, polygon: readonly { x: number; z: number }[]): Surface | null {
  // The plane's normal is its local +Y.
  const ny = 1 - 2 * (q.x * q.x + q.z * q.z);
  if (Math.abs(ny) < 0.97 || polygon.length < 3) return null;
  let minX = Infinity;
  let maxX = -Infinity;
  let minZ = Infinity;
  let maxZ = -Infinity;
  for (const p of polygon) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minZ = Math.min(minZ, p.z);
    maxZ = Math.max(maxZ, p.z);
  }
  // Local axes in the reference space (rotate (1,0,0) and (0,0,1) by q).
  const ax = { x: 1 - 2 * (q.y * q.y + q.z * q.z), z: 2 * (q.x * q.z - q.w * q.y) };
  const az = { x: 2 * (q.x * q.z + q.w * q.y), z: 1 - 2 * (q.x * q.x + q.y * q.y) };
  const cx = (minX + maxX) / 2;
  const cz = (minZ + maxZ) / 2;
  // A face-down plane (normal −Y, as some captures write table tops) has the same horizontal extents.
  return { x: pos.x + ax.x * cx + az.x * cz, y: pos.y, z: pos.z + ax.z * cx + az.z * cz, yaw: Math.atan2(-ax.z, ax.x), width: maxX - minX, depth: maxZ - minZ };
}
