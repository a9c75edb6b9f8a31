/**
 * Close-ups on the desktop are framed in the part of the view the HUD leaves free: a pavilion's floating panel
 * and a focused figures panel must not disappear under the Pavilions column or the details card.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScreenRect } from '../../src/state/automation';
import { browserPerFile } from './browser';
import { type ExhibitPage, type ExhibitWindow, finish, newExhibitPage, openExhibit, panelIds, pavilionIds, saveScreenshot, screenPosition } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;
afterEach(async () => {
  await finish(t);
  t = undefined;
});

type Box = ScreenRect;

const screenRect = (page: Page, name: string) => page.evaluate((n) => (window as ExhibitWindow).exhibit!.screenRect(n), name);
const domRect = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);
/**
 * Reads `rect` until two readings 1.2 s apart agree to the pixel with no frame drawn between them: the camera and
 * the view offset have come to rest (the exhibit draws on demand; software WebGL draws large windows at a frame
 * or two a second, so the pause must be longer than a frame).
 */
async function settled(page: Page, read: () => Promise<Box | null>): Promise<Box | null> {
  const key = async () => {
    const b = await read();
    const draws = await page.evaluate(() => (window as ExhibitWindow).__e2eDraws ?? 0);
    return { b, k: `${b ? [b.left, b.top, b.right, b.bottom].map(Math.round).join() : 'none'} @${draws}` };
  };
  let last = await key();
  for (let i = 0; i < 40; i++) {
    await new Promise((r) => setTimeout(r, 1200));
    const next = await key();
    if (next.k === last.k) return next.b;
    last = next;
  }
  throw new Error(`never settled: ${last.k}`);
}

/** Pixels by which two rectangles overlap horizontally and vertically (0 when apart). */
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

describe('close-ups framed around the HUD', () => {
  for (const viewport of [
    { width: 1100, height: 640 },
    { width: 1440, height: 900 },
  ]) {
    it(`keeps each pavilion and its panel clear of the HUD columns at ${viewport.width}×${viewport.height}`, async () => {
      t = await newExhibitPage(browser(), { viewport });
      await openExhibit(t.page, '', { settle: true });
      const column = await domRect(t.page, '.hud-left');
      for (const id of pavilionIds) {
        await t.page.evaluate((pid) => (window as ExhibitWindow).exhibit!.select(pid), id);
        const panel = await settled(t.page, () => screenRect(t!.page, `pavilion-panel:${id}`));
        const card = await domRect(t.page, '.hud-details');
        const pavilion = await screenPosition(t.page, id);
        expect(panel, `${id}: panel on screen`).not.toBeNull();
        expect(pavilion, `${id}: pavilion on screen`).not.toBeNull();
        expect(overlap(panel!, card), `${id}: panel under the details card`).toBe(0);
        expect(overlap(panel!, column), `${id}: panel under the Pavilions column`).toBe(0);
        expect(panel!.right).toBeLessThanOrEqual(viewport.width);
        expect(pavilion!.x, `${id}: pavilion clear of the Pavilions column`).toBeGreaterThan(column.right);
        expect(pavilion!.x, `${id}: pavilion left of its panel`).toBeLessThan(panel!.left);
      }
      await saveScreenshot(t.page, `framing-${viewport.width}-goertek`);
    });
  }

  it('centres a focused figures panel between the columns, clear of both', async () => {
    t = await newExhibitPage(browser(), { viewport: { width: 1100, height: 640 } });
    await openExhibit(t.page, '', { settle: true });
    const column = await domRect(t.page, '.hud-left');
    for (const id of panelIds) {
      await t.page.evaluate((pid) => (window as ExhibitWindow).exhibit!.focusPanel(pid), id);
      const panel = (await settled(t.page, () => screenRect(t!.page, `panel:${id}`)))!;
      const card = await domRect(t.page, '.hud-details');
      expect(panel, `${id}: panel on screen`).not.toBeNull();
      // The panel's own box, not its neighbours: a figures panel fills most of the free part.
      expect(panel.left, `${id}: clear of the Pavilions column`).toBeGreaterThanOrEqual(column.right - 1);
      expect(panel.right, `${id}: clear of the details card`).toBeLessThanOrEqual(card.left + 1);
      const middle = (panel.left + panel.right) / 2;
      expect(Math.abs(middle - (column.right + card.left) / 2), `${id}: centred between the columns`).toBeLessThan(12);
    }
  });
});
