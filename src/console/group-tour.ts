/** The console-led group tour: which stop comes next and for how long (pure; GroupTourPanel runs the clock). */
import type { TourStop } from '../content/types';

/** A running group tour: the stop shown and when it started (ms). */
export interface GroupTour {
  index: number;
  startedAt: number;
}

/** The stop after `index`, or null when the tour is over. */
export function nextStop(stops: readonly TourStop[], index: number): number | null {
  return index + 1 < stops.length ? index + 1 : null;
}

/** How long the stop at `index` shows, in ms (its dwell time from tour.json). */
export function dwellMs(stops: readonly TourStop[], index: number): number {
  return (stops[index]?.dwell ?? 0) * 1000;
}

/** Fraction of the current stop's dwell time gone, 0..1. */
export function progress(stops: readonly TourStop[], tour: GroupTour, now: number): number {
  const d = dwellMs(stops, tour.index);
  return d > 0 ? Math.min(1, Math.max(0, (now - tour.startedAt) / d)) : 1;
}
