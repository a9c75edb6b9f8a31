#!/usr/bin/env node
/**
 * Performance benchmark of the production build: `node bench/bench.mjs [--runs N] [--out FILE] [--quiet]`.
 *
 * Builds the app into a temporary folder (never `dist/`), serves it with `vite preview` on a free local port,
 * measures it in headless Chromium (system Chromium, CHROME_PATH overrides; software WebGL), prints a table
 * and writes `bench/results.json`. Every figure is the median of N runs (default 3). What each figure means
 * and how it is measured: bench/README.md.
 *
 * Self-contained on purpose (a plain .mjs cannot import the e2e helpers in .ts): the browser flags mirror
 * tests/e2e/browser.ts, the emulated headset mirrors tests/e2e/xr-helpers.ts (but with stereo on).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../measure/chromium.mjs';
import { dynamicImports, staticImports } from '../measure/js-imports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const WAIT_MS = 60_000;
const VIEWPORT = { width: 800, height: 500 };
/** Continuous-rendering window for frame times, after a short warm-up: at least 3 s, longer (up to 8 s) until 40 frames. */
const FRAME_WINDOW_MS = 3000;
const FRAME_WINDOW_MAX_MS = 8000;
const FRAME_MIN_FRAMES = 40;
const FRAME_WARMUP_MS = 400;
/** XR frames timed at the table. */
const XR_TIMED_FRAMES = 20;


// ---------------------------------------------------------------------------------------------------------
// Arguments

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: node bench/bench.mjs [--runs N] [--out FILE] [--quiet]\n  --runs N   runs per figure (median reported), default 3\n  --out FILE JSON results, default bench/results.json\n  --quiet    no progress lines');
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`--runs must be an integer from 1 to 50, got "${args.runs}"`);
  process.exit(2);
}
const t0 = Date.now();
const log = (msg) => {
  if (!args.quiet) console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
};

// ---------------------------------------------------------------------------------------------------------
// Small helpers

const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  const v = [...xs].sort((a, b) => a - b);
  if (!v.length) return null;
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
};
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
// Sizes in kB and MB of 1000 bytes, as Vite prints them and as the budgets (tests/e2e/budgets.test.ts) count.
const kb = (bytes) => (bytes == null ? '–' : `${(bytes / 1000).toFixed(1)} kB`);
const mb = (bytes) => (bytes == null ? '–' : `${(bytes / 1e6).toFixed(2)} MB`);
const ms = (x) => (x == null ? '–' : `${Math.round(x)} ms`);
const num = (x) => (x == null ? '–' : Number.isInteger(x) ? String(x) : x.toFixed(1));

function walk(dir) {
  const out = [];
  const go = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) go(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  go(dir);
  return out.sort();
}

// ---------------------------------------------------------------------------------------------------------
// The build's JavaScript: what loads before the first picture (entry + static imports), what is lazy.

/** Entry scripts and modulepreloads named in index.html. */
function htmlScripts(html) {
  const entries = [...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => m[1]);
  return { entries, preloads };
}

const normalise = (p) => posix.normalize(p.replace(/^\.\//, ''));

function analyseBuild(outDir) {
  const files = walk(outDir);
  const jsFiles = files.filter((f) => f.endsWith('.js'));
  const info = Object.fromEntries(
    jsFiles.map((f) => {
      const buf = readFileSync(join(outDir, f));
      return [f, { bytes: buf.length, gzip: gz(buf), code: buf.toString('utf8') }];
    }),
  );
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const { entries, preloads } = htmlScripts(html);
  const initial = new Set();
  const queue = [...entries, ...preloads].map(normalise);
  while (queue.length) {
    const f = queue.shift();
    if (initial.has(f)) continue;
    if (!info[f]) throw new Error(`index.html or a static import names ${f}, which the build does not contain`);
    initial.add(f);
    for (const s of staticImports(info[f].code)) queue.push(normalise(posix.join(posix.dirname(f), s)));
  }
  const lazy = new Set();
  for (const f of initial) for (const s of dynamicImports(info[f].code)) {
    const p = normalise(posix.join(posix.dirname(f), s));
    if (!initial.has(p)) lazy.add(p);
  }
  const sum = (list, key) => list.reduce((a, f) => a + info[f][key], 0);
  const initialList = [...initial].sort();
  return {
    files: files.length,
    buildBytes: files.reduce((a, f) => a + readFileSync(join(outDir, f)).length, 0),
    entries: entries.map(normalise),
    initialJs: { files: initialList, bytes: sum(initialList, 'bytes'), gzip: sum(initialList, 'gzip') },
    lazyJs: [...lazy].sort(),
    totalJs: { files: jsFiles, bytes: sum(jsFiles, 'bytes'), gzip: sum(jsFiles, 'gzip') },
    perFile: Object.fromEntries(jsFiles.map((f) => [f, { bytes: info[f].bytes, gzip: info[f].gzip, initial: initial.has(f) }])),
  };
}

// ---------------------------------------------------------------------------------------------------------
// In the page, before any page script: draw counter, texture-size recorder, first-picture clock, frame recorder.

function pageProbe() {
  const w = window;
  const probe = { draws: 0, allocs: 0, firstDraw: null, ready: null, readyWall: null, tex: { app: null, other: null }, rec: null };
  w.__bench = probe;
  const methods = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'multiDrawArraysWEBGL', 'multiDrawElementsWEBGL'];
  // Largest texture allocation, split by who allocated it: the exhibit's scripts (/assets/*.js) or anything
  // else (the injected headset emulator allocates its own XR framebuffer textures).
  const note = (width, height, depth) => {
    if (!(width > 0 && height > 0)) return;
    const fromApp = /\/assets\/[^\s()]+\.js/.test(new Error().stack || '');
    const key = fromApp ? 'app' : 'other';
    const cur = probe.tex[key];
    const d = depth || 1;
    if (!cur || width * height * d > cur.width * cur.height * cur.depth) probe.tex[key] = { width, height, depth: d };
  };
  const sourceSize = (s) => {
    if (!s || typeof s !== 'object') return [0, 0];
    return [s.naturalWidth || s.videoWidth || s.displayWidth || s.codedWidth || s.width || 0, s.naturalHeight || s.videoHeight || s.displayHeight || s.codedHeight || s.height || 0];
  };
  const sizeOf = {
    texImage2D: (a) => (a.length >= 9 ? [a[3], a[4]] : sourceSize(a[5])),
    texStorage2D: (a) => [a[3], a[4]],
    compressedTexImage2D: (a) => [a[3], a[4]],
    texImage3D: (a) => [a[3], a[4], a[5]],
    texStorage3D: (a) => [a[3], a[4], a[5]],
    compressedTexImage3D: (a) => [a[3], a[4], a[5]],
  };
  for (const ctor of [w.WebGLRenderingContext, w.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    for (const name of methods) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...a) {
        probe.draws++;
        if (probe.firstDraw === null) probe.firstDraw = performance.now();
        return original.apply(this, a);
      };
    }
    for (const [name, size] of Object.entries(sizeOf)) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...a) {
        probe.allocs++;
        try {
          const [x, y, z] = size(a);
          note(Number(x), Number(y), Number(z) || 1);
        } catch {
          // a size we cannot read is not a reason to break the page
        }
        return original.apply(this, a);
      };
    }
  }
  // Live shader programs of on-page canvases, named by three's `#define SHADER_TYPE` / `SHADER_NAME` lines.
  const sources = new WeakMap();
  const attached = new WeakMap();
  const live = new Map();
  const wrap = (proto, name, before) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...a) {
      before(this, a);
      return original.apply(this, a);
    };
  };
  for (const ctor of [w.WebGLRenderingContext, w.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    // Only the short name is kept (holding the sources would inflate the heap figure).
    wrap(proto, 'shaderSource', (_gl, a) => {
      if (!a[0]) return;
      const text = String(a[1]);
      const type = text.match(/#define SHADER_TYPE (\S+)/)?.[1];
      const shaderName = text.match(/#define SHADER_NAME (\S+)/)?.[1];
      sources.set(a[0], type && shaderName && type !== shaderName ? `${type}:${shaderName}` : type || shaderName || '');
    });
    wrap(proto, 'attachShader', (_gl, a) => a[0] && attached.set(a[0], [...(attached.get(a[0]) || []), a[1]]));
    wrap(proto, 'linkProgram', (gl, a) => {
      if (!a[0]) return;
      const names = (attached.get(a[0]) || []).map((sh) => sources.get(sh)).filter(Boolean);
      live.set(a[0], { gl, name: names[0] || 'unnamed' });
    });
    wrap(proto, 'deleteProgram', (_gl, a) => live.delete(a[0]));
  }
  /** Names of the live programs of contexts whose canvas is in the page, with counts. */
  probe.programs = () => {
    const out = {};
    for (const { gl, name } of live.values()) {
      if (!gl.canvas || !gl.canvas.isConnected) continue;
      out[name] = (out[name] || 0) + 1;
    }
    return out;
  };
  // The first picture: `exhibit.state().ready`, checked every animation frame and every 5 ms.
  const check = () => {
    if (probe.ready !== null) return true;
    try {
      if (w.exhibit && w.exhibit.state().ready) {
        probe.ready = performance.now();
        probe.readyWall = Date.now();
        return true;
      }
    } catch {
      // not installed yet
    }
    return false;
  };
  const raf = () => {
    if (!check()) requestAnimationFrame(raf);
  };
  requestAnimationFrame(raf);
  const timer = setInterval(() => check() && clearInterval(timer), 5);
  // Frame recorder: animation-frame timestamps with the draw count at each.
  probe.startRec = () => {
    probe.rec = [];
    const tick = (ts) => {
      if (!probe.rec) return;
      probe.rec.push([ts, probe.draws, probe.allocs]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  probe.stopRec = () => {
    const r = probe.rec || [];
    probe.rec = null;
    return r;
  };
}

/** The emulated Quest 3 (iwer), stereo on so that both eyes are drawn and counted; exposes the session. */
function installQuest3() {
  const IWER = window.IWER;
  const device = new IWER.XRDevice(IWER.metaQuest3, { stereoEnabled: true });
  device.installRuntime({ forceInstall: true });
  const xr = navigator.xr;
  const request = xr.requestSession.bind(xr);
  xr.requestSession = async (...a) => {
    const session = await request(...a);
    window.__xrSession = session;
    return session;
  };
  window.__xrDevice = device;
}

// ---------------------------------------------------------------------------------------------------------
// Page-side steps

/** Waits until the renderer has drawn and then been idle for `quietMs` with animation frames flowing (like tests/e2e/helpers.ts). */
async function waitForIdle(page, quietMs = 500) {
  await page.evaluate(() => delete window.__benchQuiet);
  await page.waitForFunction(
    (quiet) => {
      const draws = window.__bench.draws;
      const now = performance.now();
      const q = window.__benchQuiet;
      if (!q || q.draws !== draws || now - q.frame > 100) {
        window.__benchQuiet = { draws, since: now, frame: now };
        return false;
      }
      q.frame = now;
      return draws > 0 && now - q.since >= quiet;
    },
    quietMs,
    { polling: 'raf', timeout: WAIT_MS },
  );
}

const state = (page) => page.evaluate(() => window.exhibit.state());
const renderStats = (page) => page.evaluate(() => window.exhibit.renderStats());
const textures = (page) => page.evaluate(() => window.__bench.tex);

async function pollUntil(read, ok, what, timeout = WAIT_MS) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last value ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** GL counts for the view on screen plus the largest texture allocated so far. */
async function viewFigures(page) {
  const s = await renderStats(page);
  const tex = await textures(page);
  const programNames = await page.evaluate(() => window.__bench.programs());
  return {
    calls: s.calls,
    triangles: s.triangles,
    programs: s.programs,
    textures: s.textures,
    geometries: s.geometries,
    largestTexture: tex.app,
    largestTextureArea: tex.app ? tex.app.width * tex.app.height * tex.app.depth : 0,
    largestEmulatorTexture: tex.other,
    programNames,
  };
}

/** Median and p95 of the intervals between consecutive animation frames that each drew something. */
function frameTimes(rec) {
  const intervals = [];
  let idle = 0;
  for (let i = 1; i < rec.length; i++) {
    const [t0, d0] = rec[i - 1];
    const [t1, d1] = rec[i];
    if (d1 > d0) intervals.push(t1 - t0);
    else idle++;
  }
  const allocations = rec.length ? rec[rec.length - 1][2] - rec[0][2] : 0;
  return { frames: intervals.length, idleFrames: idle, median: median(intervals), p95: percentile(intervals, 95), textureAllocations: allocations };
}

/** Network log of a context: every request of its pages and service workers, with timing and encoded size. */
function recordNetwork(context) {
  const entries = [];
  const pending = [];
  const add = async (req, failed) => {
    const e = { url: req.url(), startWall: Date.now(), endWall: Date.now(), bytes: 0, sw: !!req.serviceWorker(), fromSW: false, failed, status: 0, type: req.resourceType() };
    try {
      const t = req.timing();
      if (t.startTime > 0) e.startWall = t.startTime;
      if (t.startTime > 0 && t.responseEnd >= 0) e.endWall = t.startTime + t.responseEnd;
      const res = await req.response();
      if (res) {
        e.fromSW = res.fromServiceWorker();
        e.status = res.status();
      }
      const s = await req.sizes();
      e.bytes = s.responseHeadersSize + s.responseBodySize;
    } catch {
      // a request cut off by closing the page has no sizes
    }
    entries.push(e);
  };
  context.on('requestfinished', (r) => pending.push(add(r, false)));
  context.on('requestfailed', (r) => pending.push(add(r, true)));
  return {
    entries,
    settle: () => Promise.all(pending),
  };
}

/** Bytes that crossed the wire: service-worker fetches and page requests the worker did not answer itself. */
function wire(entries, filter = () => true) {
  const list = entries.filter((e) => !e.fromSW && !e.url.startsWith('data:') && !e.url.startsWith('blob:') && filter(e));
  return { requests: list.length, bytes: list.reduce((a, e) => a + e.bytes, 0) };
}

// ---------------------------------------------------------------------------------------------------------
// Runs

async function desktopRun(browser, base, analysis, serverLog) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    await context.addInitScript(pageProbe);
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
    await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: WAIT_MS });
    const first = await page.evaluate(() => ({ ready: window.__bench.ready, readyWall: window.__bench.readyWall, firstDraw: window.__bench.firstDraw }));
    await waitForIdle(page);
    await net.settle();
    const beforePicture = (e) => e.endWall <= first.readyWall;
    const startedBefore = (e) => e.startWall <= first.readyWall;

    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const overview = await viewFigures(page);

    // The service worker's background precache (VR-only files) after the first picture.
    // Not fatal when it never completes: the figure is then what was transferred until the wait ran out.
    const offline = await pollUntil(() => page.evaluate(() => window.exhibit.offline()), (o) => o.ready || !o.supported, 'offline().ready').catch(async (e) => {
      warnings.push(`bench: ${e.message}`);
      return { ...(await page.evaluate(() => window.exhibit.offline())), timedOut: true };
    });
    await page.waitForTimeout(300);
    await net.settle();
    const totals = wire(net.entries);
    const serverTotal = serverLog.reduce((a, e) => a + e.bytes, 0);

    await page.evaluate(() => window.exhibit.select('goertek'));
    await pollUntil(() => state(page), (s) => s.selected === 'goertek', 'select(goertek)');
    await waitForIdle(page);
    const closeup = await viewFigures(page);

    // Frame times: back to the overview at rest, then hold E (turn; each held key requests a frame every frame).
    await page.evaluate(() => window.exhibit.overview());
    await waitForIdle(page);
    await page.keyboard.down('KeyE');
    await page.waitForTimeout(FRAME_WARMUP_MS);
    await page.evaluate(() => window.__bench.startRec());
    const windowStart = Date.now();
    await page.waitForTimeout(FRAME_WINDOW_MS);
    while (Date.now() - windowStart < FRAME_WINDOW_MAX_MS && (await page.evaluate(() => window.__bench.rec.length)) <= FRAME_MIN_FRAMES) await page.waitForTimeout(200);
    const rec = await page.evaluate(() => window.__bench.stopRec());
    await page.keyboard.up('KeyE');
    const frames = frameTimes(rec);

    // Requests are all finished by now (the offline cache is complete): classify them against the first picture.
    const pictureJs = net.entries
      .filter((e) => startedBefore(e) && !e.sw && e.url.endsWith('.js') && !e.url.endsWith('/sw.js'))
      .map((e) => normalise(new URL(e.url).pathname.slice(new URL(base).pathname.length)));
    const xrBeforePicture = net.entries.filter((e) => startedBefore(e) && e.url.includes('/xr-profiles/')).map((e) => e.url);
    const navWall = await page.evaluate(() => performance.timeOrigin);
    const origin = new URL(base);
    const requests = net.entries
      .map((e) => ({
        path: e.url.startsWith(origin.origin) ? e.url.slice(origin.href.length - 1) : e.url.slice(0, 80),
        by: e.sw ? 'service worker' : e.fromSW ? 'page (answered by the service worker)' : 'page',
        start: Math.round(e.startWall - navWall),
        end: Math.round(e.endWall - navWall),
        bytes: e.bytes,
      }))
      .sort((x, y) => x.start - y.start);
    return {
      requests,
      timeToFirstPicture: first.ready,
      timeToFirstDraw: first.firstDraw,
      picture: {
        ...wire(net.entries, beforePicture),
        startedBefore: wire(net.entries, startedBefore),
        serverBytes: serverLog.filter((e) => e.endWall <= first.readyWall).reduce((a, e) => a + e.bytes, 0),
        jsRequested: [...new Set(pictureJs)].sort(),
        xrProfileRequests: xrBeforePicture,
      },
      offline: { ...offline, ...totals, serverBytes: serverTotal },
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

function sameList(a, b) {
  const A = new Set(a);
  const B = new Set(b);
  return { ok: A.size === B.size && [...A].every((x) => B.has(x)), onlyInBuildGraph: [...A].filter((x) => !B.has(x)), onlyRequested: [...B].filter((x) => !A.has(x)) };
}

async function xrFrames(page, n) {
  await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        let left = count;
        const step = () => (--left <= 0 ? resolve() : window.__xrSession.requestAnimationFrame(step));
        window.__xrSession.requestAnimationFrame(step);
      }),
    n,
  );
}

/** XR frames until the counts have stayed the same for `need` readings two frames apart. */
async function stableXR(page, need = 3) {
  let last = '';
  let same = 0;
  for (let i = 0; i < 20; i++) {
    await xrFrames(page, 2);
    const s = await renderStats(page);
    const key = `${s.calls}/${s.triangles}/${s.geometries}/${s.textures}/${s.programs}`;
    same = key === last ? same + 1 : 0;
    last = key;
    if (same >= need - 1) return;
  }
  throw new Error(`XR render counts never settled; last ${last}`);
}

async function aim(page, target) {
  await page.evaluate((t) => {
    const c = window.__xrDevice.controllers.right;
    const d = [t[0] - c.position.x, t[1] - c.position.y, t[2] - c.position.z];
    const len = Math.hypot(...d);
    const v = d.map((x) => x / len);
    const w = 1 - v[2];
    const n = Math.hypot(v[1], -v[0], 0, w);
    c.quaternion.set(v[1] / n, -v[0] / n, 0, w / n);
  }, target);
  await xrFrames(page, 2);
}

async function pullTrigger(page) {
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const c = window.__xrDevice.controllers.right;
        const timer = setTimeout(() => reject(new Error('no selectstart within 15 s')), 15_000);
        window.__xrSession.addEventListener(
          'selectstart',
          () => {
            c.updateButtonValue('trigger', 0);
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
        c.updateButtonValue('trigger', 1);
      }),
  );
  await xrFrames(page, 3);
}

async function vrRun(browser, base) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'en-US' });
  try {
    await context.addInitScript({ path: join(root, 'node_modules/iwer/build/iwer.min.js') });
    await context.addInitScript(installQuest3);
    await context.addInitScript(pageProbe);
    // Controller models the page itself loaded (the service worker's background precache fetches them all).
    const models = new Set();
    context.on('requestfinished', (r) => {
      if (!r.serviceWorker() && /\/xr-profiles\/.+\.glb$/.test(r.url())) models.add(r.url());
    });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(base);
    await page.waitForFunction(() => window.__bench.ready !== null, null, { timeout: WAIT_MS });
    await waitForIdle(page);
    await page.getByRole('button', { name: /Enter VR|进入VR/ }).click();
    await pollUntil(() => state(page), (s) => s.xr && s.xrPlace === 'table', 'VR at the table');
    // Both controllers' models loaded, then parsed and drawn: counts steady over several frames.
    await pollUntil(() => models.size, (n) => n >= 2, 'both controller models');
    await stableXR(page, 4);
    const table = await viewFigures(page);
    // XR frame time at the table (the session's own animation frames; both eyes drawn).
    const xrTimes = await page.evaluate(
      (n) =>
        new Promise((resolve) => {
          const ts = [];
          const step = (t) => {
            ts.push(t);
            if (ts.length > n) resolve(ts);
            else window.__xrSession.requestAnimationFrame(step);
          };
          window.__xrSession.requestAnimationFrame(step);
        }),
      XR_TIMED_FRAMES,
    );
    const xrIntervals = xrTimes.slice(1).map((t, i) => t - xrTimes[i]);
    // Into the park: aim at the Goertek pavilion on the miniature and pull the trigger.
    // A click needs press → release within 300 ms, and a slow software frame can miss it: try again.
    const target = await page.evaluate(() => window.exhibit.xrLocate('goertek', 'miniature'));
    for (let attempt = 1; ; attempt++) {
      await aim(page, target);
      await pullTrigger(page);
      try {
        await pollUntil(() => state(page), (s) => s.xrPlace === 'park', 'VR in the park', 8000);
        break;
      } catch (e) {
        if (attempt >= 5) throw e;
        log(`  trigger pull ${attempt} missed (slow frames); again`);
      }
    }
    await stableXR(page, 3);
    const park = await viewFigures(page);
    return { table, park, xrFrames: { frames: xrIntervals.length, median: median(xrIntervals), p95: percentile(xrIntervals, 95) }, errors };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Main

function machine(browserVersion) {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    node: process.version,
    browser: `Chromium ${browserVersion}`,
    webgl: 'SwiftShader (software)',
  };
}

/** Median of each numeric leaf across runs; other leaves are taken from the first run. */
function medianOf(list) {
  const first = list[0];
  if (typeof first === 'number') return median(list);
  if (Array.isArray(first) || first === null || typeof first !== 'object') return first;
  const out = {};
  for (const k of Object.keys(first)) out[k] = medianOf(list.map((x) => x?.[k]));
  return out;
}

const texStr = (t) => (t ? `${t.width}×${t.height}${t.depth > 1 ? `×${t.depth}` : ''}` : '–');
/** The largest texture among runs (they should agree), as text. */
const largestOf = (list) => list.reduce((a, t) => (t && (!a || t.width * t.height * t.depth > a.width * a.height * a.depth) ? t : a), null);

function printTable(result) {
  const r = result.median;
  const m = result.machine;
  const lines = [];
  lines.push(`Benchmark of the production build — median of ${result.runs} run(s), ${result.date}`);
  lines.push(`Machine: ${m.os}; ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node}; ${m.browser}, WebGL via ${m.webgl}`);
  lines.push('');
  const rows = [
    ['Initial JS (entry + static imports), gzip -9', kb(result.build.initialJs.gzip), `${result.build.initialJs.files.join(', ')}`],
    ['Total emitted JS, gzip -9', kb(result.build.totalJs.gzip), `${result.build.totalJs.files.length} files`],
    ['Transferred before first picture', mb(r.desktop.picture.startedBefore.bytes), `${num(r.desktop.picture.startedBefore.requests)} requests started before it (${num(r.desktop.picture.requests)} finished by it: ${mb(r.desktop.picture.bytes)})`],
    ['Transferred once offline cache complete', mb(r.desktop.offline.bytes), `${num(r.desktop.offline.requests)} requests, ${num(r.desktop.offline.cached)}/${num(r.desktop.offline.total)} files cached (server counted ${mb(r.desktop.offline.serverBytes)} of bodies)`],
    ['Time to first picture (state().ready)', ms(r.desktop.timeToFirstPicture), `first draw call ${ms(r.desktop.timeToFirstDraw)}`],
    [`Frame time ${VIEWPORT.width}×${VIEWPORT.height}, median / p95`, `${ms(r.desktop.frames.median)} / ${ms(r.desktop.frames.p95)}`, `${num(r.desktop.frames.frames)} frames, turning (E held)`],
    ['XR frame time at the table, median / p95', `${ms(r.vr.xrFrames.median)} / ${ms(r.vr.xrFrames.p95)}`, `${num(r.vr.xrFrames.frames)} frames, stereo, emulated Quest 3`],
    ['JS heap after load (after GC)', mb(r.desktop.heapUsed), 'CDP Runtime.getHeapUsage'],
  ];
  const w0 = Math.max(...rows.map((x) => x[0].length));
  const w1 = Math.max(...rows.map((x) => x[1].length));
  for (const [a, b, c] of rows) lines.push(`${a.padEnd(w0)}  ${b.padStart(w1)}  ${c}`);
  lines.push('');
  const first = result.perRun[0];
  const views = [
    ['Desktop overview', r.desktop.overview, result.perRun.map((x) => x.desktop.overview.largestTexture), first.desktop.overview.programNames],
    ['Pavilion close-up (goertek)', r.desktop.closeup, result.perRun.map((x) => x.desktop.closeup.largestTexture), first.desktop.closeup.programNames],
    ['VR tabletop (stereo)', r.vr.table, result.perRun.map((x) => x.vr.table.largestTexture), first.vr.table.programNames],
    ['VR in the park (stereo)', r.vr.park, result.perRun.map((x) => x.vr.park.largestTexture), first.vr.park.programNames],
  ];
  const head = ['View', 'Draw calls', 'Triangles', 'Programs', 'Textures', 'Largest texture', 'Geometries'];
  const body = views.map(([name, v, texs]) => [name, num(v.calls), num(v.triangles), num(v.programs), num(v.textures), texStr(largestOf(texs)), num(v.geometries)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const fmt = (row) => row.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  lines.push(fmt(head));
  lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) lines.push(fmt(b));
  lines.push('');
  lines.push('Shader programs by material (live programs of the page canvas, first run):');
  for (const [name, , , names] of views) {
    const p = Object.entries(names ?? {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    lines.push(`  ${name}: ${p.map(([k, n]) => (n > 1 ? `${k} ×${n}` : k)).join(', ') || '–'}`);
  }
  const cross = result.perRun[0].desktop.jsCrossCheck;
  lines.push('');
  lines.push(`JS requested before the first picture ${cross.ok ? 'matches' : 'DIFFERS from'} the build's entry + static imports${cross.ok ? '' : `: only in build graph ${JSON.stringify(cross.onlyInBuildGraph)}, only requested ${JSON.stringify(cross.onlyRequested)}`}.`);
  const xr = result.perRun.flatMap((x) => x.desktop.picture.xrProfileRequests);
  lines.push(xr.length ? `xr-profiles requested before the first picture: ${xr.length}` : 'No xr-profiles/ request before the first picture.');
  const errors = result.perRun.flatMap((x) => [...x.desktop.errors, ...x.vr.errors]);
  if (errors.length) lines.push(`Page errors during the runs (${errors.length}): ${[...new Set(errors)].slice(0, 5).join(' | ')}`);
  const warnings = result.perRun.flatMap((x) => x.desktop.warnings);
  if (warnings.length) lines.push(`Warnings during the desktop runs (${warnings.length}): ${[...new Set(warnings)].slice(0, 5).join(' | ')}`);
  if (result.perRun.some((x) => !x.desktop.offline.ready)) lines.push('The offline cache did NOT complete in every run: "once offline cache complete" is what was transferred until the wait ran out.');
  const emu = largestOf(result.perRun.map((x) => x.vr.park.largestEmulatorTexture));
  if (emu) lines.push(`(Largest texture allocated outside the exhibit's scripts — the headset emulator's own XR framebuffer: ${texStr(emu)}; not counted above.)`);
  return lines.join('\n');
}

async function main() {
  const started = Date.now();
  // Vite's build takes NODE_ENV over its mode: make sure React's production build is bundled.
  process.env.NODE_ENV = 'production';
  const { build, preview } = await import('vite');
  const outDir = mkdtempSync(join(os.tmpdir(), 'exhibit-bench-'));
  let server;
  let browser;
  try {
    log(`building into ${outDir}`);
    await build({ root, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const analysis = analyseBuild(outDir);
    // Server-side count of response bytes (after compression) as a cross-check of the browser's figures.
    const serverLog = [];
    const countBytes = {
      name: 'bench-count-bytes',
      configurePreviewServer(srv) {
        srv.middlewares.use((req, res, next) => {
          let bytes = 0;
          const write = res.write.bind(res);
          const end = res.end.bind(res);
          const count = (chunk, enc) => {
            if (chunk && typeof chunk !== 'function') bytes += Buffer.byteLength(chunk, typeof enc === 'string' ? enc : undefined);
          };
          res.write = (chunk, ...rest) => {
            count(chunk, rest[0]);
            return write(chunk, ...rest);
          };
          res.end = (chunk, ...rest) => {
            count(chunk, rest[0]);
            return end(chunk, ...rest);
          };
          res.on('finish', () => serverLog.push({ url: req.url, bytes, endWall: Date.now() }));
          next();
        });
      },
    };
    server = await preview({ root, logLevel: 'warn', plugins: [countBytes], build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a local URL');
    const base = url.endsWith('/') ? url : `${url}/`;
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
    const perRun = [];
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1}/${runs}: desktop`);
      const desktop = await desktopRun(browser, base, analysis, serverLog);
      log(`run ${i + 1}/${runs}: VR (emulated Quest 3, stereo)`);
      const vr = await vrRun(browser, base);
      perRun.push({ desktop, vr });
    }
    const result = {
      date: new Date().toISOString(),
      runs,
      machine: machine(browser.version()),
      viewport: VIEWPORT,
      build: {
        files: analysis.files,
        bytes: analysis.buildBytes,
        initialJs: analysis.initialJs,
        totalJs: analysis.totalJs,
        lazyJs: analysis.lazyJs,
        perFile: analysis.perFile,
      },
      median: medianOf(perRun),
      perRun,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const table = printTable(result);
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify({ ...result, table: table.split('\n') }, null, 2)}\n`);
    console.log(table);
    console.log(`\nWrote ${relative(process.cwd(), args.out) || args.out} in ${result.seconds} s.`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
