/**
 * Every glyph of every VR text is drawn (issue 15: the Timeline panel on the Pico 4-like headset once lost 提, 打造,
 * 之都… while the same panel drew on the Quest 3). On both emulated headsets, in Chinese and English, one page after
 * another in one browser: at the table (district panels, miniature labels, plaque), with a pavilion's panel in the arc
 * and in the park, each text has as many glyphs laid out as it has visible characters (a ligature such as "fi" counts
 * as the one glyph it is), and the glyph atlas held every one of them at the moment the text was shown
 * (`exhibit.sceneTexts()`, which reads the atlas back). Chinese texts keep the line-breaking rules: no line begins
 * with "。" or another closing mark.
 */
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import type { SceneTextEntry } from '../../src/state/automation';
import { browserPerFile } from './browser';
import { type ExhibitPage, exhibitState, finish, newExhibitPage, openExhibit, poll, WAIT_MS } from './helpers';
import { enterVR, installHeadset, xrFrames, type Headset } from './xr-helpers';

const browser = browserPerFile();
type Page = ExhibitPage['page'];
type W = { exhibit: { sceneTexts(): SceneTextEntry[] | null; select(id: string): void }; __xrDevice: { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } } };

const font = fontkit.create(readFileSync(new URL('../../src/generated/fonts/exhibit-sc-400.ttf', import.meta.url))) as fontkit.Font;
const visibleChars = (text: string) => [...text].filter((c) => !/\s/.test(c)).length;
/** Characters the font's ligatures merge into fewer glyphs ("fi" → one glyph), per the font's own shaping. */
const merged = (text: string) => font.layout(text).glyphs.reduce((n, g) => n + Math.max(0, g.codePoints.length - 1), 0);

const texts = (page: Page) => page.evaluate(() => (window as unknown as W).exhibit.sceneTexts() ?? []);
const describeText = (e: SceneTextEntry) => `${e.name} "${e.text}": ${e.chars} chars, ${e.glyphs} glyphs, ${e.blank} blank now, ${e.blankWhenShown} blank when shown`;

/** Waits until the named objects' texts are laid out and shown, then checks every text in the scene. */
async function expectAllGlyphs(page: Page, owners: RegExp, label: string): Promise<number> {
  await poll(async () => {
    const mine = (await texts(page)).filter((e) => owners.test(e.name));
    return mine.length > 0 && mine.every((e) => e.visible && e.glyphs !== null);
  }).toBe(true);
  await xrFrames(page, 2);
  const all = await texts(page);
  for (const e of all.filter((x) => x.glyphs !== null)) expect(e.glyphs, `${label}: ${describeText(e)}`).toBe(visibleChars(e.text) - merged(e.text));
  // Chinese line-breaking rules: no line begins with a stop or a closing mark, none ends with an opening one.
  for (const e of all.filter((x) => x.lines && /[\u4e00-\u9fff]/.test(x.text))) {
    const lines = e.lines!;
    expect(lines.join(''), `${label}: ${e.name}`).toBe(e.text.replace(/\s/g, ''));
    lines.forEach((l, n) => {
      if (n > 0) expect(l, `${label}: ${e.name} line ${n + 1} of ${JSON.stringify(lines)}`).not.toMatch(/^[，。、：；！？）》」』】”’]/);
      if (n < lines.length - 1) expect(l, `${label}: ${e.name} line ${n + 1} of ${JSON.stringify(lines)}`).not.toMatch(/[（《「『【“‘]$/);
    });
  }
  const shown = all.filter((e) => e.visible);
  for (const e of shown) {
    expect(e.blank, `${label}: ${describeText(e)}`).toBe(0);
    expect(e.blankWhenShown, `${label}: ${describeText(e)}`).toBe(0);
  }
  return shown.length;
}

const cases: { headset: Headset; lang: 'zh' | 'en' }[] = [
  { headset: 'pico4', lang: 'zh' },
  { headset: 'quest3', lang: 'zh' },
  { headset: 'pico4', lang: 'en' },
  { headset: 'quest3', lang: 'en' },
];

describe.each(cases)('VR text on $headset in $lang', ({ headset, lang }) => {
  it('draws every glyph of every text, at the table and in the park', { timeout: WAIT_MS * 18 }, async () => {
    const t = await newExhibitPage(browser());
    const page = t.page;
    try {
      await installHeadset(page, headset);
      await openExhibit(page, `?lang=${lang}`);
      // The text module arrives after the first picture; from this first call on, texts are checked as they are shown.
      await poll(() => page.evaluate(() => (window as unknown as W).exhibit.sceneTexts() !== null)).toBe(true);
      // The page's own texts laid out first: typesetting a language's glyphs keeps a loaded machine busy for a while.
      await expect.poll(() => page.evaluate(() => (window as unknown as W).exhibit.sceneTexts()!.every((e) => e.glyphs !== null)), { timeout: 60_000, interval: 500 }).toBe(true);
      await page.evaluate(() => (window as unknown as W).__xrDevice.position.set(0, 1.7, 0));
      await enterVR(page);
      const atTable = await expectAllGlyphs(page, /^(vr-table-panel:|mini-label:|table-plaque)/, `${headset} ${lang}, table`);
      console.info(`[vr-glyphs] ${headset} ${lang}: ${atTable} texts shown at the table`);

      // A pavilion's panel takes a place in the arc, with its buttons.
      await page.evaluate(() => (window as unknown as W).exhibit.select('goertek'));
      await expectAllGlyphs(page, /^vr-panel:goertek/, `${headset} ${lang}, pavilion panel at the table`);

      // Into the park without a controller click (a quick press is unreliable on a loaded machine): the tour's third
      // stop takes the visitor in front of a pavilion; stopping the tour there leaves its panel beside them.
      await page.evaluate(() => (window as unknown as { exhibit: { startTour(): void } }).exhibit.startTour());
      await expect.poll(() => exhibitState(page), { timeout: 120_000, interval: 250 }).toMatchObject({ xrPlace: 'park' });
      await page.evaluate(() => (window as unknown as { exhibit: { stopTour(): void } }).exhibit.stopTour());
      await page.evaluate(() => (window as unknown as W).__xrDevice.position.set(0, 1.7, 0));
      const { selected } = await exhibitState(page);
      expect(selected).toBeTruthy();
      const inPark = await expectAllGlyphs(page, new RegExp(`^vr-panel:${selected}`), `${headset} ${lang}, park`);
      console.info(`[vr-glyphs] ${headset} ${lang}: ${inPark} texts shown in the park`);
    } finally {
      await finish(t);
    }
  });
});
