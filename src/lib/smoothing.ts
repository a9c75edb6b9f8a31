/**
 * Frame-rate independent smoothing of a camera pose towards a target: exponential approach of the position and
 * slerp of the rotation by the same factor, `1 - exp(-dt / tau)`. A target further than `snapDistance` away
 * (a teleport) is taken at once: a swoop across the park would be worse than a cut.
 */

/** A mutable pose: position [x, y, z] and unit quaternion [x, y, z, w]. */
export interface PoseArrays {
  p: Float64Array | number[];
  q: Float64Array | number[];
}

/** The share of the remaining distance covered in `dt` seconds with time constant `tau`. */
export const smoothingFactor = (dt: number, tau: number): number => (tau <= 0 ? 1 : 1 - Math.exp(-Math.max(0, dt) / tau));

/** Spherical interpolation of unit quaternion `a` towards `b` by `t`, written into `a` (shortest way round). */
export function slerpInto(a: PoseArrays['q'], b: PoseArrays['q'], t: number): void {
  let [bx, by, bz, bw] = [b[0]!, b[1]!, b[2]!, b[3]!];
  let cos = a[0]! * bx + a[1]! * by + a[2]! * bz + a[3]! * bw;
  if (cos < 0) {
    cos = -cos;
    bx = -bx;
    by = -by;
    bz = -bz;
    bw = -bw;
  }
  let s0 = 1 - t;
  let s1 = t;
  if (cos < 0.9995) {
    const angle = Math.acos(Math.min(1, cos));
    const sin = Math.sin(angle);
    s0 = Math.sin((1 - t) * angle) / sin;
    s1 = Math.sin(t * angle) / sin;
  }
  const x = s0 * a[0]! + s1 * bx;
  const y = s0 * a[1]! + s1 * by;
  const z = s0 * a[2]! + s1 * bz;
  const w = s0 * a[3]! + s1 * bw;
  const n = Math.hypot(x, y, z, w) || 1;
  a[0] = x / n;
  a[1] = y / n;
  a[2] = z / n;
  a[3] = w / n;
}

/** Angle in radians between two unit quaternions. */
export function quatAngle(a: PoseArrays['q'], b: PoseArrays['q']): number {
  const dot = Math.abs(a[0]! * b[0]! + a[1]! * b[1]! + a[2]! * b[2]! + a[3]! * b[3]!);
  return 2 * Math.acos(Math.min(1, dot));
}

/** Moves `current` towards `target` for `dt` seconds; returns true once it is there (within 1 mm and 0.05°). */
export function smoothPose(current: PoseArrays, target: PoseArrays, dt: number, tau: number, snapDistance: number): boolean {
  const d = Math.hypot(target.p[0]! - current.p[0]!, target.p[1]! - current.p[1]!, target.p[2]! - current.p[2]!);
  const k = d > snapDistance ? 1 : smoothingFactor(dt, tau);
  for (let i = 0; i < 3; i++) current.p[i] = current.p[i]! + (target.p[i]! - current.p[i]!) * k;
  if (k >= 1) for (let i = 0; i < 4; i++) current.q[i] = target.q[i]!;
  else slerpInto(current.q, target.q, k);
  return d * (1 - k) < 0.001 && quatAngle(current.q, target.q) < 0.0009;
}

/**
 * Two exponential stages in a row (`target` → `mid` → `current`): the camera's speed changes smoothly too, so the
 * few reports a second do not show as a pulse each; a step is followed within 4% after about 4.6 τ.
 */
export function smoothPoseTwoStage(current: PoseArrays, mid: PoseArrays, target: PoseArrays, dt: number, tau: number, snapDistance: number): boolean {
  const midDone = smoothPose(mid, target, dt, tau, snapDistance);
  return smoothPose(current, mid, dt, tau, snapDistance) && midDone;
}
