/**
 * Desktop legibility at 1920×1080, as a booth TV shows the overview to visitors three metres away: every figure
 * numeral of the district panels at least 24 px tall, every other text (labels, years, sources, pavilion names)
 * at least 12 px, no two panels or labels on top of each other, measured with `exhibit.screenTexts()`. And a
 * pavilion's sign beside its building does not repeat the sentences of the details card next to it.
 */
import { describe, expect, it } from 'vitest';
import type { ScreenBox, ScreenText } from '../../src/state/automation';
import { browserPerFile } from './browser';
import { detailsText, exhibitState, finish, newExhibitPage, openExhibit, poll, saveScreenshot, waitForIdle } from './helpers';

const browser = browserPerFile();
const read = (page: import('playwright-core').Page) =>
  page.evaluate(() => (window as unknown as { exhibit: { screenTexts(): { texts: ScreenText[]; boxes: ScreenBox[] } | null } }).exhibit.screenTexts()!);
const overlap = (a: ScreenBox, b: ScreenBox) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('desktop overview at 1920×1080', () => {
  it('draws district panel numerals ≥ 24 px and every other text ≥ 12 px, with nothing overlapping', async () => {
    const t = await newExhibitPage(browser(), { viewport: { width: 1920, height: 1080 } });
    try {
      await openExhibit(t.page, '?lang=en', { settle: true });
      const { texts, boxes } = await read(t.page);
      const panelTexts = texts.filter((x) => x.panel.startsWith('panel:'));
      expect(new Set(panelTexts.map((x) => x.panel)).size, 'district panels in view').toBe(4);
      const numerals = panelTexts.filter((x) => x.role === 'numeral');
      expect(numerals.length).toBeGreaterThan(4);
      const smallest = (list: ScreenText[]) => list.reduce((m, x) => (x.px < m.px ? x : m));
      console.info(`[legibility] smallest numeral ${JSON.stringify(smallest(numerals))}, smallest other text ${JSON.stringify(smallest(texts.filter((x) => x.role !== 'numeral')))}`);
      for (const n of numerals) expect(n.px, `${n.panel} "${n.text}"`).toBeGreaterThanOrEqual(24);
      for (const x of texts.filter((y) => y.role !== 'numeral')) expect(x.px, `${x.panel} "${x.text}"`).toBeGreaterThanOrEqual(12);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.name} overlaps ${boxes[j]!.name}`).toBe(false);
      await saveScreenshot(t.page, 'legibility-overview-1080p');
    } finally {
      await finish(t);
    }
  });

  it("shows a pavilion's name and category beside it, and its sentences only in the details card", async () => {
    const t = await newExhibitPage(browser(), { viewport: { width: 1920, height: 1080 } });
    try {
      await openExhibit(t.page, '?lang=en#/pavilion/goertek');
      await poll(() => exhibitState(t.page)).toMatchObject({ selected: 'goertek' });
      await waitForIdle(t.page);
      const sign = (await read(t.page)).texts.filter((x) => x.panel === 'pavilion-panel:goertek').map((x) => x.text);
      expect(sign).toContain('GoerTek');
      const details = await detailsText(t.page);
      expect(details).toContain('electroacoustic');
      for (const line of sign.filter((s) => s.length > 30)) expect(details).not.toContain(line);
      expect(sign.some((s) => /electroacoustic|no figures/.test(s))).toBe(false);
    } finally {
      await finish(t);
    }
  });
});
