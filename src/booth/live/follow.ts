/** Whom a spectator follows and what of that visitor's state it takes over (pure). */
import type { Selection } from '../../state/route';
import type { DeviceEntry, Report } from './protocol';

/**
 * The device to follow: the one asked for (by `?spectate=<id>` or the console), else the first connected device
 * in VR. The current one is kept while it stays connected and in VR, so a second headset entering VR does not
 * steal the TV.
 */
export function pickTarget(devices: readonly DeviceEntry[], wanted: string | null, current: string | null): DeviceEntry | null {
  if (wanted) return devices.find((d) => d.deviceId === wanted) ?? null;
  const inVR = (d: DeviceEntry) => d.connected && d.report?.xr === true;
  const kept = current ? devices.find((d) => d.deviceId === current && inVR(d)) : undefined;
  return kept ?? devices.find(inVR) ?? null;
}

/** The selection a report shows. */
export function reportSelection(r: Report): Selection {
  if (r.view === 'pavilion' && r.selected) return { kind: 'pavilion', id: r.selected };
  if (r.view === 'panel' && r.panel) return { kind: 'panel', id: r.panel };
  return { kind: 'overview' };
}

/** Yaw (radians about +Y) of a rotation quaternion: the heading of whoever it turns. */
export function yawOf(q: readonly number[]): number {
  const [x, y, z, w] = q as [number, number, number, number];
  // The rotated -Z axis, projected on the ground.
  const fx = -2 * (x * z + w * y);
  const fz = -(1 - 2 * (x * x + y * y));
  return Math.atan2(-fx, -fz);
}
