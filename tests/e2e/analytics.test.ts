/**
 * Booth analytics end to end (issue 17): the real booth server with analytics on, real exhibit pages (a desktop
 * kiosk and an emulated headset in VR) and synthetic devices on the live link make a day; a page opened with
 * `?analytics=off` records nothing; events made while the server is down survive a reload and arrive once;
 * the console's Analytics view shows the day, exports a CSV that is checked, and prints on one page.
 * Screenshots: /work/wt/shots/analytics/ (when it exists) and test-results/e2e/analytics-*.png.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBoothServer, type StartedBoothServer } from '../../server/index.mjs';
import { connect, type Client } from '../unit/live-helpers';
import { browserPerFile } from './browser';
import { exhibitState, resultsDir, type ExhibitWindow } from './helpers';
import { pageDeviceId, setHeadPose, type LivePage } from './live-pages';
import { enterVR, exitVR, installHeadset } from './xr-helpers';

const PIN = '975310';
const browser = browserPerFile();
let booth: StartedBoothServer;
let certDir: string;
const pages: LivePage[] = [];
const clients: Client[] = [];
const shotsDir = existsSync('/work/wt/shots') ? '/work/wt/shots/analytics/' : resultsDir;

const analyticsOptions = () => ({ file: join(certDir, 'analytics.db'), contentDir: join(process.cwd(), 'src/content/data') });
const db = () => booth.server.analytics!.db;
const count = (sql: string, ...args: unknown[]) => db().prepare(sql).pluck().get(...args) as number;

/** A slow start on a loaded machine (software WebGL, seven agents on two cores) is not a failure: a minute. */
const SLOW_MS = 60_000;

/** An exhibit page on the booth server (live-pages' page, waiting longer for the exhibit to be up). */
async function open(url: string, { headset, viewport = { width: 720, height: 450 } }: { headset?: 'quest3'; viewport?: { width: number; height: number } } = {}): Promise<LivePage> {
  const context = await browser().newContext({ viewport, locale: 'en-US', ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const p: LivePage = { context, page, errors: [], sockets: [] };
  pages.push(p);
  page.on('console', (m) => m.type() === 'error' && p.errors.push(`console.error: ${m.text()}`));
  page.on('pageerror', (e) => p.errors.push(`page error: ${e.message}`));
  if (headset) await installHeadset(page, headset);
  await page.goto(url);
  await page.waitForFunction(() => !!(window as ExhibitWindow).exhibit && !!document.querySelector('canvas'), null, { timeout: SLOW_MS });
  return p;
}
/** The page's device id once its live link has started (polled). */
async function deviceIdOf(page: Page): Promise<string> {
  await expect.poll(() => pageDeviceId(page), { timeout: SLOW_MS, interval: 200 }).toMatch(/^[a-z0-9]{6}$/);
  return (await pageDeviceId(page))!;
}
const slowPoll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: SLOW_MS, interval: 200 });
/** Lets `ms` of the page's own clock pass (a dwell needs real time to count; nothing else waits on a clock). */
const dwell = (page: Page, ms: number) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);
const api = (page: Page) => ({
  select: (id: string) => page.evaluate((id) => (window as ExhibitWindow).exhibit!.select(id), id),
  focusPanel: (id: string) => page.evaluate((id) => (window as ExhibitWindow).exhibit!.focusPanel(id), id),
  overview: () => page.evaluate(() => (window as ExhibitWindow).exhibit!.overview()),
});
const queued = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('exhibit.analytics.queue') ?? '[]').length as number);

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'analytics-e2e-'));
  booth = await startBoothServer({ dist: inject('distDir'), certDir, pin: PIN, analytics: analyticsOptions() });
});

afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  for (const p of pages) await p.context.close().catch(() => {});
  await booth?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('booth analytics, end to end', () => {
  it('a desktop visit: first input to idle reset, pavilion and panel dwell, a tour left at stop 2, the attract loop interrupted', async () => {
    const desk = await open(`${booth.httpsUrl}?idle=45&lang=zh`, { viewport: { width: 800, height: 500 } });
    const { page } = desk;
    const id = await deviceIdOf(page);
    await page.keyboard.press('Shift'); // the visitor's first input
    // API calls are not input: a key press before each step keeps the idle timer (45 s) from starting the attract loop.
    await api(page).select('douyin-pico');
    await dwell(page, 1300);
    await page.keyboard.press('Shift');
    await api(page).focusPanel('timeline');
    await dwell(page, 1300);
    await page.keyboard.press('Shift');
    await api(page).overview();
    await page.getByRole('button', { name: '导览', exact: true }).click();
    await slowPoll(() => exhibitState(page)).toMatchObject({ mode: 'tour' });
    await page.getByRole('button', { name: '下一站', exact: true }).click();
    await slowPoll(() => exhibitState(page).then((s) => s.tour?.index)).toBe(1);
    await page.getByRole('button', { name: '下一站', exact: true }).click();
    await slowPoll(() => exhibitState(page).then((s) => s.tour?.index)).toBe(2);
    await page.evaluate(() => (window as ExhibitWindow).exhibit!.stopTour());
    // Left alone: the idle reset starts the attract loop and the visit ends.
    await slowPoll(() => exhibitState(page).then((s) => s.mode)).toBe('attract');
    await slowPoll(() => count('SELECT count(*) FROM sessions WHERE device = ? AND end_at IS NOT NULL', id)).toBe(1);
    const s = db().prepare('SELECT mode, lang, model, dur, last_pavilion FROM sessions WHERE device = ?').get(id) as Record<string, unknown>;
    expect(s).toMatchObject({ mode: 'desktop', lang: 'zh', model: 'Desktop', last_pavilion: 'douyin-pico' });
    expect(s.dur).toBeGreaterThan(2600);
    const dwells = db().prepare("SELECT k, target, dur FROM events WHERE device = ? AND k IN ('pavilion', 'panel') ORDER BY at").all(id) as { k: string; target: string; dur: number }[];
    // The visitor's own pavilion and panel first; the tour's stops then show more (those count as looked at too).
    expect(dwells.slice(0, 2).map((d) => `${d.k}:${d.target}`)).toEqual(['pavilion:douyin-pico', 'panel:timeline']);
    for (const d of dwells) expect(d.dur).toBeGreaterThanOrEqual(1000);
    expect(db().prepare("SELECT result, stop FROM events WHERE device = ? AND k = 'tour' ORDER BY at").all(id)).toEqual([
      { result: 'started', stop: 0 },
      { result: 'left', stop: 2 },
    ]);
    // The next visitor wakes the booth: a new session, and an interruption counted.
    await page.keyboard.press('Shift');
    await slowPoll(() => count("SELECT count(*) FROM events WHERE device = ? AND k = 'attract_interrupt'", id)).toBe(1);
    await slowPoll(() => count('SELECT count(*) FROM sessions WHERE device = ?', id)).toBe(2);
    expect(desk.errors).toEqual([]);
  }, 300_000);

  it('a VR session on an emulated headset, counted as VR with its pavilion', async () => {
    const vr = await open(booth.httpsUrl, { headset: 'quest3', viewport: { width: 640, height: 400 } });
    const id = await deviceIdOf(vr.page);
    await enterVR(vr.page);
    await api(vr.page).select('goertek');
    await dwell(vr.page, 1300);
    await exitVR(vr.page);
    await slowPoll(() => count('SELECT count(*) FROM sessions WHERE device = ? AND end_at IS NOT NULL', id)).toBe(1);
    expect(db().prepare('SELECT mode, model, last_pavilion FROM sessions WHERE device = ?').get(id)).toEqual({ mode: 'vr', model: 'Quest 3', last_pavilion: 'goertek' });
    expect(vr.errors).toEqual([]);
  }, 240_000);

  it('VR gaze: facing a table panel for over a second counts a panel dwell for it', async () => {
    const vr = await open(booth.httpsUrl, { headset: 'quest3', viewport: { width: 640, height: 400 } });
    const id = await deviceIdOf(vr.page);
    await enterVR(vr.page);
    await setHeadPose(vr.page, [0, 1.6, 0], 0);
    type Entry = { name: string; yawDeg: number; pitchDeg: number };
    const tablePanels = () => vr.page.evaluate(() => ((window as unknown as { exhibit: { xrLayout(): Entry[] | null } }).exhibit.xrLayout() ?? []).filter((e) => e.name.startsWith('vr-table-panel:')));
    await slowPoll(() => tablePanels().then((l) => l.length)).toBeGreaterThanOrEqual(2);
    // Measured from a level head facing yaw 0: xrLayout's yaw is to the right of the head, its pitch above the horizon.
    const [target] = await tablePanels();
    const RAD = Math.PI / 180;
    const face = (e: Entry) => setHeadPose(vr.page, [0, 1.6, 0], -e.yawDeg * RAD, e.pitchDeg * RAD);
    // (Glances under a second are the unit tests' part: here the page's clock under load is not ours to time.)
    await face(target!);
    await dwell(vr.page, 1600);
    // Away: straight ahead is the window onto the park between the two halves of the arc.
    await setHeadPose(vr.page, [0, 1.6, 0], 0);
    const targetId = target!.name.slice('vr-table-panel:'.length);
    const panelDwells = () => db().prepare("SELECT target, dur FROM events WHERE device = ? AND k = 'panel'").all(id) as { target: string; dur: number }[];
    await slowPoll(() => panelDwells().length).toBeGreaterThanOrEqual(1);
    await exitVR(vr.page);
    await slowPoll(() => count('SELECT count(*) FROM sessions WHERE device = ? AND end_at IS NOT NULL', id)).toBe(1);
    const dwells = panelDwells();
    expect(dwells.map((d) => d.target)).toEqual([targetId]);
    expect(dwells[0]!.dur).toBeGreaterThanOrEqual(1000);
    expect(vr.errors).toEqual([]);
  }, 240_000);

  it('?analytics=off: the page works the same on the live link and records nothing', async () => {
    const off = await open(`${booth.httpsUrl}?analytics=off`);
    const id = await deviceIdOf(off.page);
    await slowPoll(() => booth.server.hub.list().find((d) => d.deviceId === id)?.connected).toBe(true);
    await off.page.keyboard.press('Shift');
    await api(off.page).select('pico');
    // The server hears its reports (the live link runs), and nothing is stored or queued for it.
    await slowPoll(() => booth.server.hub.list().find((d) => d.deviceId === id)?.report?.selected).toBe('pico');
    await api(off.page).overview();
    await slowPoll(() => booth.server.hub.list().find((d) => d.deviceId === id)?.report?.view).toBe('overview');
    expect(count('SELECT count(*) FROM events WHERE device = ?', id)).toBe(0);
    expect(await off.page.evaluate(() => localStorage.getItem('exhibit.analytics.queue'))).toBeNull();
    expect(off.errors).toEqual([]);
  }, 120_000);

  it('events made while the link is down wait on the device, survive a reload, and arrive once', async () => {
    // The link is held down by the browser (the page's WebSocket is answered by nobody), the server stays up.
    const context = await browser().newContext({ viewport: { width: 720, height: 450 }, locale: 'en-US', ignoreHTTPSErrors: true, serviceWorkers: 'block' });
    pages.push({ context } as LivePage);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let linkDown = true;
    const held: { close(): Promise<void> }[] = [];
    await page.routeWebSocket(/\/live$/, (ws) => {
      if (linkDown) held.push(ws);
      else ws.connectToServer();
    });
    await page.goto(booth.httpsUrl);
    await page.waitForFunction(() => !!(window as ExhibitWindow).exhibit && !!document.querySelector('canvas'), null, { timeout: SLOW_MS });
    const id = await deviceIdOf(page);
    await page.keyboard.press('Shift');
    await api(page).select('dapeng-vr');
    await dwell(page, 1300);
    await api(page).overview();
    await slowPoll(() => queued(page)).toBe(2); // the session's start and the pavilion visit
    await page.reload({ timeout: SLOW_MS }); // pagehide ends the visit: its end waits in the queue too
    await page.waitForFunction(() => !!(window as ExhibitWindow).exhibit, null, { timeout: SLOW_MS });
    expect(await queued(page)).toBe(3);
    expect(count('SELECT count(*) FROM events WHERE device = ?', id)).toBe(0);
    // The link comes back: the page reconnects, sends its queue, and forgets it once the server has it.
    linkDown = false;
    for (const ws of held) await ws.close();
    await slowPoll(() => queued(page)).toBe(0);
    expect(db().prepare("SELECT target FROM events WHERE device = ? AND k = 'pavilion'").pluck().all(id)).toEqual(['dapeng-vr']);
    expect(db().prepare('SELECT k FROM events WHERE device = ? ORDER BY at').pluck().all(id)).toEqual(['session_start', 'pavilion', 'session_end']);
    expect(errors).toEqual([]);
  }, 300_000);

  it('the console shows the day (with synthetic devices), exports a checked CSV and prints on one page', async () => {
    // Synthetic visitors earlier today (their events are dated by the server: now minus their age).
    const now = new Date();
    const sinceMidnight = now.getHours() * 3600_000 + now.getMinutes() * 60_000;
    const pav = ['douyin-pico', 'pico', 'dapeng-vr', 'goertek'];
    const pan = ['district-enterprises', 'district-economy', 'vr-industry', 'timeline'];
    let n = 0;
    const eid = () => `seed${String(++n).padStart(6, '0')}`;
    for (let d = 0; d < 6; d++) {
      const c = await connect(`${booth.httpsUrl.replace('https:', 'wss:')}live`, booth.server.certificate.cert);
      clients.push(c);
      c.send({ type: 'hello', proto: 1, role: 'device', deviceId: `seeddev${d}`, model: d % 3 === 0 ? 'Desktop' : 'Pico 4' });
      await c.next((m) => m.type === 'welcome');
      for (let v = 0; v < 5; v++) {
        const ago = Math.max(120_000, Math.round(sinceMidnight * (1 - (d * 5 + v + 1) / 32)));
        const sid = `seed${d}v${v}`;
        const len = 60_000 + ((d * 7 + v * 13) % 5) * 30_000;
        const events = [
          { id: eid(), k: 'session_start', sid, ago, mode: d % 3 === 0 ? 'desktop' : 'vr', lang: (d + v) % 3 === 0 ? 'en' : 'zh', model: d % 3 === 0 ? 'Desktop' : 'Pico 4' },
          { id: eid(), k: 'pavilion', sid, ago: ago - 40_000, target: pav[(d + v) % 4], dur: 40_000 - v * 3000 },
          { id: eid(), k: 'panel', sid, ago: ago - 50_000, target: pan[(d * 2 + v) % 4], dur: 8_000 + d * 1000 },
          { id: eid(), k: 'tour', sid, ago: ago - 50_000, result: 'started', stop: 0 },
          { id: eid(), k: 'tour', sid, ago: ago - len + 1000, result: v % 3 === 0 ? 'completed' : 'left', stop: v % 3 === 0 ? 8 : v * 2 },
          { id: eid(), k: 'session_end', sid, ago: ago - len, dur: len },
        ];
        const from = c.messages.length;
        c.send({ type: 'analytics', events });
        expect((await c.next((m) => m.type === 'analyticsAck', 'ack', from)).ids).toHaveLength(events.length);
      }
    }
    const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    const sessions = count('SELECT count(*) FROM sessions WHERE day = ?', day);
    expect(sessions).toBeGreaterThanOrEqual(30);

    const context = await browser().newContext({ viewport: { width: 1280, height: 1250 }, locale: 'en-US', ignoreHTTPSErrors: true, serviceWorkers: 'block', acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      await page.goto(`${booth.httpsUrl}console?pin=${PIN}&lang=en&view=analytics`);
      const stat = (name: string) => page.locator('.stat').filter({ hasText: name }).locator('dd');
      await slowPoll(() => stat('Sessions').innerText()).toBe(String(sessions));
      await slowPoll(() => page.getByRole('figure').filter({ hasText: 'Top pavilions by dwell' }).innerText()).toContain('Douyin Pico');
      await slowPoll(() => page.getByRole('figure').filter({ hasText: 'Tour funnel' }).innerText()).toContain('Stop 9');
      mkdirSync(shotsDir, { recursive: true });
      await page.screenshot({ path: join(shotsDir, 'analytics-en.png'), fullPage: true });
      // Every bar's name is shown whole (at most two lines), on screen and in print: the two "Laoshan District: …"
      // panels were cut to the same "Laoshan District: in…" before, and a printout has no tooltip.
      const clipped = () =>
        page.locator('.chart-bars-name').evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
      const panelNames = page.getByRole('figure').filter({ hasText: 'Top panels by dwell' }).locator('.chart-bars-name');
      expect(await panelNames.allInnerTexts()).toEqual(expect.arrayContaining(['Laoshan District: innovative enterprises', 'Laoshan District: industry and talent']));
      expect(await clipped()).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shotsDir, 'analytics-print-en.png'), fullPage: true });
      expect(await clipped()).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: '中文' }).click();
      await slowPoll(() => page.locator('.stat').first().innerText()).toContain('体验人次');
      await page.screenshot({ path: join(shotsDir, 'analytics-zh.png'), fullPage: true });

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
      const file = join(certDir, 'export.csv');
      await download.saveAs(file);
      const bytes = readFileSync(file);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text).toContain(`day,,${day}`);
      expect(text).toContain(`sessions,,${sessions}`);
      expect(text).toContain('抖音Pico');
      const sessionRows = text.split('# sessions')[1]!.split('# visits')[0]!.trim().split('\r\n');
      expect(sessionRows.length).toBe(sessions + 1); // the header line and one line per session

      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: join(shotsDir, 'analytics-print.png'), fullPage: true });
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
      expect(errors).toEqual([]);
      const origin = new URL(booth.httpsUrl).origin;
      expect(requests.filter((u) => !u.startsWith('blob:') && !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
