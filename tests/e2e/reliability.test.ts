import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, exhibitState as baseState, finish, newExhibitPage, openExhibit, poll, waitForIdle } from './helpers';
import { enterVR, exitVR, installHeadset, renderStats, xrFrames } from './xr-helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;

/** The state, with the booth fields these tests read. */
const exhibitState = (page: ExhibitPage['page']) => baseState(page) as Promise<Awaited<ReturnType<typeof baseState>> & { mode: string; tour: { index: number } | null }>;

type Win = Window & { exhibit: { select(id: string): void; state(): { selected: string | null } }; __csp?: string[]; __ext?: { loseContext(): void; restoreContext(): void } };

/** Records every Content Security Policy violation the page reports. */
async function watchCsp(page: ExhibitPage['page']) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}
const cspViolations = (page: ExhibitPage['page']) => page.evaluate(() => (window as unknown as Win).__csp ?? []);

describe('faults an unattended booth must survive', () => {
  it('shows a notice when the GPU context is lost and rebuilds the scene on restore, keeping the selection', async () => {
    t = await newExhibitPage(browser());
    await openExhibit(t.page, '#/pavilion/goertek', { settle: true });
    await t.page.evaluate(() => {
      const w = window as unknown as Win;
      const gl = document.querySelector('canvas')!.getContext('webgl2')!;
      w.__ext = gl.getExtension('WEBGL_lose_context') as Win['__ext'];
      w.__ext!.loseContext();
    });
    await poll(() => t!.page.getByRole('alert').allInnerTexts()).toEqual(['The graphics system was reset; restoring the 3D view…']);
    // The HUD keeps working while the 3D view is gone.
    await t.page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Pico', exact: true }).click();
    await poll(() => exhibitState(t!.page)).toMatchObject({ selected: 'pico' });
    await t.page.evaluate(() => (window as unknown as Win).__ext!.restoreContext());
    await poll(() => t!.page.getByRole('alert').count()).toBe(0);
    await waitForIdle(t.page);
    const stats = (await renderStats(t.page))!;
    expect(stats.calls).toBeGreaterThan(5);
    expect(await exhibitState(t.page)).toMatchObject({ selected: 'pico', view: 'pavilion' });
    await finish(t);
  });

  for (const [what, body] of [
    ['missing', null],
    ['corrupt', 'this is not a font'],
  ] as const)
    it(`says so when a font file is ${what}, and the HUD stays usable`, async () => {
      t = await newExhibitPage(browser());
      await t.context.route(/exhibit-sc-700-[^/]*\.ttf$/, (route) => (body === null ? route.fulfill({ status: 404, body: 'Not found' }) : route.fulfill({ status: 200, body, contentType: 'font/ttf' })));
      await openExhibit(t.page);
      await poll(() => t!.page.getByRole('status').innerText()).toMatch(/a font file\) is missing or damaged/);
      await t.page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek' }).click();
      await poll(() => exhibitState(t!.page)).toMatchObject({ selected: 'goertek' });
      // The failure is logged for staff. The font is fetched twice, by the app's check and by troika when a text
      // first needs it (which can come seconds later on a busy machine): wait for both reports, and for the
      // browser's own line per 404, then take exactly those lines and nothing else.
      const expected = [/^console\.error: Exhibit font missing or damaged: \S+exhibit-sc-700-/, /^console\.error: Failure loading font \S+exhibit-sc-700-/];
      const resource404 = /^console\.error: Failed to load resource: the server responded with a status of 404/;
      const seen = () => ({
        reports: expected.map((re) => t!.watch.errors.filter((e) => re.test(e)).length),
        notFound: t!.watch.errors.filter((e) => resource404.test(e)).length,
      });
      await poll(seen).toEqual({ reports: [1, 1], notFound: body === null ? 2 : 0 });
      const errors = t.watch.errors.splice(0);
      expect(errors.filter((e) => !resource404.test(e) && !expected.some((re) => re.test(e)))).toEqual([]);
      await finish(t);
    });

  it('rejects an unknown pavilion through the API with a clear error and leaves the state alone', async () => {
    t = await newExhibitPage(browser());
    await openExhibit(t.page, '#/pavilion/pico');
    const error = await t.page.evaluate(() => {
      try {
        (window as unknown as Win).exhibit.select('no-such-pavilion');
        return null;
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(error).toMatch(/unknown pavilion "no-such-pavilion"/);
    expect(await exhibitState(t.page)).toMatchObject({ selected: 'pico' });
    await finish(t);
  });
});

describe('Content Security Policy', () => {
  it('is in the built page and nothing violates it on the desktop, in a tour and in VR', async () => {
    t = await newExhibitPage(browser());
    await watchCsp(t.page);
    await installHeadset(t.page, 'quest3');
    await openExhibit(t.page, '?timescale=10', { settle: true });
    const csp = await t.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    await t.page.getByRole('navigation', { name: 'Figures' }).getByRole('button', { name: 'Timeline' }).click();
    await t.page.getByRole('button', { name: 'Guided tour' }).click();
    await poll(() => exhibitState(t!.page)).toMatchObject({ mode: 'tour' });
    await poll(async () => (await exhibitState(t!.page)).tour?.index ?? 0).toBeGreaterThanOrEqual(3);
    await t.page.evaluate(() => (window as unknown as { exhibit: { stopTour(): void } }).exhibit.stopTour());
    await enterVR(t.page);
    await xrFrames(t.page, 6);
    await exitVR(t.page);
    expect(await cspViolations(t.page)).toEqual([]);
    await finish(t);
  });
});

/** What the init script counts in the page: live intervals, window/document listeners, WebGL buffers and vertex arrays. */
interface LiveCounts {
  intervals: number;
  listeners: number;
  glBuffers: number;
  vertexArrays: number;
  /** Entries in @pmndrs/pointer-events' global pointer registry (see src/xr/session-pointers.ts); -1 if it is gone. */
  pointers: number;
}

describe('all-day run (accelerated)', () => {
  it('drives the tour through 500+ stops and 20 VR sessions without leaking', async () => {
    t = await newExhibitPage(browser());
    // Count live intervals, listeners on window/document, and WebGL buffers and vertex arrays, before any page
    // script: three frees GPU objects only when the exhibit disposes what it made, so these catch a scene object
    // that is dropped without dispose() even where renderer.info does not (an instanced mesh's matrix buffer).
    await t.page.addInitScript(() => {
      const w = window as unknown as { __live: { intervals: Set<number>; listeners: number; glBuffers: number; vertexArrays: number } };
      w.__live = { intervals: new Set(), listeners: 0, glBuffers: 0, vertexArrays: 0 };
      const si = window.setInterval.bind(window);
      const ci = window.clearInterval.bind(window);
      window.setInterval = ((fn: TimerHandler, ms?: number, ...a: unknown[]) => {
        const id = si(fn, ms, ...a);
        w.__live.intervals.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) w.__live.intervals.delete(id);
        ci(id);
      }) as typeof window.clearInterval;
      // Listeners as the DOM keeps them: one per target, type, capture flag and function (adding twice is one).
      const registered = new Map<EventTarget, Map<string, Set<unknown>>>();
      const keyOf = (type: unknown, options: unknown) => `${String(type)}:${typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean } | undefined)?.capture)}`;
      const recount = () => {
        let n = 0;
        for (const byKey of registered.values()) for (const set of byKey.values()) n += set.size;
        w.__live.listeners = n;
      };
      for (const target of [window, document]) {
        const add = target.addEventListener.bind(target);
        const remove = target.removeEventListener.bind(target);
        registered.set(target, new Map());
        const byKey = registered.get(target)!;
        target.addEventListener = ((type: string, listener: unknown, options?: unknown) => {
          if (listener) {
            const key = keyOf(type, options);
            if (!byKey.has(key)) byKey.set(key, new Set());
            byKey.get(key)!.add(listener);
            recount();
          }
          return (add as (...a: unknown[]) => void)(type, listener, options);
        }) as typeof add;
        target.removeEventListener = ((type: string, listener: unknown, options?: unknown) => {
          byKey.get(keyOf(type, options))?.delete(listener);
          recount();
          return (remove as (...a: unknown[]) => void)(type, listener, options);
        }) as typeof remove;
      }
      const gl = WebGL2RenderingContext.prototype;
      // The emulator's layers polyfill (the projection-layer path; a real headset browser composes layers itself)
      // builds a compositor with 2 buffers and a vertex array per session and never deletes them: the emulator's
      // objects, not the exhibit's, so they are not counted (seen at the GL level: created in its `_createVAOs`).
      const emulators = new WeakSet<object>();
      const byEmulator = () => (new Error().stack ?? '').includes('_createVAOs');
      const count = <K extends keyof typeof gl>(name: K, key: 'glBuffers' | 'vertexArrays', step: 1 | -1) => {
        const original = gl[name] as unknown as (...a: unknown[]) => unknown;
        (gl as unknown as Record<string, unknown>)[name] = function (this: WebGL2RenderingContext, ...a: unknown[]) {
          if (step > 0) {
            const made = original.apply(this, a);
            if (made && byEmulator()) emulators.add(made as object);
            else w.__live[key] += 1;
            return made;
          }
          if (a[0] != null && !emulators.has(a[0] as object)) w.__live[key] -= 1;
          return original.apply(this, a);
        };
      };
      count('createBuffer', 'glBuffers', 1);
      count('deleteBuffer', 'glBuffers', -1);
      count('createVertexArray', 'vertexArrays', 1);
      count('deleteVertexArray', 'vertexArrays', -1);
    });
    await installHeadset(t.page, 'quest3');
    await openExhibit(t.page, '', { settle: true });
    const cdp = await t.context.newCDPSession(t.page);
    const heap = async () => {
      // Chrome refetches the favicon on every change of the link and keeps a timing entry for each (up to its
      // buffer size): browser bookkeeping, not the exhibit's, so it is cleared before each reading.
      await t!.page.evaluate(() => performance.clearResourceTimings());
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const live = () =>
      t!.page.evaluate((): LiveCounts => {
        const l = (window as unknown as { __live: { intervals: Set<number>; listeners: number; glBuffers: number; vertexArrays: number } }).__live;
        const pointers = (globalThis as { pointerEventspointerMap?: Map<number, unknown> }).pointerEventspointerMap?.size ?? -1;
        return { intervals: l.intervals.size, listeners: l.listeners, glBuffers: l.glBuffers, vertexArrays: l.vertexArrays, pointers };
      });
    /** Steps the tour with its own Next button `count` times, restarting it at its end; returns the stops taken. */
    const stepTour = (count: number) =>
      t!.page.evaluate(async (total) => {
        const pause = () => new Promise((r) => setTimeout(r, 15));
        const button = (label: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === label);
        let n = 0;
        while (n < total) {
          const next = button('Next');
          if (next) {
            next.click();
            n++;
          } else button('Guided tour')?.click();
          await pause();
        }
        (window as unknown as { exhibit: { stopTour(): void; overview(): void } }).exhibit.stopTour();
        (window as unknown as { exhibit: { overview(): void } }).exhibit.overview();
        return n;
      }, count);
    const vrSessions = async (count: number, frames: number) => {
      for (let i = 0; i < count; i++) {
        await enterVR(t!.page);
        await xrFrames(t!.page, frames);
        await exitVR(t!.page);
      }
      await waitForIdle(t!.page, 800);
    };

    // Warm up with the same mix as the measured run. V8 keeps compiling hot paths for the first few hundred
    // stops and the first sessions (heap snapshots show the growth settling: about 1.1 MB of optimised code over
    // the first 260 stops, under 45 kB per 130 stops after 520), and optimised code counts as heap.
    for (let round = 0; round < 4; round++) {
      await stepTour(130);
      await vrSessions(3, 4);
    }
    // Controller models load and upload over the first sessions and stay cached: make sure a session leaves the
    // counts unchanged (a leak never settles), then take the baseline.
    let previous = -1;
    for (let warmups = 0; ; warmups++) {
      expect(warmups, 'resource counts never settled between sessions').toBeLessThan(6);
      await vrSessions(1, 6);
      await waitForIdle(t.page);
      const g = (await renderStats(t.page))!.geometries;
      if (g === previous) break;
      previous = g;
    }
    const base = { stats: (await renderStats(t.page))!, heap: await heap(), live: await live() };
    // The workaround in src/xr/session-pointers.ts reads a private global of the library: fail loudly if an
    // upgrade renames it, rather than let the workaround silently stop working.
    expect(base.live.pointers, 'pointer-events registry not found: re-check src/xr/session-pointers.ts').toBeGreaterThanOrEqual(0);

    // 520 tour stops, as fast as the page takes them (the dwell clock is covered by the tour tests).
    const stops = await stepTour(520);
    expect(stops).toBe(520);
    await vrSessions(20, 3);
    const end = { stats: (await renderStats(t.page))!, heap: await heap(), live: await live() };

    const growth = end.heap / base.heap;
    console.log(`[soak] JS heap after GC: ${base.heap} → ${end.heap} bytes (×${growth.toFixed(3)}); live ${JSON.stringify(base.live)} → ${JSON.stringify(end.live)}`);
    expect(end.stats.geometries).toBeLessThanOrEqual(base.stats.geometries);
    expect(end.stats.textures).toBeLessThanOrEqual(base.stats.textures);
    expect(end.live.intervals).toBeLessThanOrEqual(base.live.intervals);
    expect(end.live.listeners).toBeLessThanOrEqual(base.live.listeners);
    expect(end.live.glBuffers, 'WebGL buffers still alive after the soak').toBeLessThanOrEqual(base.live.glBuffers);
    expect(end.live.vertexArrays, 'WebGL vertex arrays still alive after the soak').toBeLessThanOrEqual(base.live.vertexArrays);
    expect(end.live.pointers, 'XR pointers still registered after their sessions').toBeLessThanOrEqual(base.live.pointers);
    expect(growth, 'JS heap growth over the soak').toBeLessThan(1.1);
    await finish(t);
  }, 600_000);
});

describe('a damaged asset inside the scene', () => {
  it('shows a friendly message with Retry when a controller model is corrupt, and the HUD stays usable', async () => {
    t = await newExhibitPage(browser());
    await installHeadset(t.page, 'quest3');
    await t.context.route(/xr-profiles\/meta-quest-touch-plus\/(left|right)\.glb$/, (route) => route.fulfill({ status: 200, body: 'not a model', contentType: 'model/gltf-binary' }));
    await openExhibit(t.page);
    await enterVR(t.page);
    await poll(() => t!.page.getByRole('alert').allInnerTexts()).toEqual([expect.stringContaining('The 3D scene ran into a problem.')]);
    await t.page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek' }).click();
    await poll(() => exhibitState(t!.page)).toMatchObject({ selected: 'goertek' });
    await t.context.unroute(/xr-profiles/);
    await t.page.getByRole('button', { name: 'Retry' }).click();
    await poll(() => t!.page.locator('canvas').count()).toBe(1);
    await poll(() => t!.page.getByRole('alert').count()).toBe(0);
    // The failure was logged for staff.
    expect(t.watch.errors.splice(0).some((e) => e.includes('The 3D scene failed'))).toBe(true);
    await finish(t);
  });
});
