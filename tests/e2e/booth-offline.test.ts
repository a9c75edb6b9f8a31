/**
 * Offline booth: the service worker precaches the whole build (the VR controller profiles in the background after
 * the first picture); with the network cut, a reload still shows the exhibit, the HUD selects a pavilion and the
 * emulated headset enters VR. One `exhibit-` cache only. (A new build replacing the cache needs a second build:
 * not tested here.)
 */
import type { Page, Response } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { baseUrl, type ExhibitPage, type ExhibitState, exhibitState, finish, newExhibitPage, openExhibit, poll, WAIT_MS } from './helpers';
import { enterVR, installHeadset, xrFrames } from './xr-helpers';

interface OfflineStatus {
  supported: boolean;
  version: string | null;
  cached: number;
  total: number;
  ready: boolean;
}
type BoothState = ExhibitState & { ready: boolean; xrPlace: 'table' | 'park' | null };
const boothState = async (page: Page): Promise<BoothState> => (await exhibitState(page)) as BoothState;
const offline = (page: Page) => page.evaluate(() => (window as unknown as { exhibit: { offline(): OfflineStatus } }).exhibit.offline());
const exhibitCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('exhibit-')));

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/** The service worker's own lists of what to precache (the build writes them into sw.js). */
async function precacheLists(): Promise<{ core: string[]; extra: string[] }> {
  // Read from the test, not the page: a page request would go through the worker and be cached too.
  const sw = await (await fetch(`${baseUrl()}sw.js`)).text();
  const list = (name: string) => JSON.parse(new RegExp(`const ${name} = JSON\\.parse\\('(\\[.*?\\])'\\)`).exec(sw)![1]!) as string[];
  return { core: list('CORE'), extra: list('EXTRA') };
}

/** Loads the exhibit with an emulated headset (installed first, so it is there after a reload too). */
async function load(): Promise<{ page: Page; warnings: string[] }> {
  t = await newExhibitPage(browser());
  const { page } = t;
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await installHeadset(page, 'quest3');
  await openExhibit(page);
  expect(await offline(page)).toMatchObject({ supported: true });
  return { page, warnings };
}

/** Waits until the service worker reports every file cached (controller models, about 11 MB, in the background: 2 minutes allowed). */
async function waitUntilReady(page: Page, warnings: string[]): Promise<OfflineStatus> {
  try {
    await page.waitForFunction(() => (window as unknown as { exhibit: { offline(): OfflineStatus } }).exhibit.offline().ready, null, { timeout: 120_000, polling: 500 });
  } catch (e) {
    throw new Error(`offline cache not ready after 2 minutes: ${JSON.stringify(await offline(page))}; warnings ${JSON.stringify(warnings)}`, { cause: e });
  }
  return offline(page);
}

describe('offline booth', () => {
  it('precaches every file of the build, VR controller profiles included, into exactly one exhibit- cache', async () => {
    const { page } = await load();
    const { core, extra } = await precacheLists();
    expect(extra.length, 'controller profile files to cache').toBeGreaterThan(0);
    expect(extra.every((u) => u.startsWith('./xr-profiles/'))).toBe(true);
    // The worker reports when it has been through every file (not necessarily `ready`: see the skipped test below).
    await expect.poll(() => offline(page), { timeout: 120_000, interval: 500 }).toMatchObject({ total: core.length + extra.length });
    const status = await offline(page);
    expect(status.version).toMatch(/^[0-9a-f]{12}$/);
    expect(await exhibitCaches(page)).toEqual([`exhibit-${status.version}`]);
    // Every file of both lists is in that cache (looked up by URL alone).
    const absent = await page.evaluate(
      async ({ version, files }) => {
        const cache = await caches.open(`exhibit-${version}`);
        const out: string[] = [];
        for (const f of files) if (!(await cache.match(f, { ignoreVary: true }))) out.push(f);
        return out;
      },
      { version: status.version, files: [...core, ...extra] },
    );
    expect(absent, 'files of the build not in the cache').toEqual([]);
    // And the lists hold everything the page loaded from the server (booth.json comes from the booth server, not the build).
    const listed = new Set([...core, ...extra].map((f) => new URL(f, baseUrl()).href));
    const loaded = [...new Set(t!.watch.requests.filter((u) => u.startsWith(baseUrl())).map((u) => u.split(/[?#]/)[0]!))];
    expect(loaded.filter((u) => !listed.has(u) && !/\/(booth\.json|sw\.js)$/.test(u)), 'files the page loaded that are not precached').toEqual([]);
  }, 180_000);

  it('with the network cut, a reload still shows the exhibit, a pavilion can be chosen and VR entered', async () => {
    const { page, warnings } = await load();
    const status = await waitUntilReady(page, warnings);
    expect(status.cached).toBe(status.total);
    const { context } = t!;
    await context.setOffline(true);
    // The network is really gone for the service worker too (its own fetches bypass its fetch handler).
    const worker = context.serviceWorkers().find((w) => w.url().startsWith(baseUrl()));
    expect(worker, 'the exhibit service worker').toBeDefined();
    expect(await worker!.evaluate(() => fetch(`./index.html?probe=${Date.now()}`, { cache: 'no-store' }).then(() => 'online', () => 'offline'))).toBe('offline');

    const responses: Response[] = [];
    page.on('response', (r) => responses.push(r));
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { exhibit?: { state(): { ready: boolean } } }).exhibit?.state().ready === true, null, { timeout: WAIT_MS });
    expect(await boothState(page)).toMatchObject({ ready: true, view: 'overview', xr: false });
    // Everything the reloaded page got came from the service worker's cache.
    const ours = responses.filter((r) => r.url().startsWith(baseUrl()));
    expect(ours.length).toBeGreaterThan(3);
    expect(ours.filter((r) => !r.fromServiceWorker()).map((r) => r.url()), 'responses not from the service worker').toEqual([]);
    expect(ours.filter((r) => !r.ok()).map((r) => `${r.status()} ${r.url()}`), 'failed responses').toEqual([]);

    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek', exact: true }).click();
    await poll(() => boothState(page)).toMatchObject({ selected: 'goertek', view: 'pavilion' });

    const before = responses.length;
    await enterVR(page);
    await xrFrames(page, 4);
    expect(await boothState(page)).toMatchObject({ xr: true, xrPlace: 'table' });
    // The controller profile and model came from the cache.
    await poll(() => responses.slice(before).some((r) => r.url().includes('/xr-profiles/meta-quest-touch-plus/'))).toBe(true);
    const vr = responses.slice(before).filter((r) => r.url().startsWith(baseUrl()));
    expect(vr.filter((r) => !r.fromServiceWorker() || !r.ok()).map((r) => `${r.status()} ${r.url()}`), 'VR files not served from the cache').toEqual([]);

    // Still exactly one exhibit cache after the offline visit.
    expect(await exhibitCaches(page)).toEqual([`exhibit-${status.version}`]);
  }, 300_000);
});
