/** `window.exhibit`, the automation API booth integrations drive: what it returns, and that bad calls throw and change nothing. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, type ExhibitWindow, exhibitState, expectSelection, finish, newExhibitPage, openExhibit, poll } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

type Call = 'select' | 'focusPanel' | 'setLang';

/** Calls `window.exhibit[method](arg)` in the page; returns the thrown error's message, or null if it returned. */
const callError = (page: Page, method: Call, arg: unknown): Promise<string | null> =>
  page.evaluate(
    ({ method, arg }) => {
      try {
        // Deliberately untyped input: the API must reject what its types would not allow.
        (window as ExhibitWindow).exhibit![method](arg as never);
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
    },
    { method, arg },
  );

describe('window.exhibit', () => {
  it('select, focusPanel and overview change the view, and the link follows', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page);
    expect(await callError(page, 'select', 'goertek')).toBeNull();
    await expectSelection(page, { view: 'pavilion', selected: 'goertek', panel: null }, '#/pavilion/goertek');
    expect(await callError(page, 'focusPanel', 'district-economy')).toBeNull();
    await expectSelection(page, { view: 'panel', selected: null, panel: 'district-economy' }, '#/panel/district-economy');
    await page.evaluate(() => (window as ExhibitWindow).exhibit!.overview());
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
  });

  it("select('nope') and focusPanel('nope') throw and leave the current selection as it was", async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/goertek');
    await expectSelection(page, { selected: 'goertek' }, '#/pavilion/goertek');
    const before = await exhibitState(page);
    for (const bad of ['nope', '', 'GoerTek ', null, 42]) {
      expect(await callError(page, 'select', bad), `select(${JSON.stringify(bad)})`).toMatch(/unknown pavilion/i);
    }
    expect(await callError(page, 'focusPanel', 'nope')).toMatch(/unknown panel/i);
    expect(await exhibitState(page)).toEqual(before);
    expect(await page.evaluate(() => location.hash)).toBe('#/pavilion/goertek');
  });

  it("setLang('fr') throws and keeps the language; setLang('zh') switches the exhibit to Chinese", async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page);
    for (const bad of ['fr', 'ZH', 'zh-CN', '', null]) {
      expect(await callError(page, 'setLang', bad), `setLang(${JSON.stringify(bad)})`).toMatch(/unknown language/i);
    }
    expect(await exhibitState(page)).toMatchObject({ lang: 'en' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    expect(await callError(page, 'setLang', 'zh')).toBeNull();
    await poll(() => exhibitState(page)).toMatchObject({ lang: 'zh' });
    await poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.getByRole('navigation', { name: '展馆' }).count()).toBe(1);
    expect(await page.evaluate(() => (window as ExhibitWindow).exhibit!.pavilions().map((p) => p.name))).toEqual(['抖音Pico', 'Pico', '大朋VR', '歌尔']);
    expect(await page.evaluate(() => (window as ExhibitWindow).exhibit!.panels().find((p) => p.id === 'vr-industry')?.title)).toBe('虚拟现实产业');
  });

  it('screenPosition gives viewport coordinates for known pavilions and null for unknown ones', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page);
    const position = (id: string) => page.evaluate((pid) => (window as ExhibitWindow).exhibit!.screenPosition(pid), id);
    await poll(() => position('goertek')).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(await position('nope')).toBeNull();
  });
});
