/**
 * Panel dwell by gaze in VR (issue 17): a panel counts when the centre of view stays within 10° of the panel's
 * centre for at least 1 s. Pure: samples (time, head position, forward direction, panel centres) in, dwells out.
 * One dwell at a time; it starts on entering the 10° cone and ends when the gaze leaves a wider 12° cone (so jitter
 * at the edge does not split one look in two), when another panel comes within 10° and nearer the centre, when
 * the panel goes, or when the samples stop: the session pauses (the headset is taken off or the system menu is up:
 * the feed calls `end()` on the visibility change) or, failing that signal, no sample comes for GAZE_MAX_GAP_MS.
 * A dwell lasts from the first sample inside to the last sample inside, and counts from GAZE_MIN_MS on.
 * Allocation-free per sample: the caller passes a reused array of targets and how many of it are filled.
 */

/** Within this angle of the view centre a panel starts being looked at (degrees). */
export const GAZE_ENTER_DEG = 10;
/** Beyond this angle the look ends (degrees; hysteresis above GAZE_ENTER_DEG). */
export const GAZE_LEAVE_DEG = 12;
/** Shortest look that counts (ms). */
export const GAZE_MIN_MS = 1000;
/**
 * Samples further apart than this are a pause: the look ended at the last sample before it (ms). A fallback only: a
 * pause is signalled by the session's visibility. Shorter stalls (a loaded headset or emulator missing frames for a
 * second or two) do not split one look in two.
 */
export const GAZE_MAX_GAP_MS = 5000;

/** A panel's centre in the world, with the id a dwell reports. */
export interface GazeTarget {
  id: string;
  x: number;
  y: number;
  z: number;
}

const DEG = 180 / Math.PI;

/** Angle (degrees) between the direction `f` (need not be unit) and the direction from `h` to `t`. */
export function gazeAngleDeg(hx: number, hy: number, hz: number, fx: number, fy: number, fz: number, t: GazeTarget): number {
  const dx = t.x - hx;
  const dy = t.y - hy;
  const dz = t.z - hz;
  const ld = Math.hypot(dx, dy, dz);
  const lf = Math.hypot(fx, fy, fz);
  if (ld < 1e-9 || lf < 1e-9) return 180;
  const c = (dx * fx + dy * fy + dz * fz) / (ld * lf);
  return Math.acos(Math.min(1, Math.max(-1, c))) * DEG;
}

/** The gaze dwell tracker; `emit` gets each look that counts (panel id, duration in ms, time of its last sample inside). */
export function createGazeDwell(emit: (target: string, dur: number, endedAt: number) => void) {
  /** The panel being looked at, when the look started and when it was last seen inside. */
  let id: string | null = null;
  let since = 0;
  let seen = 0;
  /** Time of the previous sample (NaN before the first or after a pause). */
  let last = NaN;

  const close = () => {
    if (id !== null && seen - since >= GAZE_MIN_MS) emit(id, Math.round(seen - since), seen);
    id = null;
  };

  return {
    /**
     * One sample at `now` (ms, monotonic): the head at (hx, hy, hz) looking along (fx, fy, fz); the panels are
     * `targets[0..count)`.
     */
    sample(now: number, hx: number, hy: number, hz: number, fx: number, fy: number, fz: number, targets: readonly GazeTarget[], count = targets.length) {
      if (!(now - last <= GAZE_MAX_GAP_MS)) close();
      last = now;
      // The nearest panel within the entry cone, and the current one's angle.
      let best: GazeTarget | null = null;
      let bestDeg = GAZE_ENTER_DEG;
      let currentDeg = Infinity;
      for (let i = 0; i < count; i++) {
        const t = targets[i]!;
        const a = gazeAngleDeg(hx, hy, hz, fx, fy, fz, t);
        if (t.id === id) currentDeg = a;
        if (a <= bestDeg) {
          best = t;
          bestDeg = a;
        }
      }
      if (id !== null && currentDeg <= GAZE_LEAVE_DEG && (best === null || best.id === id || currentDeg <= bestDeg)) {
        seen = now;
        return;
      }
      close();
      if (best) {
        id = best.id;
        since = now;
        seen = now;
      }
    },
    /** The samples stop (the session ends or analytics stops): closes the look at its last sample inside. */
    end() {
      close();
      last = NaN;
    },
    /** The panel looked at for GAZE_MIN_MS or more by the last sample, else null. */
    get current(): string | null {
      return id !== null && seen - since >= GAZE_MIN_MS ? id : null;
    },
  };
}

/** The gaze dwell tracker's type. */
export type GazeDwell = ReturnType<typeof createGazeDwell>;
