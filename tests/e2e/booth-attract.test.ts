/**
 * The attract loop of an unattended booth: after `?idle=N` seconds without input the exhibit loops the tour under
 * a "Click or touch to start" overlay in both languages; a click or a key press ends it (the click selects nothing
 * beneath), and the loop waits while the About dialog is open. Real waits: the mouse stays still throughout.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import tourData from '../../src/content/data/tour.json';
import { browserPerFile } from './browser';
import { type ExhibitPage, type ExhibitState, exhibitState, finish, hash, newExhibitPage, openExhibit, poll, screenPosition } from './helpers';

type BoothState = ExhibitState & {
  mode: 'explore' | 'tour' | 'attract';
  tour: { index: number; total: number; playing: boolean } | null;
};
const boothState = async (page: Page): Promise<BoothState> => (await exhibitState(page)) as BoothState;
const captions = (tourData.stops as { caption: { zh: string; en: string } }[]).map((s) => s.caption);

/** A laptop-sized window: the HUD columns leave the middle of the 3D view free for clicks. */
const viewport = { width: 1100, height: 640 };

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/** The attract overlay (the HUD's notice slot is a status region too). */
const overlay = (page: Page) => page.getByRole('status').filter({ hasText: 'Click or touch to start' });
const overlayText = async (page: Page) => (await overlay(page).innerText()).replace(/\s+/g, ' ').trim();

/** Waits (in real time, without any input) until the attract loop runs. `poll` allows 20 s; idle is 5 s. */
const waitForAttract = (page: Page) => poll(() => boothState(page)).toMatchObject({ mode: 'attract', tour: { total: 9 } });

describe('attract loop', () => {
  it('starts after ?idle=5 seconds without input and shows the prompt in both languages over the caption', async () => {
    t = await newExhibitPage(browser(), { viewport });
    const page = t.page;
    await openExhibit(page, '?idle=5');
    await waitForAttract(page);
    expect((await boothState(page)).tour!.playing).toBe(true);
    await overlay(page).waitFor({ state: 'visible' });
    const text = await overlayText(page);
    expect(text).toContain('点击或触摸屏幕开始');
    expect(text).toContain('Click or touch to start');
    expect(captions.some((c) => text.includes(c.en)), `an English caption in "${text}"`).toBe(true);
    expect(await overlay(page).locator('[lang="zh"]').innerText()).toBe('点击或触摸屏幕开始');
    expect(await overlay(page).locator('[lang="en"]').innerText()).toBe('Click or touch to start');
    // The guided tour's own bar is not shown in the attract loop.
    expect(await page.getByRole('region', { name: 'Guided tour', exact: true }).count()).toBe(0);
  });

  it('a click ends it and returns to the overview without selecting the pavilion under the pointer', async () => {
    t = await newExhibitPage(browser(), { viewport });
    const page = t.page;
    // The first picture shows the overview at once (no flight), and so does the loop's first stop.
    await openExhibit(page, '?idle=5');
    const p = (await screenPosition(page, 'goertek'))!;
    expect(p).not.toBeNull();
    // Rest the pointer over GoerTek (this movement restarts the idle clock, and would end a loop that a slow
    // machine already started), then leave it there until the attract loop runs.
    await page.mouse.move(p.x, p.y);
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', view: 'overview' });
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.tagName, p), 'GoerTek is not under a HUD card').toBe('CANVAS');
    await waitForAttract(page);
    // The first stop is the overview (nine seconds at normal speed), so GoerTek is still under the pointer.
    expect(await boothState(page)).toMatchObject({ mode: 'attract', view: 'overview', tour: { index: 0 } });
    const q = (await screenPosition(page, 'goertek'))!;
    expect(Math.hypot(q.x - p.x, q.y - p.y)).toBeLessThan(2);
    // Press and release where the pointer already is: no pointer movement before the click.
    await page.mouse.down();
    await page.mouse.up();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null, view: 'overview' });
    await overlay(page).waitFor({ state: 'detached' });
    // A click that got through would have selected by now (pointer events are handled in the DOM event, selection
    // is synchronous); two more animation frames let anything scheduled from it run.
    await page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
    expect(await boothState(page)).toMatchObject({ mode: 'explore', view: 'overview', selected: null });
    expect(await hash(page)).toBe('');
    // The same click while exploring does select GoerTek: the pointer was on it.
    await page.mouse.down();
    await page.mouse.up();
    await poll(() => boothState(page)).toMatchObject({ view: 'pavilion', selected: 'goertek' });
  });

  it('loops past the last stop and a key press ends it, back at the overview (Chinese booth)', async () => {
    t = await newExhibitPage(browser(), { viewport });
    const page = t.page;
    // ?timescale=20 runs a whole loop in about four seconds.
    await openExhibit(page, '?idle=5&lang=zh&timescale=20');
    await page.evaluate(() => {
      const w = window as unknown as { exhibit: { state(): BoothState }; __attractLog: number[] };
      w.__attractLog = [];
      setInterval(() => {
        const s = w.exhibit.state();
        if (s.mode === 'attract' && s.tour && w.__attractLog.at(-1) !== s.tour.index) w.__attractLog.push(s.tour.index);
      }, 20);
    });
    await waitForAttract(page);
    await overlay(page).waitFor({ state: 'visible' });
    const text = await overlayText(page);
    expect(text).toContain('点击或触摸屏幕开始');
    expect(text).toContain('Click or touch to start');
    expect(captions.some((c) => text.includes(c.zh)), `a Chinese caption in "${text}"`).toBe(true);
    // After the last stop the loop starts over instead of ending.
    const attractLog = () => page.evaluate(() => (window as unknown as { __attractLog: number[] }).__attractLog);
    await poll(async () => {
      const log = await attractLog();
      return log.some((index, k) => index === 8 && log[k + 1] === 0);
    }).toBe(true);
    // Wait for a stop away from the overview, so returning to it is visible.
    await poll(async () => (await boothState(page)).view).not.toBe('overview');
    expect((await boothState(page)).mode).toBe('attract');
    await page.keyboard.press('KeyA');
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null, view: 'overview', selected: null, panel: null });
    await overlay(page).waitFor({ state: 'detached' });
    expect(await hash(page)).toBe('');
  });

  it('does not start while the About dialog is open', async () => {
    t = await newExhibitPage(browser(), { viewport });
    const page = t.page;
    await openExhibit(page, '?idle=5');
    // A slow machine may already be in the loop (five seconds since the app started): a pointer movement wakes it.
    await page.mouse.move(20, 20);
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore' });
    await page.getByRole('button', { name: 'About', exact: true }).click();
    await page.getByRole('dialog').waitFor({ state: 'visible' });
    // Twice the idle time without input, dialog open: still exploring.
    await page.waitForTimeout(10_000);
    expect(await boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    expect(await page.getByRole('dialog').isVisible()).toBe(true);
    // Closed without any input (as a booth script would), the idle clock runs out and the loop starts.
    await page.evaluate(() => document.querySelector('dialog')!.close());
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await waitForAttract(page);
  });

  it('starts after the idle time even when a visitor left the guided tour paused', async () => {
    t = await newExhibitPage(browser(), { viewport });
    const page = t.page;
    await openExhibit(page, '?idle=5&timescale=0.1');
    await page.mouse.move(20, 20);
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore' });
    await page.getByRole('button', { name: 'Guided tour', exact: true }).click();
    await page.getByRole('region', { name: 'Guided tour', exact: true }).getByRole('button', { name: 'Pause', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { playing: false } });
    await waitForAttract(page);
  });
});
