/**
 * Measuring helpers for the budget tests (tests/e2e/budgets.test.ts): the build's JavaScript fetched over HTTP
 * and gzipped here, the network log of a context, the first-picture clock, texture sizes and GL counts.
 * bench/bench.mjs measures the same things the same way; the import scanner (measure/js-imports.mjs) and the
 * browser flags (measure/chromium.mjs) are shared, the in-page probes differ and each keeps its own.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { dynamicImports, staticImports } from '../../measure/js-imports.mjs';
import { WAIT_MS } from './helpers';
import { xrFrames } from './xr-helpers';

/** A texture allocation's size (depth 1 for 2D textures). */
export interface TextureSize {
  width: number;
  height: number;
  depth: number;
}

/** What the measure probe keeps in the page. */
interface MeasureProbe {
  /** `Date.now()` when `exhibit.state().ready` was first seen true (null before). */
  readyWall: number | null;
  /** `performance.now()` at the same moment. */
  ready: number | null;
  /** Largest texture allocated by the exhibit's own scripts, and by anything else (the headset emulator). */
  tex: { app: TextureSize | null; other: TextureSize | null };
  /** Every allocation by the exhibit's scripts that does not fit in 2048×2048. */
  oversize: TextureSize[];
}

/** GL counts of the last rendered frame and what is resident, as `window.exhibit.renderStats()` gives them. */
export interface RenderStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
}

type MeasureWindow = Window & {
  __e2eMeasure?: MeasureProbe;
  exhibit?: { state(): { ready: boolean }; renderStats(): RenderStats | null };
};

/**
 * Runs in the page before any page script: records the largest texture allocation (texImage2D/texStorage2D and
 * their 3D and compressed forms, WebGL 1 and 2) split by caller, and the first-picture time. Allocations whose
 * stack holds one of the build's scripts (`/assets/*.js`) are the exhibit's; the rest come from injected code
 * such as the headset emulator, which allocates its own framebuffer textures.
 */
function measureProbe(): void {
  const w = window as MeasureWindow;
  const probe: MeasureProbe = { readyWall: null, ready: null, tex: { app: null, other: null }, oversize: [] };
  w.__e2eMeasure = probe;
  const note = (width: number, height: number, depth: number) => {
    if (!(width > 0 && height > 0)) return;
    const key = /\/assets\/[^\s()]+\.js/.test(new Error().stack ?? '') ? 'app' : 'other';
    if (key === 'app' && (width > 2048 || height > 2048) && probe.oversize.length < 50) probe.oversize.push({ width, height, depth });
    const cur = probe.tex[key];
    if (!cur || width * height * depth > cur.width * cur.height * cur.depth) probe.tex[key] = { width, height, depth };
  };
  type Source = { naturalWidth?: number; naturalHeight?: number; videoWidth?: number; videoHeight?: number; displayWidth?: number; displayHeight?: number; width?: number; height?: number };
  const sourceSize = (s: unknown): number[] => {
    if (!s || typeof s !== 'object') return [0, 0];
    const x = s as Source;
    return [x.naturalWidth || x.videoWidth || x.displayWidth || x.width || 0, x.naturalHeight || x.videoHeight || x.displayHeight || x.height || 0];
  };
  const sizeOf: Record<string, (a: unknown[]) => unknown[]> = {
    texImage2D: (a) => (a.length >= 9 ? [a[3], a[4]] : sourceSize(a[5])),
    texStorage2D: (a) => [a[3], a[4]],
    compressedTexImage2D: (a) => [a[3], a[4]],
    texImage3D: (a) => [a[3], a[4], a[5]],
    texStorage3D: (a) => [a[3], a[4], a[5]],
    compressedTexImage3D: (a) => [a[3], a[4], a[5]],
  };
  for (const ctor of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype as unknown as Record<string, unknown>;
    for (const [name, size] of Object.entries(sizeOf)) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (this: unknown, ...a: unknown[]) {
        try {
          const [x, y, z] = size(a);
          note(Number(x), Number(y), Number(z) || 1);
        } catch {
          // a size we cannot read must not break the page
        }
        return (original as (...args: unknown[]) => unknown).apply(this, a);
      };
    }
  }
  const check = (): boolean => {
    if (probe.readyWall !== null) return true;
    try {
      if (w.exhibit?.state().ready) {
        probe.ready = performance.now();
        probe.readyWall = Date.now();
        return true;
      }
    } catch {
      // the API is not installed yet
    }
    return false;
  };
  const raf = () => {
    if (!check()) requestAnimationFrame(raf);
  };
  requestAnimationFrame(raf);
  const timer = setInterval(() => check() && clearInterval(timer), 5);
}

/** Installs the measure probe in every page of the context (call before the page loads). */
export async function installMeasureProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(measureProbe);
}

/** Waits for the first picture and returns its wall-clock time (`Date.now()` in the page). */
export async function firstPictureWall(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as MeasureWindow).__e2eMeasure?.readyWall != null, null, { timeout: WAIT_MS });
  return page.evaluate(() => (window as MeasureWindow).__e2eMeasure!.readyWall!);
}

/** The largest texture the exhibit's scripts have allocated so far, and the largest from anything else. */
export const largestTextures = (page: Page): Promise<MeasureProbe['tex']> => page.evaluate(() => (window as MeasureWindow).__e2eMeasure!.tex);

/** The exhibit's texture allocations so far that do not fit in 2048×2048 (at most 50). */
export const oversizeTextures = (page: Page): Promise<TextureSize[]> => page.evaluate(() => (window as MeasureWindow).__e2eMeasure!.oversize);

/** `window.exhibit.renderStats()`; fails when the canvas has not registered its reader. */
export async function renderStats(page: Page): Promise<RenderStats> {
  const s = await page.evaluate(() => (window as MeasureWindow).exhibit!.renderStats());
  if (!s) throw new Error('exhibit.renderStats() returned null: no canvas');
  return s;
}

/** GL counts of the view on screen plus the largest texture the exhibit has allocated. */
export interface ViewFigures extends RenderStats {
  /** The largest (by area) so far. */
  largestTexture: TextureSize | null;
  /** Those over 2048 on a side so far. */
  oversizeTextures: TextureSize[];
}

export async function viewFigures(page: Page): Promise<ViewFigures> {
  return { ...(await renderStats(page)), largestTexture: (await largestTextures(page)).app, oversizeTextures: await oversizeTextures(page) };
}

/** Text for a texture size, e.g. `2048×128`. */
export const sizeText = (t: TextureSize | null): string => (t ? `${t.width}×${t.height}${t.depth > 1 ? `×${t.depth}` : ''}` : 'none');

// ---------------------------------------------------------------------------------------------------------
// Network

/** One finished (or failed) request of a context. */
export interface NetEntry {
  url: string;
  /** Wall-clock start and end (ms since the epoch), from the browser's timing where it has one. */
  startWall: number;
  endWall: number;
  /** Encoded bytes on the wire: response headers + body as transferred (compressed). */
  bytes: number;
  /** Issued by a service worker (its own fetches: precache, network fallbacks). */
  byServiceWorker: boolean;
  /** A page request the service worker answered: its network cost, if any, is the worker's own request. */
  answeredByServiceWorker: boolean;
  failed: boolean;
}

/** Network log of a context: every request of its pages and service workers. */
export interface NetLog {
  entries: NetEntry[];
  /** Resolves once every finished request's sizes have been read. */
  settle(): Promise<void>;
}

export function recordNetwork(context: BrowserContext): NetLog {
  const entries: NetEntry[] = [];
  const pending: Promise<void>[] = [];
  const add = async (req: Request, failed: boolean) => {
    const now = Date.now();
    const e: NetEntry = { url: req.url(), startWall: now, endWall: now, bytes: 0, byServiceWorker: !!req.serviceWorker(), answeredByServiceWorker: false, failed };
    try {
      const t = req.timing();
      if (t.startTime > 0) e.startWall = t.startTime;
      if (t.startTime > 0 && t.responseEnd >= 0) e.endWall = t.startTime + t.responseEnd;
      const res = await req.response();
      e.answeredByServiceWorker = !!res?.fromServiceWorker();
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

/** Requests that crossed the wire (not `data:`/`blob:`, not answered by the service worker) and their bytes. */
export function onTheWire(entries: NetEntry[], filter: (e: NetEntry) => boolean = () => true): { requests: number; bytes: number; urls: string[] } {
  const list = entries.filter((e) => !e.answeredByServiceWorker && !e.url.startsWith('data:') && !e.url.startsWith('blob:') && filter(e));
  return { requests: list.length, bytes: list.reduce((a, e) => a + e.bytes, 0), urls: list.map((e) => e.url) };
}

// ---------------------------------------------------------------------------------------------------------
// The build's JavaScript, over HTTP

/** A set of JS files with their sizes (gzip at level 9, computed here). */
export interface JsSet {
  files: string[];
  bytes: number;
  gzip: number;
}

/** The build's JavaScript: what loads before the first picture, what the build emits in all. */
export interface BuildJs {
  /** index.html's module scripts and modulepreloads, and their static imports, transitively. */
  initial: JsSet;
  /** Every .js the build serves: the import graph (static and dynamic), the service worker and every .js it lists. */
  total: JsSet;
  /** Loaded later with `import()`. */
  lazy: string[];
}

const rel = (p: string) => posix.normalize(p.replace(/^\.\//, ''));

/** Fetches index.html, follows the import graph and the service worker's file lists, and gzips every .js. */
export async function buildJs(base: string): Promise<BuildJs> {
  const cache = new Map<string, Buffer>();
  const get = async (path: string): Promise<Buffer> => {
    const hit = cache.get(path);
    if (hit) return hit;
    const res = await fetch(new URL(path, base));
    if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
    const buf = Buffer.from(await res.arrayBuffer());
    cache.set(path, buf);
    return buf;
  };
  const html = (await get('index.html')).toString('utf8');
  const entries = [...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map((m) => rel(m[1]!));
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => rel(m[1]!));
  if (!entries.length) throw new Error('index.html has no module script');

  const crawl = async (start: string[], follow: (code: string) => string[]): Promise<Set<string>> => {
    const seen = new Set<string>();
    const queue = [...start];
    while (queue.length) {
      const f = queue.shift()!;
      if (seen.has(f)) continue;
      seen.add(f);
      const code = (await get(f)).toString('utf8');
      for (const s of follow(code)) queue.push(rel(posix.join(posix.dirname(f), s)));
    }
    return seen;
  };
  const initial = await crawl([...entries, ...preloads], staticImports);
  const graph = await crawl([...entries, ...preloads], (code) => [...staticImports(code), ...dynamicImports(code)]);
  // The service worker precaches every file of the build: its lists name the .js files no import reaches.
  const sw = (await get('sw.js')).toString('utf8');
  const listed = [...sw.matchAll(/["']\.\/([^"'\s]+\.js)["']/g)].map((m) => rel(m[1]!));
  const all = new Set([...graph, ...listed, 'sw.js']);

  const set = (files: Iterable<string>): Promise<JsSet> =>
    Promise.all([...files].sort().map(async (f) => ({ f, buf: await get(f) }))).then((list) => ({
      files: list.map((x) => x.f),
      bytes: list.reduce((a, x) => a + x.buf.length, 0),
      gzip: list.reduce((a, x) => a + gzipSync(x.buf, { level: 9 }).length, 0),
    }));
  return { initial: await set(initial), total: await set(all), lazy: [...graph].filter((f) => !initial.has(f)).sort() };
}

// ---------------------------------------------------------------------------------------------------------
// Emulated VR

/** Turns the injected headset's stereo rendering on (call after `installHeadset`, before the page loads). */
export async function stereoOn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __xrDevice: { stereoEnabled: boolean } }).__xrDevice.stereoEnabled = true;
  });
}

/** XR frames until the render counts have stayed the same for `need` readings two frames apart. */
export async function settleXR(page: Page, need = 3): Promise<RenderStats> {
  let last = '';
  let same = 0;
  for (let i = 0; i < 20; i++) {
    await xrFrames(page, 2);
    const s = await renderStats(page);
    const key = `${s.calls}/${s.triangles}/${s.geometries}/${s.textures}/${s.programs}`;
    same = key === last ? same + 1 : 0;
    last = key;
    if (same >= need - 1) return s;
  }
  throw new Error(`XR render counts never settled; last ${last}`);
}
