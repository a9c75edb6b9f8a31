/**
 * The in-page probe of the benchmark and the budget tests, installed before any page script
 * (`context.addInitScript(pageProbe)`): it keeps its findings in `window.__measure`. Plain JavaScript so that
 * bench/ and tests/e2e share one copy; the function runs in the page, so it uses nothing from this module.
 *
 * It records: WebGL draw calls (count, first one's time); the largest texture allocation, split by caller (the
 * exhibit's own scripts, `/assets/*.js` in the stack, or anything else such as the injected headset emulator,
 * which allocates its own framebuffer textures) and every one over 2048 on a side; the live shader programs of
 * canvases in the page by material name (three's `SHADER_TYPE` / `SHADER_NAME` defines); the first picture
 * (`exhibit.state().ready`, checked every animation frame and every 5 ms); and, on demand, a frame recorder.
 */

/** Installs `window.__measure` (runs in the page). */
export function pageProbe() {
  const w = window;
  if (w.__measure) return;
  const probe = { draws: 0, allocs: 0, firstDraw: null, ready: null, readyWall: null, tex: { app: null, other: null }, oversize: [], rec: null };
  w.__measure = probe;
  const note = (width, height, depth) => {
    if (!(width > 0 && height > 0)) return;
    const key = /\/assets\/[^\s()]+\.js/.test(new Error().stack || '') ? 'app' : 'other';
    if (key === 'app' && (width > 2048 || height > 2048) && probe.oversize.length < 50) probe.oversize.push({ width, height, depth });
    const cur = probe.tex[key];
    if (!cur || width * height * depth > cur.width * cur.height * cur.depth) probe.tex[key] = { width, height, depth };
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
  const wrap = (proto, name, before) => {
    const original = proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function (...a) {
      before(this, a);
      return original.apply(this, a);
    };
  };
  const sources = new WeakMap();
  const attached = new WeakMap();
  const live = new Map();
  const drawMethods = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'multiDrawArraysWEBGL', 'multiDrawElementsWEBGL'];
  for (const ctor of [w.WebGLRenderingContext, w.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    for (const name of drawMethods)
      wrap(proto, name, () => {
        probe.draws++;
        if (probe.firstDraw === null) probe.firstDraw = performance.now();
      });
    for (const [name, size] of Object.entries(sizeOf))
      wrap(proto, name, (_gl, a) => {
        probe.allocs++;
        try {
          const [x, y, z] = size(a);
          note(Number(x), Number(y), Number(z) || 1);
        } catch {
          // a size we cannot read must not break the page
        }
      });
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
  probe.programs = () => {
    const out = {};
    for (const { gl, name } of live.values()) {
      if (!gl.canvas || !gl.canvas.isConnected) continue;
      out[name] = (out[name] || 0) + 1;
    }
    return out;
  };
  const check = () => {
    if (probe.ready !== null) return true;
    try {
      if (w.exhibit && w.exhibit.state().ready) {
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

/** Installs the probe in every page of a context (call before the page loads). */
export async function installProbe(context) {
  await context.addInitScript(pageProbe);
}

/** Waits for the first picture; its time from navigation start and on the wall clock, and the first draw's time. */
export async function firstPicture(page, timeout) {
  await page.waitForFunction(() => window.__measure?.readyWall != null, null, { timeout });
  return page.evaluate(() => ({ ready: window.__measure.ready, readyWall: window.__measure.readyWall, firstDraw: window.__measure.firstDraw }));
}

/** The largest texture the exhibit's scripts allocated so far (`app`), the largest from anything else, and those over 2048. */
export const probeTextures = (page) => page.evaluate(() => ({ ...window.__measure.tex, oversize: window.__measure.oversize }));

/** Live shader programs of the page's canvases, by material name, with counts. */
export const programNames = (page) => page.evaluate(() => window.__measure.programs());

/** Starts recording animation frames: `[timestamp, draws so far, texture allocations so far]` each. */
export const startFrameRecorder = (page) => page.evaluate(() => window.__measure.startRec());

/** Frames recorded so far. */
export const recordedFrames = (page) => page.evaluate(() => window.__measure.rec?.length ?? 0);

/** Stops the recorder and returns its frames. */
export const stopFrameRecorder = (page) => page.evaluate(() => window.__measure.stopRec());

/** `window.exhibit.renderStats()`; fails when the canvas has not registered its reader. */
export async function renderStats(page) {
  const s = await page.evaluate(() => window.exhibit.renderStats());
  if (!s) throw new Error('exhibit.renderStats() returned null: no canvas');
  return s;
}

/** GL counts of the view on screen, the largest textures so far and the live programs by name. */
export async function viewFigures(page) {
  const s = await renderStats(page);
  const tex = await probeTextures(page);
  return {
    ...s,
    largestTexture: tex.app,
    largestTextureArea: tex.app ? tex.app.width * tex.app.height * tex.app.depth : 0,
    largestEmulatorTexture: tex.other,
    oversizeTextures: tex.oversize,
    programNames: await programNames(page),
  };
}

/** Text for a texture size, e.g. `2048×128`. */
export const sizeText = (t) => (t ? `${t.width}×${t.height}${t.depth > 1 ? `×${t.depth}` : ''}` : 'none');
