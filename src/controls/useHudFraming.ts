/**
 * Measures what the desktop HUD covers of the canvas (elements marked `data-covers-view`: the side column, the
 * details card while it shows something, the tour bar) and returns the framing of the part left free.
 * Re-measures on resize and whenever the HUD's elements or classes change (the details card fills, the tour
 * bar opens). Usage: `const framing = useHudFraming(canvas, width, height)`.
 */
import { useEffect, useState } from 'react';
import { type Framing, type Rect, framingFor, freeRect } from '../lib/free-viewport';

/** The attribute a HUD element carries when it covers part of the 3D view. */
export const coversViewAttribute = 'data-covers-view';

const same = (a: Framing, b: Framing) =>
  a.offsetX === b.offsetX && a.offsetY === b.offsetY && Math.abs(a.aspect - b.aspect) < 1e-3 && Math.abs(a.fill - b.fill) < 1e-3;

function measure(canvas: HTMLElement | null, width: number, height: number): Framing {
  const origin = canvas?.getBoundingClientRect() ?? { left: 0, top: 0 };
  const rects: Rect[] = [];
  for (const el of document.querySelectorAll(`[${coversViewAttribute}]`)) {
    const r = el.getBoundingClientRect();
    rects.push({ left: r.left - origin.left, top: r.top - origin.top, right: r.right - origin.left, bottom: r.bottom - origin.top });
  }
  return framingFor(width, height, freeRect(width, height, rects));
}

/** The framing of the free part of a `width`×`height` canvas, kept up to date with the HUD. */
export function useHudFraming(canvas: HTMLElement | null, width: number, height: number): Framing {
  const [framing, setFraming] = useState<Framing>(() => measure(canvas, width, height));
  useEffect(() => {
    let frame = 0;
    const resize = new ResizeObserver(() => schedule());
    const update = () => {
      frame = 0;
      // Elements come and go (the tour bar): observe whichever are there now; observing twice is harmless.
      for (const el of document.querySelectorAll(`[${coversViewAttribute}]`)) resize.observe(el);
      const next = measure(canvas, width, height);
      setFraming((prev) => (same(prev, next) ? prev : next));
    };
    // Coalesce bursts of DOM changes into one measurement per animation frame.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'hidden', coversViewAttribute] });
    return () => {
      observer.disconnect();
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [canvas, width, height]);
  return framing;
}
