/**
 * Pure maths for framing the 3D view around the desktop HUD: which part of the canvas the HUD's side columns
 * and bars leave free, and the view offset that centres the camera's picture there. Close-ups are then fitted
 * into the free part, so a pavilion's floating panel is not hidden under the details card.
 */

/** A rectangle in CSS pixels, relative to the canvas. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** How the camera frames the free part of the canvas. */
export interface Framing {
  /** Aspect ratio (width / height) of the free part. */
  aspect: number;
  /**
   * How much of the canvas height a close-up may fill: the free part's share of it, or less when the HUD leaves
   * too little free to frame for (so the HUD covers the edges of the picture instead of its middle).
   */
  fill: number;
  /** Pixels to shift the picture so its centre lies at the free part's centre (`camera.setViewOffset`). */
  offsetX: number;
  offsetY: number;
}

/** A free part smaller than this share of the canvas in either direction is not worth framing for. */
const minShare = 0.34;
/** The fill used when the HUD leaves too little free: keep the subject small and central. */
const crowdedFill = 0.55;

/**
 * The part of a `width`×`height` canvas that HUD elements leave free. The HUD passes only the elements that stand
 * over the scene while the visitor looks at something (side columns, the details card, the tour bar), not small
 * buttons or hints. An element narrower than half the canvas and against its left or right edge is a column on
 * that side; any other one less than half as tall as the canvas is a bar at the top or bottom. Returns null when what is left would
 * be too small to frame for.
 */
export function freeRect(width: number, height: number, occluders: readonly Rect[]): Rect | null {
  const free: Rect = { left: 0, top: 0, right: width, bottom: height };
  for (const o of occluders) {
    const w = o.right - o.left;
    const h = o.bottom - o.top;
    if (w <= 0 || h <= 0 || o.right <= 0 || o.left >= width || o.bottom <= 0 || o.top >= height) continue;
    const againstSide = o.left <= width * 0.1 || o.right >= width * 0.9;
    if (w < width * 0.5 && againstSide) {
      if ((o.left + o.right) / 2 < width / 2) free.left = Math.max(free.left, o.right);
      else free.right = Math.min(free.right, o.left);
    } else if (h < height * 0.5) {
      if ((o.top + o.bottom) / 2 > height / 2) free.bottom = Math.min(free.bottom, o.top);
      else free.top = Math.max(free.top, o.bottom);
    }
  }
  const enough = free.right - free.left >= width * minShare && free.bottom - free.top >= height * minShare;
  return enough ? free : null;
}

/** The framing that centres the picture in `free` on a `width`×`height` canvas (null: too crowded to frame for). */
export function framingFor(width: number, height: number, free: Rect | null): Framing {
  if (!free) return { ...fullFraming(width, height), fill: crowdedFill };
  const w = Math.max(1, free.right - free.left);
  const h = Math.max(1, free.bottom - free.top);
  return {
    aspect: w / h,
    fill: Math.min(1, h / Math.max(1, height)),
    offsetX: Math.round(width / 2 - (free.left + free.right) / 2),
    offsetY: Math.round(height / 2 - (free.top + free.bottom) / 2),
  };
}

/** The framing of a canvas with nothing over it. */
export const fullFraming = (width: number, height: number): Framing => ({ aspect: width / Math.max(1, height), fill: 1, offsetX: 0, offsetY: 0 });
