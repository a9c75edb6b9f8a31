/**
 * Shared helpers for the browser tests: a fresh page per test that records console errors, page errors and
 * every request; `openExhibit` to load a route and wait for the rendered scene; waiting until the on-demand
 * renderer is idle; reading `window.exhibit`; and decoding screenshots to check pixels.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { installDrawCounter, waitForIdle as sharedWaitForIdle } from '../../measure/idle.mjs';
import { strayXRDraws } from '../../measure/xr.mjs';
import type { ExhibitApi, ExhibitSnapshot } from '../../src/state/automation';

/** The `window.exhibit.state()` snapshot and the API itself, typed from the exhibit's own declarations. */
export type ExhibitState = ExhibitSnapshot;

/** What the page exposes to `page.evaluate` callbacks: the exhibit API and our draw counter. */
export type ExhibitWindow = Window & { exhibit?: ExhibitApi; __e2eDraws?: number };

export const pavilionIds = ['douyin-pico', 'pico', 'dapeng-vr', 'goertek'] as const;
export const panelIds = ['district-enterprises', 'district-economy', 'vr-industry', 'timeline'] as const;

/** How long to wait for something the page should do by itself (software rendering on two cores is slow). */
export const WAIT_MS = 20_000;

/** The preview server's URL, from the global setup. */
export const baseUrl = (): string => inject('baseUrl');

/** Where screenshots for humans go (git-ignored). */
export const resultsDir = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

/** Everything a page did that the tests check afterwards. */
export interface PageWatch {
  /** Console messages of type `error` and uncaught page errors, as text. */
  errors: string[];
  /** Every request URL the context issued (pages and workers). */
  requests: string[];
  /** Requests to anything but the preview server, `blob:` and `data:` URLs. */
  foreignRequests(): string[];
}

/** A fresh context and page for one test, with its watch. */
export interface ExhibitPage {
  context: BrowserContext;
  page: Page;
  watch: PageWatch;
}

/** The page's WebGL draw counter (measure/idle.mjs): the exhibit renders on demand, so a count that stops changing means the scene is drawn and the camera is at rest. */
const DRAWS = '__e2eDraws';

/** Opens a new context (own storage, locale, viewport) and page that records errors and requests. */
export async function newExhibitPage(browser: Browser, options: BrowserContextOptions = {}): Promise<ExhibitPage> {
  const context = await browser.newContext({ viewport: { width: 800, height: 500 }, locale: 'en-US', ...options });
  const origin = new URL(baseUrl()).origin;
  const watch: PageWatch = {
    errors: [],
    requests: [],
    foreignRequests() {
      return this.requests.filter((u) => !(u.startsWith('blob:') || u.startsWith('data:') || new URL(u).origin === origin));
    },
  };
  context.on('request', (r) => watch.requests.push(r.url()));
  await installDrawCounter(context, DRAWS);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`page error: ${e.message}`));
  return { context, page, watch };
}

/**
 * The checks every test ends with: no console/page errors, no request off the local server, and with an emulated
 * headset nothing drawn into the session's framebuffer outside the XR frame (Pico's browser refuses such draws).
 * Closes the context.
 */
export async function finish(t: ExhibitPage | undefined): Promise<void> {
  if (!t) return;
  const stray = t.page.isClosed() ? null : await strayXRDraws(t.page).catch(() => null);
  await t.context.close();
  expect(stray?.samples ?? [], `draws into the XR framebuffer outside the XR frame (${stray?.count ?? 0})`).toEqual([]);
  expect(t.watch.errors, 'console errors and page errors').toEqual([]);
  expect(t.watch.foreignRequests(), 'requests to other hosts').toEqual([]);
  expect(t.watch.requests.length, 'the page loaded something').toBeGreaterThan(0);
}

/**
 * Waits until the exhibit's renderer has drawn and then been idle for `quietMs` (no draw call) while animation
 * frames kept coming (no gap over 100 ms: software WebGL can stall the frame pipeline for seconds after load, and
 * a stall is not rest). Then the scene is on screen and any camera flight has come to rest.
 */
export async function waitForIdle(page: Page, quietMs = 500): Promise<void> {
  await sharedWaitForIdle(page, { counter: DRAWS, quietMs, timeout: WAIT_MS });
}

/**
 * Navigates to the exhibit at `route` (`''`, `'#/pavilion/pico'`, `'?lang=zh'`, ...) and waits for `window.exhibit`,
 * the canvas and its first frame. With `settle`, also waits until rendering has stopped (camera at rest), which
 * tests that look at the canvas (pixels, screen positions, clicks, camera movement) need.
 */
export async function openExhibit(page: Page, route = '', { settle = false }: { settle?: boolean } = {}): Promise<void> {
  await page.goto(baseUrl() + route);
  await page.waitForFunction(
    () => {
      const w = window as ExhibitWindow;
      return !!w.exhibit && !!document.querySelector('canvas') && (w.__e2eDraws ?? 0) > 0;
    },
    null,
    { timeout: WAIT_MS },
  );
  if (settle) await waitForIdle(page);
}

/** `window.exhibit.state()`. */
export const exhibitState = (page: Page): Promise<ExhibitState> => page.evaluate(() => (window as ExhibitWindow).exhibit!.state());

/** `location.hash`. */
export const hash = (page: Page): Promise<string> => page.evaluate(() => location.hash);

/** `window.exhibit.screenPosition(id)`. */
export const screenPosition = (page: Page, id: string): Promise<{ x: number; y: number } | null> =>
  page.evaluate((pid) => (window as ExhibitWindow).exhibit!.screenPosition(pid), id);

/** Polls `read` until the assertion chained on the result passes (or WAIT_MS passes). */
export const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: WAIT_MS, interval: 100 });

/** Waits until the state matches `want` and the hash is `wantHash`, then asserts both (for readable failures). */
export async function expectSelection(page: Page, want: Partial<ExhibitState>, wantHash: string): Promise<void> {
  await poll(() => exhibitState(page)).toMatchObject(want);
  await poll(() => hash(page)).toBe(wantHash);
}

/** The details region's visible text. */
export const detailsText = (page: Page, name = 'Details'): Promise<string> => page.getByRole('region', { name }).innerText();

/** The notice (role=status) text, whitespace collapsed. */
export const noticeText = async (page: Page): Promise<string> => (await page.getByRole('status').innerText()).replace(/\s+/g, ' ').trim();

/** Saves a full-page screenshot for humans under test-results/e2e/. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: `${resultsDir}${name}.png` });
}

/** RGBA pixels of an image. */
export interface Pixels {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row. */
  data: Uint8Array;
}

/** Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are). */
export function decodePng(png: Buffer): Pixels {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const depth = body[8];
      const colour = body[9];
      const interlace = body[12];
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
      channels = colour === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const rows = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? rows[dst + x - channels]! : 0;
      const b = y > 0 ? rows[dst - stride + x]! : 0;
      const c = x >= channels && y > 0 ? rows[dst - stride + x - channels]! : 0;
      let predictor = 0;
      if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else if (filter !== 0) throw new Error(`bad PNG filter ${filter}`);
      rows[dst + x] = (raw[src + x]! + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!;
    data[j + 1] = rows[i + 1]!;
    data[j + 2] = rows[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}

/** Colour statistics of an image: distinct colours (5 bits a channel) and the share of the most common one. */
export function colourStats(img: Pixels): { distinct: number; dominantShare: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < img.data.length; i += 4) {
    const key = ((img.data[i]! >> 3) << 10) | ((img.data[i + 1]! >> 3) << 5) | (img.data[i + 2]! >> 3);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const dominant = Math.max(...counts.values());
  return { distinct: counts.size, dominantShare: dominant / (img.width * img.height) };
}

/**
 * Screenshots only what the WebGL canvas shows: every element that is neither the canvas nor one of its
 * ancestors is hidden first (the HUD), then the canvas's box is captured and decoded.
 */
export async function canvasPixels(page: Page): Promise<Pixels> {
  const box = await page.evaluate(() => {
    const canvas = document.querySelector('canvas');
    if (!canvas) return null;
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (el !== canvas && !el.contains(canvas)) el.style.visibility = 'hidden';
    }
    const r = canvas.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  });
  if (!box || box.width < 1 || box.height < 1) throw new Error('no visible canvas');
  return decodePng(await page.screenshot({ clip: box }));
}
