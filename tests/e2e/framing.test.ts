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

const domRect = (page: Page, selector: string) =>
  page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }, selector);
/** Animation frames in a row that must agree before a reading counts as settled. */
const STEADY_FRAMES = 4;

/**
 * Reads the named scene object's screen rectangle once the picture has settled: the camera's flight and view
 * offset report rest (`exhibit.cameraAtRest()`: camera-controls' rest event for the flight to the current
 * selection, controls inactive, offset at its target), and the rectangle and the HUD boxes have stayed the same,
 * to the pixel, over several consecutive animation frames. Counted in frames, not time: a loaded machine that
 * draws one frame a second takes longer, but cannot pass a camera still in flight.
 */
async function settled(page: Page, name: string): Promise<Box | null> {
  await page.evaluate(() => delete (window as SettleWindow).__e2eSettle);
  try {
    const ok = await page.waitForFunction(
      ({ n, steady }) => {
        const w = window as SettleWindow;
        const r = w.exhibit!.screenRect(n);
        const boxes = ['.hud-left', '.hud-details'].map((s) => document.querySelector(s)?.getBoundingClientRect());
        const text = (b: { left: number; top: number; right: number; bottom: number } | null | undefined) => (b ? [b.left, b.top, b.right, b.bottom].map(Math.round).join() : 'none');
        const key = [text(r), ...boxes.map(text), w.exhibit!.cameraAtRest() ? 'rest' : 'moving'].join('|');
        const st = w.__e2eSettle;
        if (!key.endsWith('|rest') || !st || st.key !== key) {
          w.__e2eSettle = { key, frames: 0, samples: (st?.samples ?? 0) + 1 };
          return false;
        }
        st.frames++;
        st.samples++;
        return st.frames >= steady ? (r ?? 'none') : false;
      },
      { n: name, steady: STEADY_FRAMES },
      { polling: 'raf', timeout: 120_000 },
    );
    const r = (await ok.jsonValue()) as Box | 'none';
    return r === 'none' ? null : r;
  } catch (e) {
    const last = await page.evaluate(() => (window as SettleWindow).__e2eSettle).catch(() => undefined);
    throw new Error(`${name} never settled (last reading ${JSON.stringify(last)}): ${(e as Error).message}`);
  }
}

type SettleWindow = ExhibitWindow & { __e2eSettle?: { key: string; frames: number; samples: number } };

/** Pixels by which two rectangles overlap horizontally and vertically (0 when apart). */
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

// Counted in frames: a loaded 2-core machine draws a 1440×900 close-up at about a frame a second.
describe('close-ups framed around the HUD', { timeout: 400_000 }, () => {
  for (const viewport of [
    { width: 1100, height: 640 },
    { width: 1440, height: 900 },
  ]) {
    it(`keeps each pavilion and its panel clear of the HUD columns at ${viewport.width}×${viewport.height}`, async () => {
      t = await newExhibitPage(browser(), { viewport });
      await openExhibit(t.page, '', { settle: true });
      const column = await domRect(t.page, '.hud-left');
      for (const id of pavilionIds) {
        const restAfterSelect = await t.page.evaluate((pid) => {
          const ex = (window as ExhibitWindow).exhibit!;
          ex.select(pid);
          return ex.cameraAtRest();
        }, id);
        expect(restAfterSelect, `${id}: a flight is under way right after select()`).toBe(false);
        const panel = await settled(t.page, `pavilion-panel:${id}`);
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
      const panel = (await settled(t.page, `panel:${id}`))!;
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
