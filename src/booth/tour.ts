/** Pure tour stepping: which stop is showing, whether it plays, and how long it has shown. */

/** The tour's state. */
export interface TourState {
  index: number;
  playing: boolean;
  /** Seconds the current stop has been showing (tour clock, already time-scaled). */
  elapsed: number;
  /** Whether the tour starts over after the last stop (the attract loop) or ends. */
  loop: boolean;
  /** Set when a non-looping tour has passed its last stop. */
  finished: boolean;
}

/** Something that changes the tour. */
export type TourAction =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'toggle' }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'tick'; seconds: number }
  /** Straight to stop `index` (the console's group tour), from its start. */
  | { type: 'goto'; index: number };

/** A fresh tour at its first stop. */
export const startTourState = (loop = false, index = 0): TourState => ({ index, playing: true, elapsed: 0, loop, finished: false });

/** Applies an action; `dwells` are the stops' dwell times in seconds. */
export function stepTour(s: TourState, a: TourAction, dwells: readonly number[]): TourState {
  const n = dwells.length;
  if (n === 0 || s.finished) return s;
  const goTo = (i: number): TourState => {
    if (i >= n) return s.loop ? { ...s, index: 0, elapsed: 0 } : { ...s, finished: true, playing: false };
    return { ...s, index: Math.max(0, i), elapsed: 0 };
  };
  switch (a.type) {
    case 'next':
      return goTo(s.index + 1);
    case 'prev':
      return goTo(s.index === 0 ? (s.loop ? n - 1 : 0) : s.index - 1);
    case 'toggle':
      return { ...s, playing: !s.playing };
    case 'play':
      return { ...s, playing: true };
    case 'pause':
      return { ...s, playing: false };
    case 'goto':
      return Number.isInteger(a.index) && a.index >= 0 && a.index < n ? { ...s, index: a.index, elapsed: 0, playing: true } : s;
    case 'tick': {
      if (!s.playing || a.seconds <= 0) return s;
      const t = s.elapsed + a.seconds;
      if (t < dwells[s.index]!) return { ...s, elapsed: t };
      // At most one stop per tick, so every stop is shown even when the clock runs fast (tests, rehearsals);
      // the overshoot carries over, short of the next stop's whole dwell.
      const next = goTo(s.index + 1);
      if (next.finished) return next;
      return { ...next, elapsed: Math.min(t - dwells[s.index]!, dwells[next.index]! * 0.5) };
    }
  }
}
