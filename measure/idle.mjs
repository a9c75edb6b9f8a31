/**
 * Waiting for the on-demand renderer to rest, for the benchmark and the browser tests: a draw counter installed
 * before any page script, and a wait until it has stopped changing while animation frames keep coming.
 * Plain JavaScript so bench/ and tests/e2e share one copy.
 */

/** Runs in the page: counts WebGL draw calls into `window[name]`. */
export function countDraws(name) {
  const w = window;
  w[name] = 0;
  const methods = ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements'];
  for (const ctor of [w.WebGLRenderingContext, w.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const proto = ctor.prototype;
    for (const method of methods) {
      const original = proto[method];
      if (typeof original !== 'function') continue;
      proto[method] = function (...args) {
        w[name] = (w[name] ?? 0) + 1;
        return original.apply(this, args);
      };
    }
  }
}

/** Installs the draw counter `window[name]` in every page of a context (call before the page loads). */
export async function installDrawCounter(context, name) {
  await context.addInitScript(countDraws, name);
}

/**
 * Waits until the page has drawn and then been idle for `quietMs` (the counter `window[counter]` unchanged)
 * while animation frames kept coming (no gap over 100 ms: software WebGL can stall the frame pipeline for
 * seconds after load, and a stall is not rest). Then the scene is on screen and any camera flight has ended.
 */
export async function waitForIdle(page, { counter, quietMs = 500, timeout }) {
  const state = `${counter}Quiet`;
  await page.evaluate((s) => delete window[s], state);
  await page.waitForFunction(
    ({ counter, state, quiet }) => {
      const draws = window[counter] ?? 0;
      const now = performance.now();
      const q = window[state];
      if (!q || q.draws !== draws || now - q.frame > 100) {
        window[state] = { draws, since: now, frame: now };
        return false;
      }
      q.frame = now;
      return draws > 0 && now - q.since >= quiet;
    },
    { counter, state, quiet: quietMs },
    { polling: 'raf', timeout },
  );
}
