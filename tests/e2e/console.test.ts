/**
 * The operator console (/console) on the real booth server (startBoothServer over the e2e build), with fake
 * devices and a spectator speaking the live protocol from Node: the list, every action, Group tour, a wrong
 * PIN, and that the page never loads the 3D app. Screenshots for humans: test-results/e2e/console-*.png.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBoothServer, type StartedBoothServer } from '../../server/index.mjs';
import { connect, report, type Client, type Msg } from '../unit/live-helpers';
import { browserPerFile } from './browser';
import { newExhibitPage, poll, saveScreenshot, type ExhibitPage } from './helpers';

const PIN = '246810';
const browser = browserPerFile();
let booth: StartedBoothServer;
let certDir: string;
let wss: string;
const clients: Client[] = [];

async function hello(role: 'device' | 'spectator', deviceId: string, model?: string): Promise<Client> {
  const c = await connect(wss, booth.server.certificate.cert);
  clients.push(c);
  c.send({ type: 'hello', proto: 1, role, deviceId, ...(model ? { model } : {}) });
  await c.next((m) => m.type === 'welcome', 'welcome');
  return c;
}
const command = (c: Client, from: number, what: string, match: (m: Msg) => boolean = () => true) => c.next((m) => m.type === 'command' && match(m), what, from);

/** The browser's own lines for a refused (re)connection while the server is down: not the page's errors. */
const OUTAGE = /WebSocket connection to .* failed|ERR_CONNECTION_REFUSED/;

/**
 * Closes the page; no console/page errors, and nothing loaded from anywhere but the booth server. With `outage`,
 * the browser's lines for the console's reconnect attempts while the server was down are allowed (how many there
 * are depends on how long the restart takes against the backoff), nothing else.
 */
async function finish(t: ExhibitPage, { outage = false } = {}): Promise<void> {
  await t.context.close();
  expect(t.watch.errors.filter((e) => !(outage && OUTAGE.test(e))), 'console errors and page errors').toEqual([]);
  const origins = [new URL(booth.httpsUrl).origin, new URL(booth.httpUrl).origin];
  expect(t.watch.requests.filter((u) => !u.startsWith('data:') && !origins.includes(new URL(u).origin)), 'requests to other hosts').toEqual([]);
}

async function openConsole(t: ExhibitPage, query: string, base = booth.httpsUrl): Promise<Page> {
  await t.page.goto(`${base}console${query}`);
  return t.page;
}

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'console-e2e-cert-'));
  booth = await startBoothServer({ dist: inject('distDir'), certDir, pin: PIN });
  wss = `${booth.httpsUrl.replace('https:', 'wss:')}live`;
});

afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  await booth?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('operator console', () => {
  it('lists the devices live and steers them: Reset, Language, tours, Spectate on TV, label, Reset all, Group tour', async () => {
    const pico = await hello('device', 'pico01', 'Pico 4');
    const desk = await hello('device', 'desk01', 'Desktop');
    const tv = await hello('spectator', 'tv0001');
    pico.send(report({ lang: 'zh', mode: 'tour', view: 'pavilion', selected: 'douyin-pico', xr: true, xrPlace: 'table', pose: { p: [0.2, 1.6, 0.4], q: [0, 0, 0, 1] }, tour: { index: 2, total: 9, playing: true } }));
    desk.send(report({ lang: 'en', view: 'panel', panel: 'vr-industry', selected: null, visible: false }));

    const t = await newExhibitPage(browser(), { ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
    try {
      const page = await openConsole(t, `?pin=${PIN}&lang=en`);
      const picoCard = page.getByRole('article', { name: 'Pico 4 #1' });
      const deskCard = page.getByRole('article', { name: 'Desktop #2' });
      await poll(() => picoCard.innerText()).toMatch(/Chinese[\s\S]*Mode\sTour[\s\S]*VR · table[\s\S]*Stop 3 of 9[\s\S]*Douyin Pico/);
      await poll(() => deskCard.innerText()).toMatch(/Headset off[\s\S]*English[\s\S]*Place\sDesktop[\s\S]*The virtual reality industry/);
      await poll(() => page.getByRole('status').innerText()).toBe('Connected');
      await saveScreenshot(page, 'console-en');

      let from = pico.messages.length;
      await picoCard.getByRole('button', { name: 'Reset', exact: true }).click();
      expect(await command(pico, from, 'reset')).toEqual({ type: 'command', action: 'reset' });
      from = desk.messages.length;
      await deskCard.getByRole('button', { name: 'Language', exact: true }).click();
      expect(await command(desk, from, 'lang')).toEqual({ type: 'command', action: 'lang', lang: 'zh' });
      await deskCard.getByRole('button', { name: 'Start tour', exact: true }).click();
      expect(await command(desk, from, 'startTour', (m) => m.action === 'startTour')).toBeTruthy();
      await deskCard.getByRole('button', { name: 'Stop tour', exact: true }).click();
      expect(await command(desk, from, 'stopTour', (m) => m.action === 'stopTour')).toBeTruthy();
      // Reset went to the Pico only: the desktop's commands are lang, startTour, stopTour.
      expect(desk.messages.filter((m) => m.type === 'command').map((m) => m.action)).toEqual(['lang', 'startTour', 'stopTour']);

      const tvFrom = tv.messages.length;
      await picoCard.getByRole('button', { name: 'Spectate on TV', exact: true }).click();
      expect(await tv.next((m) => m.type === 'spectate' && m.deviceId === 'pico01', 'spectate', tvFrom)).toBeTruthy();
      await poll(() => picoCard.innerText()).toMatch(/On the TV/);

      const label = picoCard.getByRole('textbox', { name: 'Label' });
      await label.fill('Left table');
      await label.press('Enter');
      await poll(() => page.getByRole('article', { name: 'Left table' }).count()).toBe(1);
      expect(await command(pico, from, 'label', (m) => m.action === 'label')).toEqual({ type: 'command', action: 'label', label: 'Left table' });

      const [pFrom, dFrom] = [pico.messages.length, desk.messages.length];
      await page.getByRole('button', { name: 'Reset all', exact: true }).click();
      expect(await command(pico, pFrom, 'reset all')).toMatchObject({ action: 'reset' });
      expect(await command(desk, dFrom, 'reset all')).toMatchObject({ action: 'reset' });

      // Group tour: stop 1 goes to the headset in VR (not the desktop), the caption is up for the narrator.
      const gFrom = pico.messages.length;
      const deskBefore = desk.messages.length;
      await page.getByRole('button', { name: 'Group tour', exact: true }).click();
      expect(await command(pico, gFrom, 'tourStop', (m) => m.action === 'tourStop')).toEqual({ type: 'command', action: 'tourStop', index: 0 });
      const stops = JSON.parse(readFileSync(new URL('../../src/content/data/tour.json', import.meta.url), 'utf8')) as { stops: { caption: { en: string } }[] };
      const tourCard = page.getByRole('region', { name: 'Group tour' });
      await poll(() => tourCard.innerText()).toContain(stops.stops[0]!.caption.en);
      await expect(tourCard.innerText()).resolves.toMatch(/Stop 1 of \d+[\s\S]*1 in VR/);
      await saveScreenshot(page, 'console-group-tour');
      await tourCard.getByRole('button', { name: 'Next stop' }).click();
      expect(await command(pico, gFrom, 'tourStop 1', (m) => m.action === 'tourStop' && m.index === 1)).toBeTruthy();
      await tourCard.getByRole('button', { name: 'Stop', exact: true }).click();
      expect(await command(pico, gFrom, 'stopTour', (m) => m.action === 'stopTour')).toBeTruthy();
      await poll(() => tourCard.count()).toBe(0);
      expect(desk.messages.slice(deskBefore).some((m) => m.type === 'command' && (m.action === 'tourStop' || m.action === 'stopTour'))).toBe(false);

      // In Chinese, the same buttons.
      await page.getByRole('button', { name: '中文' }).click();
      for (const name of ['复位', '语言', '开始导览', '停止导览', '投屏']) await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(2);
      for (const name of ['集体导览', '全部复位']) await expect(page.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
      await saveScreenshot(page, 'console-zh');
      await page.getByRole('button', { name: 'EN' }).click();
      await page.setViewportSize({ width: 390, height: 844 });
      await saveScreenshot(page, 'console-phone');
      await page.getByRole('button', { name: '中文' }).click();

      // A device that leaves stays listed, offline.
      desk.ws.close();
      await poll(() => page.getByRole('article', { name: 'Desktop #2' }).innerText()).toMatch(/离线/);

      // The console is DOM only: none of the exhibit's own scripts (three, fiber) were loaded.
      const index = readFileSync(join(inject('distDir'), 'index.html'), 'utf8');
      const mainEntry = /<script type="module"[^>]*src="\.\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
      expect(mainEntry).toBeTruthy();
      const scripts = t.watch.requests.filter((u) => u.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(0);
      expect(scripts.filter((u) => u.endsWith(mainEntry!) || /XRRoot|three/i.test(u))).toEqual([]);
    } finally {
      await finish(t);
    }
  });

  it('refuses a wrong PIN with a clear message, and connects with the right one from the form', async () => {
    const t = await newExhibitPage(browser(), { ignoreHTTPSErrors: true });
    try {
      const page = await openConsole(t, '?pin=000000&lang=en');
      await poll(() => page.getByRole('alert').innerText()).toMatch(/Wrong PIN/);
      expect(await page.getByRole('button', { name: 'Reset all' }).isDisabled()).toBe(true);
      await page.getByRole('textbox', { name: 'PIN' }).fill(PIN);
      await page.getByRole('button', { name: 'Connect' }).click();
      await poll(() => page.getByRole('status').innerText()).toBe('Connected');
      expect(new URL(page.url()).searchParams.get('pin')).toBe(PIN);
    } finally {
      // The refused socket is closed by the server (4401): no page error, no console error.
      await finish(t);
    }
  });

  it('reconnects by itself when the booth server restarts, and lists the devices again (plain HTTP, as on the laptop)', async () => {
    const t = await newExhibitPage(browser(), { ignoreHTTPSErrors: true });
    try {
      const page = await openConsole(t, `?pin=${PIN}&lang=en`, booth.httpUrl);
      await poll(() => page.getByRole('status').innerText()).toBe('Connected');
      const [httpsPort, httpPort] = [Number(new URL(booth.httpsUrl).port), Number(new URL(booth.httpUrl).port)];
      await booth.close();
      await poll(() => page.getByRole('status').innerText()).toMatch(/reconnecting/);
      booth = await startBoothServer({ dist: inject('distDir'), certDir, pin: PIN, httpsPort, httpPort });
      await poll(() => page.getByRole('status').innerText()).toBe('Connected');
      await hello('device', 'back01', 'Quest 3');
      await poll(() => page.getByRole('article', { name: 'Quest 3 #1' }).count()).toBe(1);
    } finally {
      await finish(t, { outage: true });
    }
  });
});
