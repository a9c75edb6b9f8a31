/**
 * The guided tour at the booth: all nine stops in order (sped up with `?timescale`), the tour bar's controls,
 * Chinese captions, `?tour=autostart`, a visitor's own choice pausing the tour, `window.exhibit.startTour()` /
 * `stopTour()`, and spoken captions only with a local voice.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import tourData from '../../src/content/data/tour.json';
import { browserPerFile } from './browser';
import { type ExhibitPage, type ExhibitState, exhibitState, finish, hash, newExhibitPage, openExhibit, poll } from './helpers';

/** The booth fields of `window.exhibit.state()` on top of what helpers.ts types. */
type BoothState = ExhibitState & {
  mode: 'explore' | 'tour' | 'attract';
  tour: { index: number; total: number; playing: boolean } | null;
};
type BoothWindow = Window & { exhibit: { state(): BoothState; startTour(): void; stopTour(): void } };

interface Stop {
  id: string;
  target: { kind: string; id?: string };
  caption: { zh: string; en: string };
}
const stops = tourData.stops as Stop[];

/** What the exhibit shows at a stop: the state fields and the link. */
function expectedAt(stop: Stop): { view: string; selected: string | null; panel: string | null; hash: string } {
  const { kind, id } = stop.target;
  if (kind === 'pavilion') return { view: 'pavilion', selected: id!, panel: null, hash: `#/pavilion/${id}` };
  if (kind === 'panel') return { view: 'panel', selected: null, panel: id!, hash: `#/panel/${id}` };
  return { view: 'overview', selected: null, panel: null, hash: '' };
}

const boothState = async (page: Page): Promise<BoothState> => (await exhibitState(page)) as BoothState;

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/**
 * A laptop-sized window. Below 1000 px wide the tour bar moves down and the Details card covers its buttons
 * (reported app bug; see the skipped test at the end).
 */
const viewport = { width: 1100, height: 640 };

async function open(route: string, options: Parameters<typeof newExhibitPage>[1] = {}): Promise<Page> {
  t = await newExhibitPage(browser(), { viewport, ...options });
  await openExhibit(t.page, route);
  return t.page;
}

const tourRegion = (page: Page, name = 'Guided tour') => page.getByRole('region', { name, exact: true });
const tourButton = (page: Page, name = 'Guided tour') => page.getByRole('button', { name, exact: true });
const progressText = async (page: Page, name?: string) => (await tourRegion(page, name).locator('.progress').innerText()).replace(/\s+/g, ' ').trim();
const captionText = async (page: Page, name?: string) => (await tourRegion(page, name).locator('.caption').innerText()).trim();

/**
 * Starts the tour with the HUD button and checks that it shows every stop in order (selection, link, caption and
 * progress all matching) and then ends by itself, back to exploring.
 */
async function expectWholeTour(page: Page): Promise<void> {
  expect(stops).toHaveLength(9);
  // Record every distinct (state, link, tour bar) combination the page goes through: sampled every 10 ms (the
  // tour clock ticks every 250 ms) and on every change of the tour bar (so no caption React shows is missed).
  await page.evaluate(() => {
    const w = window as unknown as BoothWindow & { __tourLog: string[] };
    w.__tourLog = [];
    let last = '';
    const sample = () => {
      const s = w.exhibit.state();
      const bar = document.querySelector('section[aria-label="Guided tour"]');
      const entry = JSON.stringify({
        mode: s.mode,
        index: s.tour?.index ?? null,
        view: s.view,
        selected: s.selected,
        panel: s.panel,
        hash: location.hash,
        caption: bar?.querySelector('.caption')?.textContent ?? null,
        progress: bar?.querySelector('.progress')?.textContent?.replace(/\s+/g, ' ') ?? null,
      });
      if (entry !== last) w.__tourLog.push(entry);
      last = entry;
    };
    setInterval(sample, 10);
    new MutationObserver(sample).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await tourButton(page).click();
  await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
  // The recorder has taken its last samples once it logged the end of the tour.
  await page.waitForFunction(() => {
    const log = (window as unknown as { __tourLog: string[] }).__tourLog;
    return log.length > 0 && (JSON.parse(log[log.length - 1]!) as { mode: string }).mode === 'explore';
  });
  const log = (await page.evaluate(() => (window as unknown as { __tourLog: string[] }).__tourLog)).map((e) => JSON.parse(e) as LogEntry);
  const touring = log.filter((e) => e.mode === 'tour' && e.index !== null);
  // The stops the tour went through, in order...
  const shown = touring.map((e) => e.index!).filter((i, k, all) => k === 0 || all[k - 1] !== i);
  // ...and for each, whether the selection and link, and the tour bar's caption and progress, showed it.
  const problems: string[] = [];
  stops.forEach((stop, i) => {
    const want = expectedAt(stop);
    const at = touring.filter((e) => e.index === i);
    if (!at.some((e) => e.view === want.view && e.selected === want.selected && e.panel === want.panel && e.hash === want.hash))
      problems.push(`stop ${i + 1} (${stop.id}): selection/link never ${JSON.stringify(want)}`);
    if (!at.some((e) => e.caption === stop.caption.en && e.progress === `${i + 1} / 9`)) problems.push(`stop ${i + 1} (${stop.id}): caption/progress never shown`);
  });
  expect(shown, `stops in order (${log.length} samples)`).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  expect(problems).toEqual([]);
  // The tour ended by itself after the last stop: exploring again, no tour bar, the Guided tour button back.
  expect(log.at(-1)).toMatchObject({ mode: 'explore', index: null, caption: null });
  expect(await tourRegion(page).count()).toBe(0);
  expect(await tourButton(page).isVisible()).toBe(true);
}

interface LogEntry {
  mode: string;
  index: number | null;
  view: string;
  selected: string | null;
  panel: string | null;
  hash: string;
  caption: string | null;
  progress: string | null;
}

describe('guided tour', () => {
  it('plays all nine stops in order at ?timescale=20, each with its view, link, caption and progress, then returns to exploring', async () => {
    const page = await open('?timescale=20');
    await expectWholeTour(page);
  });

  it('plays all nine stops in order at ?timescale=50', async () => {
    const page = await open('?timescale=50');
    await expectWholeTour(page);
  });

  it('Previous, Pause/Play, Next and Exit tour step, pause and end the tour, with the progress text', async () => {
    const page = await open('?timescale=0.1');
    await tourButton(page).click();
    const region = tourRegion(page);
    await region.waitFor({ state: 'visible' });
    expect(await boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, total: 9, playing: true }, view: 'overview' });
    expect(await progressText(page)).toBe('1 / 9');
    expect(await captionText(page)).toBe(stops[0]!.caption.en);
    // The HUD's own Guided tour button gives way to the tour bar.
    expect(await tourButton(page).count()).toBe(0);

    // ?timescale=0.1 makes the first stop last 90 s, and pausing first keeps the steps below off the tour clock
    // even on a loaded machine.
    await region.getByRole('button', { name: 'Pause', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ tour: { index: 0, playing: false } });
    expect(await region.getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);

    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await poll(() => progressText(page)).toBe('2 / 9');
    expect(await boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 1, playing: false }, view: 'panel', panel: 'vr-industry' });
    expect(await captionText(page)).toBe(stops[1]!.caption.en);
    expect(await hash(page)).toBe('#/panel/vr-industry');

    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await poll(() => progressText(page)).toBe('3 / 9');
    expect(await boothState(page)).toMatchObject({ tour: { index: 2, playing: false }, view: 'pavilion', selected: 'douyin-pico' });
    expect(await hash(page)).toBe('#/pavilion/douyin-pico');
    expect(await captionText(page)).toBe(stops[2]!.caption.en);

    await region.getByRole('button', { name: 'Previous', exact: true }).click();
    await poll(() => progressText(page)).toBe('2 / 9');
    expect(await boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 1, playing: false }, view: 'panel', panel: 'vr-industry' });
    expect(await hash(page)).toBe('#/panel/vr-industry');

    await region.getByRole('button', { name: 'Play', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 1, playing: true } });
    expect(await region.getByRole('button', { name: 'Pause', exact: true }).isVisible()).toBe(true);

    await region.getByRole('button', { name: 'Exit tour', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    expect(await tourRegion(page).count()).toBe(0);
    expect(await tourButton(page).isVisible()).toBe(true);
  });

  it('Previous on the first stop stays there', async () => {
    const page = await open('?timescale=0.1');
    await tourButton(page).click();
    const region = tourRegion(page);
    await region.getByRole('button', { name: 'Pause', exact: true }).click();
    await region.getByRole('button', { name: 'Previous', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, playing: false }, view: 'overview' });
    expect(await progressText(page)).toBe('1 / 9');
  });

  it('runs in Chinese with ?lang=zh: 导览 bar, Chinese captions and buttons', async () => {
    const page = await open('?lang=zh&timescale=0.1');
    await tourButton(page, '导览').click();
    const region = tourRegion(page, '导览');
    await region.waitFor({ state: 'visible' });
    expect(await captionText(page, '导览')).toBe(stops[0]!.caption.zh);
    for (const name of ['上一站', '暂停', '下一站', '退出导览']) expect(await region.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    await region.getByRole('button', { name: '暂停', exact: true }).click();
    await poll(() => region.getByRole('button', { name: '播放', exact: true }).count()).toBe(1);
    await region.getByRole('button', { name: '下一站', exact: true }).click();
    await poll(() => captionText(page, '导览')).toBe(stops[1]!.caption.zh);
    expect(await progressText(page, '导览')).toBe('2 / 9');
    expect(await boothState(page)).toMatchObject({ lang: 'zh', mode: 'tour', tour: { index: 1 }, panel: 'vr-industry' });
    await region.getByRole('button', { name: '退出导览', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    expect(await tourButton(page, '导览').isVisible()).toBe(true);
  });

  it('starts by itself with ?tour=autostart', async () => {
    const page = await open('?tour=autostart&timescale=0.1');
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, total: 9, playing: true }, view: 'overview' });
    await tourRegion(page).waitFor({ state: 'visible' });
    expect(await captionText(page)).toBe(stops[0]!.caption.en);
    expect(await progressText(page)).toBe('1 / 9');
  });

  it("a visitor's own choice during the tour pauses it at that choice", async () => {
    // At ?timescale=2 no stop lasts over 5 s: a tour that kept playing would move on during the wait below.
    const page = await open('?timescale=2');
    await tourButton(page).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { playing: true } });
    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', selected: 'goertek', tour: { playing: false } });
    const index = (await boothState(page)).tour!.index;
    expect(index, 'the choice came before the tour reached GoerTek itself').toBeLessThan(5);
    expect(await tourRegion(page).getByRole('button', { name: 'Play', exact: true }).isVisible()).toBe(true);
    // 5.5 s at ×2 is 11 s of tour time, more than any stop's dwell: a paused tour stays where it is.
    await page.waitForTimeout(5500);
    expect(await boothState(page)).toMatchObject({ mode: 'tour', selected: 'goertek', view: 'pavilion', tour: { index, playing: false } });
    expect(await hash(page)).toBe('#/pavilion/goertek');
  });

  it('window.exhibit.startTour() and stopTour() start and end the tour', async () => {
    const page = await open('?timescale=0.1');
    await page.evaluate(() => (window as unknown as BoothWindow).exhibit.startTour());
    await poll(() => boothState(page)).toMatchObject({ mode: 'tour', tour: { index: 0, total: 9, playing: true }, view: 'overview' });
    await tourRegion(page).waitFor({ state: 'visible' });
    await page.evaluate(() => (window as unknown as BoothWindow).exhibit.stopTour());
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore', tour: null });
    await tourRegion(page).waitFor({ state: 'detached' });
    expect(await tourButton(page).isVisible()).toBe(true);
  });

  it('speaks a caption only with a local voice, never a network one', async () => {
    t = await newExhibitPage(browser(), { viewport });
    // A speech engine with one network and one local English voice, recording what it is asked to say.
    await t.page.addInitScript(() => {
      const spoken: { text: string; voice: string | null }[] = [];
      const voices = [
        { name: 'Cloud English', lang: 'en-US', localService: false, voiceURI: 'cloud', default: true },
        { name: 'Local English', lang: 'en-GB', localService: true, voiceURI: 'local', default: false },
      ];
      class FakeUtterance {
        text: string;
        voice: { name: string } | null = null;
        lang = '';
        constructor(text: string) {
          this.text = text;
        }
      }
      const synth = {
        getVoices: () => voices,
        speak: (u: FakeUtterance) => spoken.push({ text: u.text, voice: u.voice?.name ?? null }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        speaking: false,
        pending: false,
        paused: false,
      };
      Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
      (window as unknown as { __spoken: typeof spoken }).__spoken = spoken;
    });
    const page = t.page;
    await openExhibit(page, '?timescale=0.1');
    await tourButton(page).click();
    const spoken = () => page.evaluate(() => (window as unknown as { __spoken: { text: string; voice: string | null }[] }).__spoken);
    await poll(spoken).toEqual([{ text: stops[0]!.caption.en, voice: 'Local English' }]);
    await tourRegion(page).getByRole('button', { name: 'Exit tour', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ mode: 'explore' });
  });

  it('keeps the tour buttons clickable in an 800 x 500 window', async () => {
    t = await newExhibitPage(browser(), { viewport: { width: 800, height: 500 } });
    const page = t.page;
    await openExhibit(page, '?timescale=0.1');
    await tourButton(page).click();
    const region = tourRegion(page);
    await region.getByRole('button', { name: 'Pause', exact: true }).click();
    await region.getByRole('button', { name: 'Next', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ panel: 'vr-industry' });
    const covered = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLButtonElement>('section[aria-label="Guided tour"] button')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== b;
        })
        .map((b) => b.textContent),
    );
    expect(covered, 'tour buttons covered by another element').toEqual([]);
  });
});
