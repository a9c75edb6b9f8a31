/**
 * Offline booth: the service worker precaches by device. A desktop browser caches the desktop exhibit only; a
 * browser that can enter VR also the VR code, and once its first session starts the controller profile its
 * runtime reports plus the generic hand (the generic controller only when none of its controller's ids ships);
 * `?precache=all` caches every file. With the network cut, a reload
 * still shows the exhibit, the HUD selects a pavilion and the emulated headset enters VR with its own
 * controllers. One `exhibit-` cache only. (A new build replacing the cache needs a second build: not tested here.)
 */
import type { Page, Response } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { baseUrl, type ExhibitPage, type ExhibitState, exhibitState, finish, newExhibitPage, openExhibit, poll, WAIT_MS } from './helpers';
import { enterVR, exitVR, type Headset, installHeadset, xrFrames } from './xr-helpers';

interface OfflineStatus {
  supported: boolean;
  version: string | null;
  cached: number;
  total: number;
  ready: boolean;
  scope: 'desktop' | 'vr' | 'all';
  groups: string[];
}
type BoothState = ExhibitState & { ready: boolean; xrPlace: 'table' | 'park' | null };
const boothState = async (page: Page): Promise<BoothState> => (await exhibitState(page)) as BoothState;
const offline = (page: Page) => page.evaluate(() => (window as unknown as { exhibit: { offline(): OfflineStatus } }).exhibit.offline());
const exhibitCaches = (page: Page) => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('exhibit-')));
/** Every URL in the exhibit's one cache, relative to the site (`./…`). */
const cachedFiles = (page: Page) =>
  page.evaluate(async (base) => {
    const keys = (await caches.keys()).filter((k) => k.startsWith('exhibit-'));
    const cache = await caches.open(keys[0]!);
    return (await cache.keys()).map((r) => `./${r.url.slice(base.length)}`).sort();
  }, baseUrl());

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/** The service worker's precache groups (the build writes them into sw.js). */
async function precacheGroups(): Promise<Record<string, string[]>> {
  // Read from the test, not the page: a page request would go through the worker and be cached too.
  const sw = await (await fetch(`${baseUrl()}sw.js`)).text();
  return JSON.parse(/const GROUPS = JSON\.parse\('(\{.*?\})'\)/.exec(sw)![1]!) as Record<string, string[]>;
}

/** Loads the exhibit, with an emulated headset (installed first, so it is there after a reload too) or as a desktop browser. */
async function load(headset: boolean, route = '', kind: Headset = 'quest3'): Promise<{ page: Page; warnings: string[] }> {
  t = await newExhibitPage(browser());
  const { page } = t;
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  if (headset) await installHeadset(page, kind);
  await openExhibit(page, route);
  expect(await offline(page)).toMatchObject({ supported: true });
  return { page, warnings };
}

/** Waits until the service worker reports every file this device needs cached, for `scope` and holding at least `groups` (2 minutes allowed). */
async function waitUntilReady(page: Page, warnings: string[], scope: OfflineStatus['scope'], groups: string[] = []): Promise<OfflineStatus> {
  try {
    await page.waitForFunction(
      ([want, need]) => {
        const s = (window as unknown as { exhibit: { offline(): OfflineStatus } }).exhibit.offline();
        return s.ready && s.scope === want && need.every((g) => s.groups.includes(g));
      },
      [scope, groups] as const,
      { timeout: 120_000, polling: 500 },
    );
  } catch (e) {
    throw new Error(`offline cache not ready after 2 minutes: ${JSON.stringify(await offline(page))}; warnings ${JSON.stringify(warnings)}`, { cause: e });
  }
  return offline(page);
}

describe('offline booth', () => {
  it('a desktop browser caches the desktop exhibit only: no VR code, no controller models', async () => {
    const { page, warnings } = await load(false);
    const groups = await precacheGroups();
    expect(groups.vr!.some((u) => /\/XRRoot-/.test(u)), 'the VR code is its own group').toBe(true);
    expect(groups.core!.some((u) => u.includes('xr-profiles/') || /\/XRRoot-/.test(u)), 'VR files in the desktop group').toBe(false);
    expect(Object.values(groups).flat().filter((u) => /console/.test(u)), 'the staff console in a visitor precache').toEqual([]);
    const status = await waitUntilReady(page, warnings, 'desktop');
    expect(status).toMatchObject({ total: groups.core!.length, cached: groups.core!.length, groups: ['core'] });
    expect(status.version).toMatch(/^[0-9a-f]{12}$/);
    expect(await exhibitCaches(page)).toEqual([`exhibit-${status.version}`]);
    expect(await cachedFiles(page)).toEqual([...groups.core!].sort());
    // The page itself fetched nothing of VR either, and the cache holds everything it loaded.
    const listed = new Set(groups.core!.map((f) => new URL(f, baseUrl()).href));
    const loaded = [...new Set(t!.watch.requests.filter((u) => u.startsWith(baseUrl())).map((u) => u.split(/[?#]/)[0]!))];
    expect(loaded.filter((u) => !listed.has(u) && !/\/(booth\.json|sw\.js)$/.test(u)), 'files the page loaded that are not precached').toEqual([]);
  }, 180_000);

  it('a headset browser adds the VR code at once, and its own controller profile plus the generic hand once a session starts', async () => {
    const { page, warnings } = await load(true);
    const groups = await precacheGroups();
    const before = await waitUntilReady(page, warnings, 'vr', ['core', 'vr']);
    expect(before.groups).toEqual(['core', 'vr']);
    expect(before.total).toBe(groups.core!.length + groups.vr!.length);
    await enterVR(page);
    const wantGroups = ['core', 'vr', 'profile:meta-quest-touch-plus', 'profile:generic-hand'];
    const after = await waitUntilReady(page, warnings, 'vr', wantGroups);
    expect([...after.groups].sort()).toEqual([...wantGroups].sort());
    const want = wantGroups.flatMap((g) => groups[g]!);
    expect(after.total).toBe(want.length);
    expect(await cachedFiles(page)).toEqual(expect.arrayContaining(want));
    // No other headset's models, and not the generic controller: this headset never shows it.
    expect((await cachedFiles(page)).filter((u) => /xr-profiles\/(pico-4|oculus-touch-v2|meta-quest-touch-pro|generic-trigger)/.test(u))).toEqual([]);
    await exitVR(page);
  }, 180_000);

  it('a headset whose controller names no id the build ships caches the generic controller the exhibit falls back to', async () => {
    const { page, warnings } = await load(true, '', 'unlisted-controller');
    const groups = await precacheGroups();
    await enterVR(page);
    const wantGroups = ['core', 'vr', 'profile:generic-trigger-squeeze-thumbstick', 'profile:generic-hand'];
    const after = await waitUntilReady(page, warnings, 'vr', wantGroups);
    expect([...after.groups].sort()).toEqual([...wantGroups].sort());
    expect(await cachedFiles(page)).toEqual(expect.arrayContaining(wantGroups.flatMap((g) => groups[g]!)));
    // What the exhibit drew: the generic controller's model, now in the cache too.
    expect(t!.watch.requests.some((u) => u.includes('/xr-profiles/generic-trigger-squeeze-thumbstick/'))).toBe(true);
    await exitVR(page);
  }, 180_000);

  it('?precache=all caches every file of the build into exactly one exhibit- cache', async () => {
    const { page, warnings } = await load(false, '?precache=all');
    const groups = await precacheGroups();
    const all = [...new Set(Object.values(groups).flat())].sort();
    const status = await waitUntilReady(page, warnings, 'all');
    expect(status.total).toBe(all.length);
    expect(await exhibitCaches(page)).toEqual([`exhibit-${status.version}`]);
    expect(await cachedFiles(page)).toEqual(all);
  }, 180_000);

  it('with the network cut, a reload still shows the exhibit, a pavilion can be chosen and VR entered', async () => {
    // Staff open the exhibit on the headset and enter VR once in the morning: its controllers are cached.
    const { page, warnings } = await load(true);
    await enterVR(page);
    await expect.poll(() => offline(page), { timeout: 30_000, interval: 200 }).toMatchObject({ groups: expect.arrayContaining(['profile:meta-quest-touch-plus']) });
    await exitVR(page);
    const status = await waitUntilReady(page, warnings, 'vr', ['profile:meta-quest-touch-plus']);
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
