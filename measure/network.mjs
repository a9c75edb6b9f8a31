/**
 * Network log of a Playwright browser context, for the benchmark and the budget tests: every request of its
 * pages and service workers with wall-clock timing and encoded size, and what of it crossed the wire.
 * Plain JavaScript so bench/ and tests/e2e share one copy.
 */

/** Starts logging a context's requests (call before the page loads). */
export function recordNetwork(context) {
  const entries = [];
  const pending = [];
  const add = async (req, failed) => {
    const now = Date.now();
    const e = { url: req.url(), startWall: now, endWall: now, bytes: 0, byServiceWorker: !!req.serviceWorker(), answeredByServiceWorker: false, failed, status: 0, type: req.resourceType() };
    try {
      const t = req.timing();
      if (t.startTime > 0) e.startWall = t.startTime;
      if (t.startTime > 0 && t.responseEnd >= 0) e.endWall = t.startTime + t.responseEnd;
      const res = await req.response();
      if (res) {
        e.answeredByServiceWorker = res.fromServiceWorker();
        e.status = res.status();
      }
      const s = await req.sizes();
      e.bytes = s.responseHeadersSize + s.responseBodySize;
    } catch {
      // a request cut off by closing the page has no sizes
    }
    entries.push(e);
  };
  context.on('requestfinished', (r) => void pending.push(add(r, false)));
  context.on('requestfailed', (r) => void pending.push(add(r, true)));
  return {
    entries,
    settle: async () => {
      await Promise.all(pending);
    },
  };
}

/**
 * Requests that crossed the wire and their bytes: service-worker fetches and page requests the worker did not
 * answer itself; not `data:` or `blob:` URLs.
 */
export function onTheWire(entries, filter = () => true) {
  const list = entries.filter((e) => !e.answeredByServiceWorker && !e.url.startsWith('data:') && !e.url.startsWith('blob:') && filter(e));
  return { requests: list.length, bytes: list.reduce((a, e) => a + e.bytes, 0), urls: list.map((e) => e.url) };
}
