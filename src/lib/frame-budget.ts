/**
 * Pure frame-time watching for adaptive quality: a fixed ring of recent frame times (no allocation per
 * frame) and a decision to step quality down when the median stays over budget, or back up when there is
 * plenty of room.
 */

/** Recent frame times in milliseconds. */
export interface FrameWindow {
  times: Float32Array;
  count: number;
  next: number;
  scratch: Float32Array;
}

/** A window of `size` frames. */
export const createFrameWindow = (size = 60): FrameWindow => ({ times: new Float32Array(size), count: 0, next: 0, scratch: new Float32Array(size) });

/** Records one frame time. */
export function recordFrame(w: FrameWindow, ms: number): void {
  w.times[w.next] = ms;
  w.next = (w.next + 1) % w.times.length;
  w.count = Math.min(w.count + 1, w.times.length);
}

/** The median of the recorded frames (0 when empty). */
export function medianFrame(w: FrameWindow): number {
  if (w.count === 0) return 0;
  w.scratch.set(w.times.subarray(0, w.count));
  const s = w.scratch.subarray(0, w.count).sort();
  return s[Math.floor(w.count / 2)]!;
}

/** −1: lower quality, +1: raise it, 0: keep. Needs a full window; `budgetMs` is the frame budget. */
export function qualityStep(w: FrameWindow, budgetMs: number): -1 | 0 | 1 {
  if (w.count < w.times.length) return 0;
  const m = medianFrame(w);
  if (m > budgetMs * 1.2) return -1;
  if (m < budgetMs * 0.6) return 1;
  return 0;
}
