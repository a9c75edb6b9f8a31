/** Pure maths for VR placement and locomotion (no three.js objects, so tests run without a browser). */

/** [x, z] on the ground. */
export type P2 = [number, number];

/** Visual angle (degrees) of something `size` tall seen from `distance` away. */
export const visualAngleDeg = (size: number, distance: number): number => (2 * Math.atan(size / 2 / distance) * 180) / Math.PI;

/** Wraps an angle to (-π, π]. */
export function wrapAngle(a: number): number {
  let r = a % (Math.PI * 2);
  if (r <= -Math.PI) r += Math.PI * 2;
  if (r > Math.PI) r -= Math.PI * 2;
  return r;
}

/**
 * Snap-turns the origin about the visitor's head: returns the origin's new [x, z] and yaw so that the head
 * stays where it is in the world while the view turns by `delta` radians.
 */
export function turnAboutHead(origin: P2, originYaw: number, head: P2, delta: number): { position: P2; yaw: number } {
  const c = Math.cos(delta);
  const s = Math.sin(delta);
  const dx = origin[0] - head[0];
  const dz = origin[1] - head[1];
  // Rotation about +Y: x' = x cos + z sin, z' = -x sin + z cos.
  return { position: [head[0] + dx * c + dz * s, head[1] - dx * s + dz * c], yaw: wrapAngle(originYaw + delta) };
}

/** An axis-aligned or rotated rectangle obstacle on the ground. */
export interface Obstacle {
  center: P2;
  size: P2;
  yawDeg: number;
}

/** Whether a ground point lies within `margin` of an obstacle. */
export function insideObstacle(p: P2, o: Obstacle, margin = 0): boolean {
  const a = (-o.yawDeg * Math.PI) / 180;
  const dx = p[0] - o.center[0];
  const dz = p[1] - o.center[1];
  const x = dx * Math.cos(a) + dz * Math.sin(a);
  const z = -dx * Math.sin(a) + dz * Math.cos(a);
  return Math.abs(x) <= o.size[0] / 2 + margin && Math.abs(z) <= o.size[1] / 2 + margin;
}

/**
 * Where a panel goes in front of the visitor: `distance` ahead along the horizontal view direction,
 * pulled closer (down to `minDistance`) if that spot is inside a building, so it never clips into one.
 */
export function panelSpot(head: P2, forward: P2, distance: number, minDistance: number, obstacles: readonly Obstacle[], margin = 0.3): { position: P2; distance: number } {
  const len = Math.hypot(forward[0], forward[1]) || 1;
  const fx = forward[0] / len;
  const fz = forward[1] / len;
  for (let d = distance; d >= minDistance - 1e-9; d -= 0.1) {
    const p: P2 = [head[0] + fx * d, head[1] + fz * d];
    if (!obstacles.some((o) => insideObstacle(p, o, margin))) return { position: p, distance: d };
  }
  return { position: [head[0] + fx * minDistance, head[1] + fz * minDistance], distance: minDistance };
}

/** The yaw (rotation about +Y) that turns a +Z-facing panel at `from` to face `to`. */
export const yawFacing = (from: P2, to: P2): number => Math.atan2(to[0] - from[0], to[1] - from[1]);

/**
 * Samples a projectile arc from `start` along `dir` (unit, 3D) until it falls to the ground (y = 0).
 * Writes points into `out` (xyz triples) and returns the number written and where it landed (null if it never did).
 */
export function teleportArc(
  start: readonly [number, number, number],
  dir: readonly [number, number, number],
  speed: number,
  gravity: number,
  maxTime: number,
  segments: number,
  out: Float32Array,
): { count: number; landed: boolean; x: number; z: number } {
  const vx = dir[0] * speed;
  const vy = dir[1] * speed;
  const vz = dir[2] * speed;
  let count = 0;
  let px = start[0];
  let py = start[1];
  let pz = start[2];
  for (let i = 0; i <= segments; i++) {
    const t = (maxTime * i) / segments;
    const x = start[0] + vx * t;
    const y = start[1] + vy * t - 0.5 * gravity * t * t;
    const z = start[2] + vz * t;
    if (y <= 0 && i > 0) {
      // Interpolate the crossing of the ground between the previous and this sample.
      const k = py / (py - y);
      const gx = px + (x - px) * k;
      const gz = pz + (z - pz) * k;
      out[count * 3] = gx;
      out[count * 3 + 1] = 0;
      out[count * 3 + 2] = gz;
      return { count: count + 1, landed: true, x: gx, z: gz };
    }
    out[count * 3] = x;
    out[count * 3 + 1] = y;
    out[count * 3 + 2] = z;
    count++;
    px = x;
    py = y;
    pz = z;
  }
  return { count, landed: false, x: px, z: pz };
}

/** Moves a fade value toward its target at `1 / seconds` per second; returns the new value. */
export function stepFade(value: number, target: number, dt: number, seconds: number): number {
  const step = seconds <= 0 ? 1 : dt / seconds;
  return target > value ? Math.min(target, value + step) : Math.max(target, value - step);
}
