/**
 * Sound (issue 18): every sound rendered through the real mixer in an OfflineAudioContext in Chromium and measured
 * (peak, DC, seamless loops, ambience loudness, interaction sounds above the ambience); the AudioContext's life on
 * the desktop (silent until the Sound toggle), in VR (runs after Enter VR, suspended while the headset is off and
 * after exit), on a `?kiosk` TV (silent), and the console's Mute. WAVs for listening and spectrograms:
 * test-results/e2e/sound/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AudioSnapshot } from '../../src/audio/sound';
import { browserPerFile } from './browser';
import { dcOffset, loudestWindowDb, peakDb, rmsDb, seamRatio, wav } from './audio-analysis';
import { type ExhibitPage, type ExhibitWindow, exhibitState, finish, newExhibitPage, openExhibit, poll, resultsDir } from './helpers';
import { openLivePage, pageDeviceId, startBooth, type Booth, type LivePage } from './live-pages';
import { enterVR, exitVR, installHeadset, setHeadsetVisible } from './xr-helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;
const outDir = join(resultsDir, 'sound');

afterEach(async () => {
  await finish(t);
  t = undefined;
});

const audio = (page: Page): Promise<AudioSnapshot> => page.evaluate(() => (window as ExhibitWindow).exhibit!.audio());

/** Renders a sound in the page and brings its channels over as Float32 bytes. */
async function render(page: Page, name: string, seconds?: number) {
  const r = await page.evaluate(
    async ({ name, seconds }) => {
      const out = await (window as ExhibitWindow).exhibit!.renderSound(name as never, seconds);
      const b64 = (c: Float32Array) => {
        const bytes = new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
        let s = '';
        for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(s);
      };
      return { sampleRate: out.sampleRate, seamAt: out.seamAt, channels: out.channels.map(b64) };
    },
    { name, seconds },
  );
  const channels = r.channels.map((s) => {
    const b = Buffer.from(s, 'base64');
    return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, `${name}.wav`), wav(channels, r.sampleRate));
  return { sampleRate: r.sampleRate, seamAt: r.seamAt, channels };
}

describe('sound', () => {
  it('renders every sound offline: peaks ≤ −3 dBFS, no DC, seamless loops, ambience in range and under the interaction sounds', async () => {
    t = await newExhibitPage(browser());
    await openExhibit(t.page);
    const names = (await audio(t.page)).sounds;
    const cues = ['hover', 'select', 'teleport', 'panelOpen', 'panelClose', 'tourStop', 'denied', 'enterVR', 'exitVR'];
    expect(names).toEqual(expect.arrayContaining([...cues, 'wind', 'sea', 'surf', 'hum', 'terrace', 'park', 'bird', 'duck']));
    const figures: Record<string, Record<string, number>> = {};
    // The ambience of each place (8 s at a fixed spot): stated range −42 … −28 dBFS RMS.
    const ambience: Record<string, number> = {};
    for (const place of ['terrace', 'park']) {
      const r = await render(t.page, place);
      ambience[place] = rmsDb(r.channels);
      figures[place] = { peak: peakDb(r.channels), dc: dcOffset(r.channels), rms: ambience[place] };
      expect.soft(ambience[place], `${place}: ambience RMS (dBFS)`).toBeGreaterThanOrEqual(-42);
      expect.soft(ambience[place], `${place}: ambience RMS (dBFS)`).toBeLessThanOrEqual(-28);
    }
    const loudestBed = Math.max(...Object.values(ambience));
    for (const name of cues) {
      const r = await render(t.page, name);
      const loud = loudestWindowDb(r.channels, r.sampleRate);
      figures[name] = { peak: peakDb(r.channels), dc: dcOffset(r.channels), loudest20ms: loud };
      expect.soft(loud, `${name}: louder than the ambience by ≥ 6 dB`).toBeGreaterThanOrEqual(loudestBed + 6);
      // It ends in silence (no cut-off tail).
      const tail = r.channels.map((c) => c.subarray(c.length - Math.round(0.02 * r.sampleRate)));
      expect.soft(peakDb(tail), `${name}: silent at its end`).toBeLessThan(-60);
    }
    for (const name of ['wind', 'sea', 'surf', 'hum']) {
      const r = await render(t.page, name, 4);
      const seam = seamRatio(r.channels, r.sampleRate, Math.round(r.seamAt! * r.sampleRate));
      figures[name] = { peak: peakDb(r.channels), dc: dcOffset(r.channels), rms: rmsDb(r.channels), seam };
      expect.soft(seam, `${name}: step at the loop point / typical step`).toBeLessThan(5);
    }
    for (const name of ['bird', 'duck']) {
      const r = await render(t.page, name);
      figures[name] = { peak: peakDb(r.channels), dc: dcOffset(r.channels), rms: rmsDb(r.channels) };
      if (name === 'duck') {
        // The ambience ducks under the caption chime (chime at 4 s): 0.5–1 s after it, the bed is quieter than before.
        const sr = r.sampleRate;
        const before = rmsDb(r.channels, 2 * sr, Math.round(3.9 * sr));
        const under = rmsDb(r.channels, Math.round(4.75 * sr), Math.round(5.05 * sr));
        figures[name]!.ducked = under - before;
        expect.soft(under - before, 'duck: bed level under the chime tail vs before (dB)').toBeLessThan(-4);
      }
    }
    writeFileSync(join(outDir, 'figures.json'), JSON.stringify(figures, null, 2));
    console.info(`[sound] ${JSON.stringify(figures)}`);
    for (const [name, f] of Object.entries(figures)) {
      expect.soft(f.peak!, `${name}: peak (dBFS)`).toBeLessThanOrEqual(-3);
      expect.soft(f.dc!, `${name}: DC offset`).toBeLessThan(0.001);
    }
  });

  it('desktop: silent by default; the Sound toggle starts and suspends the AudioContext', async () => {
    t = await newExhibitPage(browser());
    await openExhibit(t.page);
    expect((await exhibitState(t.page)).sound).toBe('off');
    expect((await audio(t.page)).context).toBe('none');
    const toggle = t.page.getByRole('button', { name: 'Sound' });
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await poll(() => audio(t!.page)).toMatchObject({ context: 'running', sound: 'on', loaded: true, place: 'park' });
    expect((await exhibitState(t.page)).sound).toBe('on');
    // A selection sounds.
    await t.page.evaluate(() => (window as ExhibitWindow).exhibit!.select('pico'));
    await poll(async () => (await audio(t!.page)).played).toContain('panelOpen');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    await poll(() => audio(t!.page)).toMatchObject({ context: 'suspended', sound: 'off' });
  });

  it('VR: the AudioContext runs after Enter VR, pauses with the headset off, and is suspended after exit', async () => {
    t = await newExhibitPage(browser());
    await installHeadset(t.page, 'quest3');
    await openExhibit(t.page);
    await enterVR(t.page);
    await poll(() => audio(t!.page)).toMatchObject({ context: 'running', sound: 'on', loaded: true, place: 'terrace' });
    await poll(async () => (await audio(t!.page)).played).toContain('enterVR');
    await setHeadsetVisible(t.page, false);
    await poll(async () => (await audio(t!.page)).context).toBe('suspended');
    await setHeadsetVisible(t.page, true);
    await poll(async () => (await audio(t!.page)).context).toBe('running');
    await exitVR(t.page);
    await poll(() => audio(t!.page)).toMatchObject({ context: 'suspended', sound: 'off' });
  });

  it('a ?kiosk TV stays silent: no toggle, no AudioContext, not even in VR', async () => {
    t = await newExhibitPage(browser());
    await installHeadset(t.page, 'quest3');
    await openExhibit(t.page, '?kiosk');
    expect(await t.page.getByRole('button', { name: 'Sound' }).count()).toBe(0);
    await t.page.locator('canvas').click({ position: { x: 400, y: 300 } });
    await enterVR(t.page);
    expect((await exhibitState(t.page)).sound).toBe('off');
    expect((await audio(t.page)).context).toBe('none');
    await exitVR(t.page);
  });
});

describe('console mute', () => {
  let booth: Booth;
  let headset: LivePage | undefined;
  let consolePage: LivePage | undefined;
  const PIN = '135790';
  beforeAll(async () => {
    booth = await startBooth(PIN);
  });
  afterAll(async () => {
    await headset?.context.close();
    await consolePage?.context.close();
    await booth?.close();
  });

  it('mutes and unmutes a headset in VR from the console (a zod-validated live-link command)', async () => {
    headset = await openLivePage(browser(), booth.server.httpsUrl, { headset: 'quest3' });
    const page = headset.page;
    await poll(() => pageDeviceId(page)).not.toBeNull();
    await enterVR(page);
    await poll(() => audio(page)).toMatchObject({ context: 'running', sound: 'on' });
    // A malformed sound command is refused by the server's schema.
    const bad = await fetch(`${booth.server.httpUrl}live/command`, { method: 'POST', headers: { 'x-booth-pin': PIN }, body: JSON.stringify({ type: 'command', target: 'all', action: 'sound', sound: 'loud' }) });
    expect(bad.status).toBe(400);
    // The console page (no canvas, so not through openLivePage's wait).
    const context = await browser().newContext({ viewport: { width: 900, height: 700 }, locale: 'en-US', ignoreHTTPSErrors: true, serviceWorkers: 'block' });
    consolePage = { context, page: await context.newPage(), errors: [], sockets: [] };
    await consolePage.page.goto(`${booth.server.httpsUrl}console?pin=${PIN}`);
    const card = consolePage.page.getByRole('article');
    const mute = card.getByRole('button', { name: 'Mute' });
    await expect.poll(() => mute.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('false');
    await mute.click();
    await poll(() => audio(page)).toMatchObject({ context: 'suspended', sound: 'off' });
    expect((await exhibitState(page)).sound).toBe('off');
    await expect.poll(() => mute.getAttribute('aria-pressed'), { timeout: 20_000 }).toBe('true');
    await mute.click();
    await poll(() => audio(page)).toMatchObject({ context: 'running', sound: 'on' });
    expect(headset.errors).toEqual([]);
  });
});
