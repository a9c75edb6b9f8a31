/**
 * Pure label de-cluttering in screen space: labels are placed nearest first; a label that would overlap
 * one already placed is lifted above it. Works on preallocated arrays (called every frame, no allocation).
 */

/** Screen rectangles in NDC, for `count` labels: centre x, bottom y, width, height per label. */
export interface LabelRects {
  count: number;
  /** [cx, bottom, width, height] × count */
  rects: Float32Array;
  /** Nearest-first order of label indices (scratch, rewritten). */
  order: Int32Array;
  /** Camera distance per label. */
  distance: Float32Array;
  /** Output: lift per label in label heights. */
  lift: Float32Array;
  /** Output: 1 where the label is clear of the others, 0 where it still overlaps one after the largest lift (hide it). */
  clear: Uint8Array;
}

/** Allocates the arrays for `count` labels (once). */
export function createLabelRects(count: number): LabelRects {
  return {
    count,
    rects: new Float32Array(count * 4),
    order: new Int32Array(count),
    distance: new Float32Array(count),
    lift: new Float32Array(count),
    clear: new Uint8Array(count),
  };
}

const overlaps = (r: Float32Array, a: number, b: number, liftA: number, liftB: number) => {
  const ax = r[a * 4]!;
  const ab = r[a * 4 + 1]! + liftA * r[a * 4 + 3]!;
  const aw = r[a * 4 + 2]!;
  const ah = r[a * 4 + 3]!;
  const bx = r[b * 4]!;
  const bb = r[b * 4 + 1]! + liftB * r[b * 4 + 3]!;
  const bw = r[b * 4 + 2]!;
  const bh = r[b * 4 + 3]!;
  return Math.abs(ax - bx) * 2 < aw + bw && ab < bb + bh && bb < ab + ah;
};

/**
 * Computes `lift` (in multiples of each label's own height) so that no two labels overlap, nearest kept in place;
 * a label that cannot be lifted clear within `maxLift` tries is marked not `clear` and does not block later ones.
 */
export function placeLabels(l: LabelRects, maxLift = 4): void {
  for (let i = 0; i < l.count; i++) l.order[i] = i;
  // Insertion sort by distance: a handful of labels, and no closure allocation.
  for (let i = 1; i < l.count; i++) {
    const v = l.order[i]!;
    let j = i - 1;
    while (j >= 0 && l.distance[l.order[j]!]! > l.distance[v]!) {
      l.order[j + 1] = l.order[j]!;
      j--;
    }
    l.order[j + 1] = v;
  }
  for (let k = 0; k < l.count; k++) {
    const a = l.order[k]!;
    let lift = 0;
    let clear = 0;
    for (let tries = 0; tries <= maxLift; tries++) {
      let hit = false;
      for (let m = 0; m < k; m++) {
        const b = l.order[m]!;
        if (l.clear[b] && overlaps(l.rects, a, b, lift, l.lift[b]!)) {
          hit = true;
          break;
        }
      }
      if (!hit) {
        clear = 1;
        break;
      }
      if (tries < maxLift) lift += 1.15;
    }
    l.lift[a] = clear ? lift : 0;
    l.clear[a] = clear;
  }
}
