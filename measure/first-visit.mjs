/**
 * A headset's first visit in a fresh browser, for the benchmark and the budget tests: an emulated Quest 3 opens
 * the exhibit with an empty cache, enters VR once (its controller models load) and stays until the service
 * worker reports the offline cache complete for this headset (`exhibit.offline()` ready, holding the session's
 * controller profile). Counts every byte that crossed the wire meanwhile (page and service-worker requests,
 * encoded headers + body), with the per-file breakdown. Plain JavaScript so bench/ and tests/e2e share one copy.
 */
import { onTheWire, recordNetwork } from './network.mjs';
import { installHeadset } from './xr.mjs';

/** The precache group a Quest 3 (iwer's `meta-quest-touch-plus` controllers) adds once its first session starts. */
export const QUEST3_PROFILE_GROUP = 'profile:meta-quest-touch-plus';

/** Polls `read` every 200 ms until `ok` holds; throws with the last value after `timeout` ms. */
async function until(read, ok, what, timeout) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > end) throw new Error(`first visit: ${what} not reached in ${timeout} ms; last ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs one first visit in a new context of `browser` against the site at `base` (ending in `/`). The headset
 * leaves VR before the count is taken. Returns the bytes on the wire, the requests and each file's bytes.
 */
export async function headsetFirstVisit(browser, base, { timeout = 120_000, viewport = { width: 800, height: 500 } } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    await installHeadset(context, 'quest3');
    const net = recordNetwork(context);
    // Controller models the page itself loaded (the worker may have fetched them first and answer from its cache).
    const models = new Set();
    context.on('requestfinished', (r) => {
      if (!r.serviceWorker() && /\/xr-profiles\/.+\.glb$/.test(r.url())) models.add(r.url());
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await until(() => page.evaluate(() => window.exhibit?.state().ready === true), (r) => r, 'first picture', timeout);
    const offline = () => page.evaluate(() => window.exhibit.offline());
    if (!(await offline()).supported) throw new Error('first visit: no service worker (needs a secure origin and a production build)');
    await page.getByRole('button', { name: /Enter VR|进入VR/ }).click();
    await until(() => page.evaluate(() => window.exhibit.state()), (s) => s.xr && s.xrPlace === 'table', 'VR at the table', timeout);
    // The models the page loads for the controllers in view, and the offline cache completed for this headset.
    const status = await until(offline, (o) => o.ready && o.groups.includes(QUEST3_PROFILE_GROUP), 'offline cache complete', timeout);
    await until(() => models.size, (n) => n >= 2, 'both controller models loaded by the page', timeout);
    await page.evaluate(() => window.__xrSession?.end());
    await until(() => page.evaluate(() => window.exhibit.state()), (s) => !s.xr, 'VR left', timeout);
    await net.settle();
    const ours = (e) => e.url.startsWith(base);
    const wire = onTheWire(net.entries, ours);
    const perFile = {};
    for (const e of net.entries) {
      if (!ours(e) || e.answeredByServiceWorker) continue;
      const path = e.url.slice(base.length).split(/[?#]/)[0] || './';
      perFile[path] = (perFile[path] ?? 0) + e.bytes;
    }
    const other = onTheWire(net.entries, (e) => !ours(e));
    return { bytes: wire.bytes, requests: wire.requests, perFile, otherOrigins: other.urls, offline: status, errors };
  } finally {
    await context.close();
  }
}
