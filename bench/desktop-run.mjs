/**
 * One desktop run of the benchmark: load, first picture, bytes before it and once the offline cache is complete,
 * heap, overview and close-up counts, frame times while turning. What each figure means: bench/README.md.
 */
import { installDrawCounter, waitForIdle } from '../measure/idle.mjs';
import { onTheWire, recordNetwork } from '../measure/network.mjs';
import { firstPicture, installProbe, recordedFrames, startFrameRecorder, stopFrameRecorder, viewFigures } from '../measure/page-probe.mjs';
import { frameTimes, pollUntil } from './stats.mjs';

/** How long to wait for something the page should do by itself. */
export const WAIT_MS = 60_000;
/** The window the benchmark measures in (device pixel ratio 1). */
export const VIEWPORT = { width: 800, height: 500 };
/** Continuous-rendering window for frame times, after a short warm-up: at least 3 s, longer (up to 8 s) until 40 frames. */
const FRAME_WINDOW_MS = 3000;
const FRAME_WINDOW_MAX_MS = 8000;
const FRAME_MIN_FRAMES = 40;
const FRAME_WARMUP_MS = 400;
/** The draw counter the idle wait reads. */
export const DRAWS = '__benchDraws';

export const idle = (page) => waitForIdle(page, { counter: DRAWS, timeout: WAIT_MS });
const state = (page) => page.evaluate(() => window.exhibit.state());

/** Are two lists the same set? With what only one of them holds. */
function sameList(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  return { ok: A.size === B.size && [...A].every((x) => B.has(x)), onlyInBuildGraph: [...A].filter((x) => !B.has(x)), onlyRequested: [...B].filter((x) => !A.has(x)) };
}

/** A path below the server's base, as the build names it. */
const buildPath = (url, base) => new URL(url).pathname.slice(new URL(base).pathname.length).replace(/^\.\//, '');

/** Measures the desktop exhibit at `base` once; `serverLog` is the preview server's response log. */
export async function desktopRun(browser, base, analysis, serverLog) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    await installProbe(context);
    await installDrawCounter(context, DRAWS);
    const net = recordNetwork(context);
    const page = await context.newPage();
    const errors = [];
    const warnings = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
      else if (m.type() === 'warning') warnings.push(m.text());
    });
    const cdp = await context.newCDPSession(page);
    serverLog.length = 0;
    await page.goto(base);
    const first = await firstPicture(page, WAIT_MS);
    await idle(page);
    await net.settle();
    const beforePicture = (e) => e.endWall <= first.readyWall;
    const startedBefore = (e) => e.startWall <= first.readyWall;

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const overview = await viewFigures(page);

    // The service worker's background precache (VR-only files) after the first picture.
    // Not fatal when it never completes: the figure is then what was transferred until the wait ran out.
    const offlineStatus = () => page.evaluate(() => window.exhibit.offline());
    const offline = await pollUntil(offlineStatus, (o) => o.ready || !o.supported, 'offline().ready', WAIT_MS).catch(async (e) => {
      warnings.push(`bench: ${e.message}`);
      return { ...(await offlineStatus()), timedOut: true };
    });
    await page.waitForTimeout(300);
    await net.settle();
    const totals = onTheWire(net.entries);
    const serverTotal = serverLog.reduce((a, e) => a + e.bytes, 0);

    await page.evaluate(() => window.exhibit.select('goertek'));
    await pollUntil(() => state(page), (s) => s.selected === 'goertek', 'select(goertek)', WAIT_MS);
    await idle(page);
    const closeup = await viewFigures(page);

    // Frame times: back to the overview at rest, then hold E (turn; each held key requests a frame every frame).
    await page.evaluate(() => window.exhibit.overview());
    await idle(page);
    await page.keyboard.down('KeyE');
    await page.waitForTimeout(FRAME_WARMUP_MS);
    await startFrameRecorder(page);
    const windowStart = Date.now();
    await page.waitForTimeout(FRAME_WINDOW_MS);
    while (Date.now() - windowStart < FRAME_WINDOW_MAX_MS && (await recordedFrames(page)) <= FRAME_MIN_FRAMES) await page.waitForTimeout(200);
    const rec = await stopFrameRecorder(page);
    await page.keyboard.up('KeyE');
    const frames = frameTimes(rec);

    // Requests are all finished by now (the offline cache is complete): classify them against the first picture.
    const pictureJs = net.entries
      .filter((e) => startedBefore(e) && !e.byServiceWorker && e.url.endsWith('.js') && !e.url.endsWith('/sw.js'))
      .map((e) => buildPath(e.url, base));
    const xrBeforePicture = net.entries.filter((e) => startedBefore(e) && e.url.includes('/xr-profiles/')).map((e) => e.url);
    const navWall = await page.evaluate(() => performance.timeOrigin);
    const origin = new URL(base);
    const requests = net.entries
      .map((e) => ({
        path: e.url.startsWith(origin.origin) ? e.url.slice(origin.href.length - 1) : e.url.slice(0, 80),
        by: e.byServiceWorker ? 'service worker' : e.answeredByServiceWorker ? 'page (answered by the service worker)' : 'page',
        start: Math.round(e.startWall - navWall),
        end: Math.round(e.endWall - navWall),
        bytes: e.bytes,
      }))
      .sort((x, y) => x.start - y.start);
    const wire = (filter) => {
      const { requests: n, bytes } = onTheWire(net.entries, filter);
      return { requests: n, bytes };
    };
    return {
      requests,
      timeToFirstPicture: first.ready,
      timeToFirstDraw: first.firstDraw,
      picture: {
        ...wire(beforePicture),
        startedBefore: wire(startedBefore),
        serverBytes: serverLog.filter((e) => e.endWall <= first.readyWall).reduce((a, e) => a + e.bytes, 0),
        jsRequested: [...new Set(pictureJs)].sort(),
        xrProfileRequests: xrBeforePicture,
      },
      offline: { ...offline, requests: totals.requests, bytes: totals.bytes, serverBytes: serverTotal },
      heapUsed: heap.usedSize,
      overview,
      closeup,
      frames,
      errors,
      warnings,
      jsCrossCheck: sameList(analysis.initialJs.files, [...new Set(pictureJs)]),
    };
  } finally {
    await context.close();
  }
}
