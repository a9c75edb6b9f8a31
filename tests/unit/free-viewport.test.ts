import { describe, expect, it } from 'vitest';
import { framingFor, freeRect, fullFraming } from '../../src/lib/free-viewport';

// The desktop HUD at 1100×640: the Pavilions/Figures column on the left, the details card on the right.
const leftColumn = { left: 16, top: 94, right: 256, bottom: 566 };
const detailsCard = { left: 744, top: 70, right: 1084, bottom: 430 };

describe('free viewport around the HUD', () => {
  it('is the part between the side columns, with the picture centred there', () => {
    const free = freeRect(1100, 640, [leftColumn, detailsCard]);
    expect(free).toEqual({ left: 256, top: 0, right: 744, bottom: 640 });
    const f = framingFor(1100, 640, free);
    expect(f.aspect).toBeCloseTo(488 / 640);
    expect(f.fill).toBe(1);
    // Centre of the free part is x = 500, 50 px left of the canvas centre: shift the picture by +50.
    expect(f.offsetX).toBe(50);
    expect(f.offsetY).toBe(0);
  });

  it('counts a short card against a side as a column: a close-up panel would reach under it', () => {
    const shortCard = { left: 1244, top: 70, right: 1584, bottom: 303 };
    expect(freeRect(1600, 900, [leftColumn, shortCard])).toEqual({ left: 256, top: 0, right: 1244, bottom: 900 });
  });

  it('treats the tour bar between the columns as a bar along the bottom, not a column', () => {
    const tourBar = { left: 280, top: 520, right: 728, bottom: 624 };
    expect(freeRect(1100, 640, [leftColumn, detailsCard, tourBar])).toEqual({ left: 256, top: 0, right: 744, bottom: 520 });
  });

  it('ignores an element that covers most of the canvas both ways (a dialog is not a column)', () => {
    expect(freeRect(1100, 640, [{ left: 100, top: 50, right: 1000, bottom: 600 }])).toEqual({ left: 0, top: 0, right: 1100, bottom: 640 });
  });

  it('counts a wide card against the bottom edge (narrow windows) as a bar', () => {
    const bottomCard = { left: 16, top: 380, right: 704, bottom: 596 };
    const free = freeRect(720, 640, [bottomCard]);
    expect(free).toEqual({ left: 0, top: 0, right: 720, bottom: 380 });
    const f = framingFor(720, 640, free);
    expect(f.fill).toBeCloseTo(380 / 640);
    expect(f.offsetY).toBe(130);
  });

  it('gives up when what is left is too small to frame for, and keeps close-ups small and central', () => {
    const wideLeft = { left: 0, top: 0, right: 360, bottom: 500 };
    const wideRight = { left: 420, top: 0, right: 800, bottom: 500 };
    expect(freeRect(800, 500, [wideLeft, wideRight])).toBeNull();
    const f = framingFor(800, 500, null);
    expect(f).toMatchObject({ offsetX: 0, offsetY: 0, aspect: 1.6 });
    expect(f.fill).toBeLessThan(1);
  });

  it('skips hidden (zero-size) and off-canvas elements', () => {
    expect(freeRect(1100, 640, [{ left: 0, top: 0, right: 0, bottom: 0 }, { left: 1200, top: 0, right: 1400, bottom: 640 }])).toEqual({ left: 0, top: 0, right: 1100, bottom: 640 });
  });

  it('frames the whole canvas when nothing covers it', () => {
    expect(framingFor(1100, 640, freeRect(1100, 640, []))).toEqual(fullFraming(1100, 640));
  });
});
