/**
 * Gaze samples for the analytics' panel dwell (booth/analytics/gaze): about 8 times a second, from the XR frame
 * loop (HeadPoseSampler; the window's animation frames stop during a session), the head's world position and view
 * direction and the world centre of each shown table panel (`vr-table-panel:<id>`, from the panel registry) go to
 * the listener analytics registers. Nothing is computed while no listener is set; nothing is allocated per sample
 * (a reused pool of targets, Map.forEach with a bound callback).
 */
import { Vector3, type Object3D } from 'three';
import type { GazeTarget } from '../booth/analytics/gaze';
import { panelRegistry, type RegisteredPanel } from '../scene/panels/screen-texts';

/** Gets a sample: time (performance.now), head position, view direction, targets[0..count). */
export type GazeListener = {
  sample(now: number, hx: number, hy: number, hz: number, fx: number, fy: number, fz: number, targets: readonly GazeTarget[], count: number): void;
  /** The samples stop (the session ended). */
  end(): void;
};

/** Time between samples (ms): 8 Hz. */
export const GAZE_SAMPLE_MS = 125;
const PREFIX = 'vr-table-panel:';

let listener: GazeListener | null = null;
let lastAt = -Infinity;
const pool: GazeTarget[] = [];
let count = 0;
const v = new Vector3();
/** Panel id by scene name (made once per name, not per sample). */
const ids = new Map<string, string>();

const shown = (o: Object3D | null): boolean => {
  for (let x = o; x; x = x.parent) if (!x.visible) return false;
  return true;
};
const collect = (entry: RegisteredPanel, name: string) => {
  const g = entry.group.current;
  if (!name.startsWith(PREFIX) || !g || !shown(g)) return;
  // The panel's local frame: x centred, y from 0 (bottom) to the layout's height (see XRLayoutProbe).
  v.set(0, entry.layout.height / 2, 0).applyMatrix4(g.matrixWorld);
  let t = pool[count];
  if (!t) pool.push((t = { id: '', x: 0, y: 0, z: 0 }));
  let id = ids.get(name);
  if (id === undefined) ids.set(name, (id = name.slice(PREFIX.length)));
  t.id = id;
  t.x = v.x;
  t.y = v.y;
  t.z = v.z;
  count++;
};

/** Sets (or with null clears) who gets the samples; clearing ends the current samples first. */
export function setGazeListener(l: GazeListener | null): void {
  if (listener && listener !== l) listener.end();
  listener = l;
}

/**
 * A frame: samples if GAZE_SAMPLE_MS have passed. `p` is the head's world position and `q` its world
 * orientation (x, y, z, w); the view direction is -Z turned by `q`.
 */
export function gazeFrame(now: number, p: ArrayLike<number>, q: ArrayLike<number>): void {
  if (!listener || now - lastAt < GAZE_SAMPLE_MS) return;
  lastAt = now;
  count = 0;
  panelRegistry.forEach(collect);
  const x = q[0]!;
  const y = q[1]!;
  const z = q[2]!;
  const w = q[3]!;
  // (0, 0, -1) rotated by the quaternion.
  const fx = -2 * (x * z + w * y);
  const fy = -2 * (y * z - w * x);
  const fz = -(1 - 2 * (x * x + y * y));
  listener.sample(now, p[0]!, p[1]!, p[2]!, fx, fy, fz, pool, count);
}

/** The session's frames stop (the sampler unmounts). */
export function gazeEnd(): void {
  lastAt = -Infinity;
  listener?.end();
}
