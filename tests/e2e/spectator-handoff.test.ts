/**
 * "Continue on your phone" on the spectator TV (issue 17): the booth server started with a public URL, a TV page
 * (`?kiosk&spectate`) follows a headset on the live link (a synthetic device reporting a VR session); when that
 * session ends the TV shows a QR code to the published exhibit at the pavilion chosen last, and a visitor entering
 * VR again takes it away. Screenshot: /work/wt/shots/gaze/ (when it exists) or test-results/e2e/.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startBoothServer, type StartedBoothServer } from '../../server/index.mjs';
import { connect, type Client } from '../unit/live-helpers';
import { browserPerFile } from './browser';
import { resultsDir, WAIT_MS } from './helpers';
import { openLivePage, type LivePage } from './live-pages';

const PUBLIC = 'https://expo.example.com/laoshan/';
const browser = browserPerFile();
let booth: StartedBoothServer;
let certDir: string;
let tv: LivePage | null = null;
let headset: Client | null = null;
const shotsDir = existsSync('/work/wt/shots/gaze') ? '/work/wt/shots/gaze/' : resultsDir;

/** A report as the exhibit page sends it (see tests/unit/live-helpers' shape). */
const report = (over: Record<string, unknown>) => ({ type: 'report', lang: 'en', mode: 'explore', view: 'overview', selected: null, panel: null, xr: false, xrPlace: null, pose: null, origin: null, visible: true, tour: null, ...over });
const inVR = (selected: string | null) => report({ view: selected ? 'pavilion' : 'overview', selected, xr: true, xrPlace: 'table', pose: { p: [0, 1.6, 0.3], q: [0, 0, 0, 1] }, origin: { p: [0, 0, 0], q: [0, 0, 0, 1] } });

beforeAll(async () => {
  certDir = mkdtempSync(join(tmpdir(), 'handoff-e2e-'));
  booth = await startBoothServer({ dist: inject('distDir'), certDir, pin: '246810', publicUrl: PUBLIC });
});

afterAll(async () => {
  headset?.ws.terminate();
  await tv?.context.close().catch(() => {});
  await booth?.close();
  rmSync(certDir, { recursive: true, force: true });
});

describe('spectator TV hand-off', () => {
  it('after the followed VR session: a QR code to the last pavilion on the published site, gone when VR starts again', async () => {
    tv = await openLivePage(browser(), `${booth.httpUrl}?kiosk&spectate`, { viewport: { width: 960, height: 540 } });
    const { page } = tv;
    await page.getByRole('status').filter({ hasText: 'Waiting for a headset' }).waitFor({ timeout: WAIT_MS });
    const code = page.getByRole('img', { name: /^Continue on your phone: / });
    expect(await code.count()).toBe(0);

    headset = await connect(`${booth.httpsUrl.replace('https:', 'wss:')}live`, booth.server.certificate.cert);
    headset.send({ type: 'hello', proto: 1, role: 'device', deviceId: 'quest1', model: 'Quest 3' });
    await headset.next((m) => m.type === 'welcome', 'welcome');
    headset.send(inVR('goertek'));
    await page.getByText('Showing').waitFor({ timeout: WAIT_MS });
    headset.send(inVR(null)); // back at the overview: goertek stays the last pavilion chosen
    headset.send(report({ view: 'overview' })); // the session ends

    await code.waitFor({ timeout: WAIT_MS });
    expect(await code.getAttribute('aria-label')).toBe(`Continue on your phone: ${PUBLIC}#/pavilion/goertek`);
    await expect.poll(() => page.locator('.spectate-handoff svg').count()).toBe(1);
    await page.getByText('Continue on your phone', { exact: true }).waitFor();
    await page.screenshot({ path: `${shotsDir}spectator-handoff.png` });

    // The next visitor enters VR: the code goes.
    headset.send(inVR(null));
    await code.waitFor({ state: 'detached', timeout: WAIT_MS });
    expect(tv.errors).toEqual([]);
  }, 180_000);
});
