/** The VR gaze dwell rule (issue 17): within 10° for 1 s counts; leaving is at 12°; one look at a time. */
import { describe, expect, it } from 'vitest';
import { createGazeDwell, gazeAngleDeg, GAZE_ENTER_DEG, GAZE_LEAVE_DEG, GAZE_MIN_MS, type GazeTarget } from '../../src/booth/analytics/gaze';

const RAD = Math.PI / 180;
/** Panels 2 m away at the eye height of a head at the origin, at these yaws (degrees, positive to the right). */
const arc = (yaws: Record<string, number>): GazeTarget[] => Object.entries(yaws).map(([id, y]) => ({ id, x: Math.sin(y * RAD) * 2, y: 1.6, z: -Math.cos(y * RAD) * 2 }));
const panels = arc({ a: -30, b: 0, c: 22 });

/** A tracker driven by the head's yaw (and pitch) over time; returns what it emitted. */
function run(steps: readonly (readonly [number, number] | readonly [number, number, number])[], targets = panels) {
  const out: [string, number][] = [];
  const g = createGazeDwell((t, d) => out.push([t, d]));
  for (const [now, yaw, pitch = 0] of steps) {
    const fx = Math.sin(yaw * RAD) * Math.cos(pitch * RAD);
    const fy = Math.sin(pitch * RAD);
    const fz = -Math.cos(yaw * RAD) * Math.cos(pitch * RAD);
    g.sample(now, 0, 1.6, 0, fx, fy, fz, targets);
  }
  return { out, g };
}
/** Samples every 100 ms from `t0` to `t1` (inclusive) at `yaw`. */
const hold = (t0: number, t1: number, yaw: number, pitch = 0): [number, number, number][] => {
  const s: [number, number, number][] = [];
  for (let t = t0; t <= t1; t += 100) s.push([t, yaw, pitch]);
  return s;
};

describe('gaze angle', () => {
  it('measures the angle between the view centre and a panel centre', () => {
    const [b] = arc({ b: 0 });
    expect(gazeAngleDeg(0, 1.6, 0, 0, 0, -1, b!)).toBeCloseTo(0, 6);
    expect(gazeAngleDeg(0, 1.6, 0, Math.sin(10 * RAD), 0, -Math.cos(10 * RAD), b!)).toBeCloseTo(10, 6);
    // Pitch counts the same as yaw; the forward vector need not be unit length.
    expect(gazeAngleDeg(0, 1.6, 0, 0, 3 * Math.sin(-11 * RAD), -3 * Math.cos(11 * RAD), b!)).toBeCloseTo(11, 6);
    expect(gazeAngleDeg(0, 1.6, 0, 0, 0, 1, b!)).toBeCloseTo(180, 6);
  });
});

describe('gaze dwell', () => {
  it('a look of 1 s or more within 10° counts from entering to the last sample inside', () => {
    const { out } = run([...hold(0, 400, 60), ...hold(500, 2000, 3), ...hold(2100, 2500, 60)]);
    expect(out).toEqual([['b', 1500]]);
  });

  it('reports when the look ended (its last sample inside), not when that was noticed', () => {
    const ends: number[] = [];
    const g = createGazeDwell((_t, _d, endedAt) => ends.push(endedAt));
    for (const [t] of hold(0, 1500, 0)) g.sample(t, 0, 1.6, 0, 0, 0, -1, panels);
    g.sample(1600, 0, 1.6, 0, 1, 0, 0, panels);
    expect(ends).toEqual([1500]);
  });

  it('a glance shorter than 1 s does not count', () => {
    const { out, g } = run([...hold(0, 900, -28), ...hold(1000, 1500, 60)]);
    expect(out).toEqual([]);
    expect(g.current).toBeNull();
  });

  it('exactly the minimum counts; the current look shows once it counts', () => {
    const { out, g } = run(hold(0, GAZE_MIN_MS - 100, 0));
    expect(g.current).toBeNull();
    g.sample(GAZE_MIN_MS, 0, 1.6, 0, 0, 0, -1, panels);
    expect(g.current).toBe('b');
    expect(out).toEqual([]);
    g.end();
    expect(out).toEqual([['b', GAZE_MIN_MS]]);
    expect(g.current).toBeNull();
  });

  it('does not start between 10° and 12°, but keeps a look there (hysteresis at the edge)', () => {
    expect(run(hold(0, 2000, GAZE_ENTER_DEG + 1)).out).toEqual([]);
    // In at 9°, then jitter between 9° and 11.5° for two seconds: one look, not several.
    const jitter = hold(0, 2000, 0).map(([t], i) => [t, i % 2 ? GAZE_LEAVE_DEG - 0.5 : GAZE_ENTER_DEG - 1] as const);
    const { out } = run([...jitter, [2100, 40]]);
    expect(out).toEqual([['b', 2000]]);
  });

  it('leaving beyond 12° ends the look; coming back starts a new one', () => {
    const { out } = run([...hold(0, 1200, 0), [1300, GAZE_LEAVE_DEG + 0.5], ...hold(1400, 2600, 0), [2700, 90]]);
    expect(out).toEqual([
      ['b', 1200],
      ['b', 1200],
    ]);
  });

  it('turning from one panel to the next ends one look and starts the other', () => {
    const { out } = run([...hold(0, 1500, 0), ...hold(1600, 2800, 22), ...hold(2900, 3000, 100)]);
    expect(out).toEqual([
      ['b', 1500],
      ['c', 1200],
    ]);
  });

  it('a nearer panel within 10° takes over even while the first is still within 12°', () => {
    // Panels 11° apart: at 10.5° from b the gaze is 0.5° from d.
    const close = arc({ b: 0, d: 11 });
    const { out } = run([...hold(0, 1200, 0), ...hold(1300, 2500, 10.5), [2600, 90]], close);
    expect(out).toEqual([
      ['b', 1200],
      ['d', 1200],
    ]);
  });

  it('one look at a time: the nearest panel within 10° is the one looked at', () => {
    const close = arc({ b: 0, d: 8 });
    const { out } = run([...hold(0, 1500, 6), [1600, 90]], close);
    expect(out).toEqual([['d', 1500]]);
  });

  it('a panel that goes away ends its look', () => {
    const out2: [string, number][] = [];
    const g = createGazeDwell((t, d) => out2.push([t, d]));
    for (const [t] of hold(0, 1200, 0)) g.sample(t, 0, 1.6, 0, 0, 0, -1, panels);
    // Only the first panel (a) left in the list: b is gone.
    g.sample(1300, 0, 1.6, 0, 0, 0, -1, panels, 1);
    expect(out2).toEqual([['b', 1200]]);
  });

  it('a pause in the samples ends the look at the last sample before it', () => {
    const { out } = run([...hold(0, 1300, 0), ...hold(7000, 8500, 0), [8600, 90]]);
    expect(out).toEqual([
      ['b', 1300],
      ['b', 1500],
    ]);
    // Before the pause a glance; after it another: they do not add up.
    expect(run([...hold(0, 700, 0), ...hold(6000, 6700, 0), [6800, 90]]).out).toEqual([]);
  });

  it('a stall of a second or two in the samples (a loaded headset) does not split one look', () => {
    const { out } = run([...hold(0, 600, 0), ...hold(2600, 3200, 0), [3300, 90]]);
    expect(out).toEqual([['b', 3200]]);
  });

  it('end() after the look has already been closed emits nothing more', () => {
    const { out, g } = run([...hold(0, 1200, 0), [1300, 90]]);
    g.end();
    g.end();
    expect(out).toEqual([['b', 1200]]);
  });
});
