/**
 * Kiosk mode (`?kiosk`) and the booth URL parameters' fallbacks: bad values give the default, one console
 * warning each, and never a crash or a console error (`finish` fails the test on any console.error).
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, type ExhibitState, exhibitState, finish, newExhibitPage, openExhibit, poll } from './helpers';

type BoothState = ExhibitState & {
  mode: 'explore' | 'tour' | 'attract';
  tour: { index: number; total: number; playing: boolean } | null;
  ready: boolean;
};
const boothState = async (page: Page): Promise<BoothState> => (await exhibitState(page)) as BoothState;

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/** A fresh page that also collects console warnings (from before the first page script runs). */
async function openWithWarnings(route: string, options: Parameters<typeof newExhibitPage>[1] = {}): Promise<{ page: Page; warnings: string[] }> {
  t = await newExhibitPage(browser(), options);
  const warnings: string[] = [];
  t.page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  // Count fullscreen requests instead of making them (headless Chromium may refuse or grant them): refuse, as an
  // embedded browser would, so the exhibit's refusal path runs too.
  await t.page.addInitScript(() => {
    const w = window as unknown as { __fullscreenRequests: number };
    w.__fullscreenRequests = 0;
    Element.prototype.requestFullscreen = function () {
      w.__fullscreenRequests++;
      return Promise.reject(new TypeError('fullscreen refused (test)'));
    };
  });
  await openExhibit(t.page, route);
  return { page: t.page, warnings };
}

/** Dispatches a cancelable event of `type` at the element matching `selector`; returns whether it was default-prevented. */
const prevented = (page: Page, selector: string, type: 'contextmenu' | 'selectstart') =>
  page.evaluate(
    ({ selector, type }) => {
      const e = type === 'contextmenu' ? new MouseEvent(type, { bubbles: true, cancelable: true, button: 2 }) : new Event(type, { bubbles: true, cancelable: true });
      document.querySelector(selector)!.dispatchEvent(e);
      return e.defaultPrevented;
    },
    { selector, type },
  );

const kioskClass = (page: Page) => page.evaluate(() => document.documentElement.classList.contains('kiosk'));
const fullscreenRequests = (page: Page) => page.evaluate(() => (window as unknown as { __fullscreenRequests: number }).__fullscreenRequests);

/** How many warnings match each pattern. */
const countMatches = (warnings: string[], patterns: RegExp[]) => patterns.map((p) => warnings.filter((w) => p.test(w)).length);

describe('kiosk mode', () => {
  it('?kiosk hides About, blocks the context menu and text selection, and asks for fullscreen on the first press only', async () => {
    const { page, warnings } = await openWithWarnings('?kiosk');
    expect(await kioskClass(page)).toBe(true);
    expect(await page.getByRole('button', { name: 'About', exact: true }).isHidden()).toBe(true);
    // The rest of the HUD stays.
    expect(await page.getByRole('button', { name: 'Guided tour', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Pavilions' }).isVisible()).toBe(true);

    expect(await prevented(page, 'canvas', 'contextmenu')).toBe(true);
    expect(await prevented(page, '.hud h1', 'contextmenu')).toBe(true);
    expect(await prevented(page, '.hud nav button', 'contextmenu')).toBe(true);
    expect(await prevented(page, '.hud h1', 'selectstart')).toBe(true);
    // A real right-click on the title: its contextmenu event reaches the window already default-prevented.
    await page.evaluate(() => {
      const w = window as unknown as { __menus: boolean[] };
      w.__menus = [];
      window.addEventListener('contextmenu', (e) => w.__menus.push(e.defaultPrevented));
    });
    await page.locator('.hud h1').click({ button: 'right' });
    await poll(() => page.evaluate(() => (window as unknown as { __menus: boolean[] }).__menus)).toEqual([true]);

    // That first press asked for fullscreen (refused here, and the exhibit carries on); later presses do not ask again.
    expect(await fullscreenRequests(page)).toBe(1);
    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ selected: 'goertek', view: 'pavilion' });
    expect(await fullscreenRequests(page)).toBe(1);
    expect(warnings.filter((w) => w.includes('?kiosk')), 'warnings about ?kiosk').toEqual([]);
  });

  it('?kiosk=0 leaves kiosk mode off, without a warning', async () => {
    const { page, warnings } = await openWithWarnings('?kiosk=0');
    expect(await kioskClass(page)).toBe(false);
    expect(await page.getByRole('button', { name: 'About', exact: true }).isVisible()).toBe(true);
    // (The 3D view keeps its own right-drag, so only the HUD shows the difference.)
    expect(await prevented(page, '.hud h1', 'contextmenu')).toBe(false);
    expect(await prevented(page, '.hud nav button', 'contextmenu')).toBe(false);
    expect(await prevented(page, '.hud h1', 'selectstart')).toBe(false);
    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Pico', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ selected: 'pico' });
    expect(await fullscreenRequests(page)).toBe(0);
    expect(warnings.filter((w) => w.includes('?kiosk')), 'warnings about ?kiosk').toEqual([]);
  });
});

describe('booth parameters with bad values', () => {
  it('?kiosk=maybe&tour=sometimes&idle=soon&timescale=-3&lang=fr: defaults, one warning each, a working exhibit', async () => {
    const { page, warnings } = await openWithWarnings('?kiosk=maybe&tour=sometimes&idle=soon&timescale=-3&lang=fr');
    await poll(() => boothState(page)).toMatchObject({ ready: true });
    const patterns = [/\?kiosk=maybe/, /\?tour=sometimes/, /\?idle=soon/, /\?timescale=-3/, /\?lang=/];
    expect(countMatches(warnings, patterns), `one warning per bad parameter, in: ${JSON.stringify(warnings)}`).toEqual([1, 1, 1, 1, 1]);
    // Kiosk off, no tour started, the browser's language.
    expect(await kioskClass(page)).toBe(false);
    expect(await page.getByRole('button', { name: 'About', exact: true }).isVisible()).toBe(true);
    expect(await boothState(page)).toMatchObject({ mode: 'explore', tour: null, lang: 'en', view: 'overview', xr: false });
    // The exhibit works: the HUD selects, the tour starts and ends.
    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Dapeng VR', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ selected: 'dapeng-vr', view: 'pavilion' });
    await page.getByRole('button', { name: 'Guided tour', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, playing: true } });
    await page.getByRole('button', { name: 'Exit tour', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    expect(countMatches(warnings, patterns), 'no repeated warnings later').toEqual([1, 1, 1, 1, 1]);
  });

  it('?idle=1 (under 5 s), ?timescale=5000 (over 1000) and ?lang=fr on a Chinese browser: the defaults 90 s, ×1 and Chinese', async () => {
    const { page, warnings } = await openWithWarnings('?idle=1&timescale=5000&lang=fr', { locale: 'zh-CN' });
    await poll(() => boothState(page)).toMatchObject({ ready: true });
    const patterns = [/\?idle=1\b/, /\?timescale=5000/, /\?lang=/];
    expect(countMatches(warnings, patterns), `one warning per bad parameter, in: ${JSON.stringify(warnings)}`).toEqual([1, 1, 1]);
    expect(await boothState(page)).toMatchObject({ lang: 'zh', mode: 'explore' });
    // Time scale ×1, not ×5000 (which would pass all nine stops in one 250 ms tick): the tour is still on its first stop.
    await page.getByRole('button', { name: '导览', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, playing: true } });
    await page.waitForTimeout(1500);
    expect(await boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, playing: true } });
    await page.getByRole('button', { name: '退出导览', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    // Idle 90 s, not 1 s (nor the 5 s minimum): seven seconds without input leave the booth exploring.
    await page.waitForTimeout(7000);
    expect(await boothState(page)).toMatchObject({ mode: 'explore', tour: null });
  });
});
