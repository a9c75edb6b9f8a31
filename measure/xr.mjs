/**
 * Emulated headsets for the benchmark and the browser tests: Meta's iwer runtime injected before any page
 * script (the production build runs unchanged), the session exposed as `window.__xrSession` and the device as
 * `window.__xrDevice`; and the steps both drive: XR frames, steady counts, aiming a controller or a hand, pulling
 * its trigger or pinching, the system menu. Plain JavaScript so bench/ and tests/e2e share one copy.
 *
 * Headsets (`kind`): a Quest 3; a Pico 4-like headset (Pico Browser 3.3: no hit-test, hand tracking, anchors,
 * plane or mesh detection); a Pico-like one whose controller profile the build does not ship (its ids end in the
 * generic one); and one whose controller names no id the build ships at all (the exhibit shows its default, the
 * generic controller).
 * Modes (`options`), defaults first, each the path a real headset takes unless said otherwise:
 * - `layers: 'projection' | 'webgl'`: three renders into an `XRProjectionLayer` (Quest Browser ≥ 16.1, Pico
 *   Browser ≥ 3.3.32) through webxr-layers-polyfill on top of iwer, or into an `XRWebGLLayer` (iwer alone).
 * - `windowLoop: 'runs' | 'stops'`: with `'stops'`, `window.requestAnimationFrame` callbacks are held while an
 *   immersive session runs and released when it ends, as standalone headset browsers do.
 * - `input: 'controllers' | 'hands'`: the session starts with tracked controllers or with hands (Quest).
 * - `stereo`: render both eyes (off in tests: the right eye would be zero pixels wide at test sizes).
 * In every mode the page counts draws into the session's framebuffer made outside the XR frame (an error on
 * Pico): `window.__xrStrayDraws` (read it with `strayXRDraws(page)`).
 * To add a mode (an AR room, ...): add an option, its script to `installHeadset`, and its branch in `headsetInit`.
 */
import { fileURLToPath } from 'node:url';

/** iwer's browser build, injected as a script. */
export const iwerScript = fileURLToPath(new URL('../node_modules/iwer/build/iwer.min.js', import.meta.url));
/** webxr-layers-polyfill's UMD build (defines `window.WebXRLayersPolyfill`). */
export const layersPolyfillScript = fileURLToPath(new URL('../node_modules/webxr-layers-polyfill/build/webxr-layers-polyfill.min.js', import.meta.url));

/** The modes `installHeadset` takes when none are given. */
export const headsetDefaults = Object.freeze({ stereo: false, layers: 'projection', windowLoop: 'runs', input: 'controllers' });

/** Features Pico Browser 3.3 does not offer. */
const picoMissing = ['hit-test', 'hand-tracking', 'anchors', 'plane-detection', 'mesh-detection'];

/** Runs in the page: installs the emulated headset `kind` as the WebXR runtime, with the given modes. */
function headsetInit({ kind, stereo, layers, windowLoop, input, picoMissing }) {
  const IWER = window.IWER;
  const withController = (profileId, fallback) => ({ ...IWER.oculusTouchV3, profileId, fallbackProfileIds: fallback });
  const config =
    kind === 'quest3'
      ? IWER.metaQuest3
      : {
          ...IWER.metaQuest2,
          name: kind === 'pico4' ? 'Pico 4' : 'Future headset',
          supportedFrameRates: [72, 90],
          supportedFeatures: IWER.metaQuest2.supportedFeatures.filter((f) => !picoMissing.includes(f)),
          userAgent: 'Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 (KHTML, like Gecko) PicoBrowser/3.3.38 Chrome/105.0.5195.68 VR Safari/537.36',
          controllerConfig:
            kind === 'pico4'
              ? withController('pico-4', ['generic-trigger-squeeze-thumbstick'])
              : kind === 'unlisted-controller'
                ? withController('acme-wand-1', ['acme-wand'])
                : withController('pico-9x-prototype', ['pico-9x', 'generic-trigger-squeeze-thumbstick']),
        };
  if (input === 'hands' && !config.supportedFeatures.includes('hand-tracking')) throw new Error(`installHeadset: ${kind} has no hand tracking`);
  const device = new IWER.XRDevice(config, { stereoEnabled: stereo });
  device.installRuntime({ forceInstall: true });
  if (input === 'hands') device.primaryInputMode = 'hand';
  window.__xrDevice = device;

  // The XR frame: iwer runs each headset frame (compositor clear, the session's callbacks, the layers polyfill's
  // composition) inside its `onDeviceFrame`, scheduled with window rAF. Anything else drawing into the session's
  // framebuffer is drawing outside the XR frame.
  let inXRFrame = false;
  let session = null;
  const raf = window.requestAnimationFrame.bind(window);
  const caf = window.cancelAnimationFrame.bind(window);
  const held = new Map(); // handle → callback, held while the window loop is stopped
  const released = new Map(); // held handle → the real handle it got when released
  let nextHeld = 1e9;
  window.requestAnimationFrame = function requestAnimationFrame(cb) {
    if (cb && cb.name === 'onDeviceFrame') {
      return raf(function onDeviceFrame(t) {
        inXRFrame = true;
        try {
          cb(t);
        } finally {
          inXRFrame = false;
        }
      });
    }
    if (windowLoop === 'stops' && session) {
      const h = nextHeld++;
      held.set(h, cb);
      return h;
    }
    return raf(cb);
  };
  window.cancelAnimationFrame = function cancelAnimationFrame(h) {
    if (held.delete(h)) return;
    if (released.has(h)) h = released.get(h);
    caf(h);
  };
  const sessionEnded = () => {
    session = null;
    window.__xrSessionActive = false;
    for (const [h, cb] of held) released.set(h, raf(cb));
    held.clear();
  };

  if (layers === 'projection') {
    // iwer's own `polyfillLayers` overwrites the polyfill's binding with iwer's (no createProjectionLayer).
    new window.WebXRLayersPolyfill();
    // The polyfill's session rAF keeps the FIRST callback it is given and calls that one every frame; a real
    // browser runs each callback once. Give the polyfill one dispatcher per session and queue callbacks here.
    const polyRaf = XRSession.prototype.requestAnimationFrame;
    XRSession.prototype.requestAnimationFrame = function requestAnimationFrame(cb) {
      const q = (this.__frameQueue ??= { list: [], next: 1, pending: false, dispatch: null });
      q.dispatch ??= (time, frame) => {
        q.pending = false;
        const list = q.list;
        q.list = [];
        for (const { cb } of list) cb(time, frame);
      };
      const h = q.next++;
      q.list.push({ h, cb });
      if (!q.pending) {
        q.pending = true;
        polyRaf.call(this, q.dispatch);
      }
      return h;
    };
    XRSession.prototype.cancelAnimationFrame = function cancelAnimationFrame(h) {
      const q = this.__frameQueue;
      if (q) q.list = q.list.filter((e) => e.h !== h);
    };
  }

  // Draws into the session's framebuffer outside the XR frame: the default framebuffer (iwer's XRWebGLLayer, and
  // the polyfill's composition target) and framebuffers with a projection layer's texture attached.
  // Only the session's own context counts (troika draws its glyphs' SDFs in a canvas of its own): the one given to
  // `new XRWebGLLayer(session, gl)` or `new XRWebGLBinding(session, gl)`.
  const stray = (window.__xrStrayDraws = { count: 0, samples: [] });
  const xrContexts = new WeakSet();
  for (const name of ['XRWebGLLayer', 'XRWebGLBinding']) {
    const Original = window[name];
    if (!Original) continue;
    window[name] = new Proxy(Original, {
      construct(target, args, newTarget) {
        if (args[1]) xrContexts.add(args[1]);
        return Reflect.construct(target, args, newTarget);
      },
    });
  }
  const layerTextures = new WeakSet();
  const Binding = window.XRWebGLBinding;
  if (Binding?.prototype.getViewSubImage) {
    const sub = Binding.prototype.getViewSubImage;
    Binding.prototype.getViewSubImage = function (...args) {
      const image = sub.apply(this, args);
      if (image?.colorTexture) layerTextures.add(image.colorTexture);
      return image;
    };
  }
  const bound = new WeakMap(); // context → { draw: framebuffer | null }
  const colour = new WeakMap(); // framebuffer → its COLOR_ATTACHMENT0 texture
  for (const ctor of [window.WebGLRenderingContext, window.WebGL2RenderingContext]) {
    if (!ctor) continue;
    const p = ctor.prototype;
    const bind = p.bindFramebuffer;
    p.bindFramebuffer = function (target, fb) {
      if (target === this.FRAMEBUFFER || target === 0x8ca9 /* DRAW_FRAMEBUFFER */) bound.set(this, fb);
      return bind.call(this, target, fb);
    };
    const attach = p.framebufferTexture2D;
    p.framebufferTexture2D = function (target, attachment, textarget, texture, level) {
      if (attachment === this.COLOR_ATTACHMENT0 && target !== 0x8ca8 /* READ_FRAMEBUFFER */) {
        const fb = bound.get(this);
        if (fb) colour.set(fb, texture);
      }
      return attach.call(this, target, attachment, textarget, texture, level);
    };
    for (const m of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced', 'drawRangeElements', 'clear', 'clearBufferfv', 'clearBufferiv', 'clearBufferuiv', 'clearBufferfi', 'blitFramebuffer']) {
      const original = p[m];
      if (typeof original !== 'function') continue;
      p[m] = function (...args) {
        if (session && !inXRFrame && xrContexts.has(this)) {
          const fb = bound.get(this) ?? null;
          if (fb === null || layerTextures.has(colour.get(fb))) {
            stray.count++;
            if (stray.samples.length < 5) stray.samples.push(`${m}: ${new Error().stack?.split('\n').slice(2, 9).join(' | ')}`);
          }
        }
        return original.apply(this, args);
      };
    }
  }

  // Expose the session (after the polyfill, whose requestSession wraps iwer's) and follow its life.
  const xr = navigator.xr;
  const request = xr.requestSession.bind(xr);
  xr.requestSession = async (...args) => {
    const s = await request(...args);
    window.__xrSession = s;
    if (args[0] !== 'inline') {
      session = s;
      window.__xrSessionActive = true;
      s.addEventListener('end', sessionEnded, { once: true });
    }
    return s;
  };
}

/**
 * Installs the emulated headset in a page or in every page of a context, before the page loads.
 * `options`: see the module comment; defaults in `headsetDefaults`.
 */
export async function installHeadset(target, kind, options = {}) {
  const opts = { ...headsetDefaults, ...options };
  await target.addInitScript({ path: iwerScript });
  if (opts.layers === 'projection') await target.addInitScript({ path: layersPolyfillScript });
  await target.addInitScript(headsetInit, { kind, ...opts, picoMissing });
}

/** Draws into the session's framebuffer made outside the XR frame so far: how many, and where the first were made. */
export function strayXRDraws(page) {
  return page.evaluate(() => window.__xrStrayDraws ?? { count: 0, samples: [] });
}

/** Which layer three renders into in the running session: `'projection'`, `'webgl'` or `null`. */
export async function xrLayerKind(page) {
  // A render state given to updateRenderState applies at the next frame.
  await xrFrames(page, 1);
  return page.evaluate(() => {
    const rs = window.__xrSession?.renderState;
    if (!rs) return null;
    // The layers polyfill hides its own base layer: a projection layer shows as `layers` with no `baseLayer`.
    if (rs.baseLayer) return 'webgl';
    return rs.layers?.length ? 'projection' : null;
  });
}

/** Waits for `n` XR frames (the emulated session runs a few frames a second under software WebGL). */
export async function xrFrames(page, n) {
  await page.evaluate(
    (count) =>
      new Promise((resolve) => {
        const s = window.__xrSession;
        let left = count;
        const step = () => (--left <= 0 ? resolve() : s.requestAnimationFrame(step));
        s.requestAnimationFrame(step);
      }),
    n,
  );
}

/** XR frames until `exhibit.renderStats()` has stayed the same for `need` readings two frames apart; the counts. */
export async function settleXR(page, need = 3) {
  let last = '';
  let same = 0;
  for (let i = 0; i < 20; i++) {
    await xrFrames(page, 2);
    const s = await page.evaluate(() => window.exhibit.renderStats());
    const key = s ? `${s.calls}/${s.triangles}/${s.geometries}/${s.textures}/${s.programs}` : 'none';
    same = key === last ? same + 1 : 0;
    last = key;
    if (s && same >= need - 1) return s;
  }
  throw new Error(`XR render counts never settled; last ${last}`);
}

/** Points a controller's ray (its -Z) at a point given in the visitor's XR reference space. */
export function aim(page, hand, target) {
  return aimInput(page, 'controllers', hand, target);
}

/** Points a tracked hand's ray (its -Z; the hand stays where it is) at a point in the visitor's XR reference space. */
export function aimHand(page, hand, target) {
  return aimInput(page, 'hands', hand, target);
}

async function aimInput(page, kind, hand, target) {
  await page.evaluate(
    ({ kind, hand, target }) => {
      const c = window.__xrDevice[kind][hand];
      const d = [target[0] - c.position.x, target[1] - c.position.y, target[2] - c.position.z];
      const len = Math.hypot(d[0], d[1], d[2]);
      const v = d.map((x) => x / len);
      // The rotation taking (0, 0, -1) to v: axis (0,0,-1) × v, half-angle quaternion.
      const w = 1 - v[2];
      const n = Math.hypot(v[1], -v[0], 0, w);
      c.quaternion.set(v[1] / n, -v[0] / n, 0, w / n);
    },
    { kind, hand, target },
  );
  await xrFrames(page, 2);
}

/**
 * Pulls and releases a trigger. The pointer only clicks when press → release is short, and software
 * rendering makes frames slow, so the release happens as soon as the session reports the press.
 */
export function pullTrigger(page, hand) {
  return select(page, 'controllers', hand);
}

/** Pinches and lets go with a tracked hand (a hand's select), released as soon as the session reports it. */
export function pinch(page, hand) {
  return select(page, 'hands', hand);
}

async function select(page, kind, hand) {
  await page.evaluate(
    ({ kind, h }) =>
      new Promise((resolve, reject) => {
        const c = window.__xrDevice[kind][h];
        const press = (v) => (kind === 'hands' ? c.updatePinchValue(v) : c.updateButtonValue('trigger', v));
        const timer = setTimeout(() => reject(new Error('no selectstart within 15 s')), 15_000);
        window.__xrSession.addEventListener(
          'selectstart',
          () => {
            press(0);
            clearTimeout(timer);
            resolve();
          },
          { once: true },
        );
        press(1);
      }),
    { kind, h: hand },
  );
  await xrFrames(page, 3);
}

/** Opens or closes the headset's system menu (`'visible-blurred'`), or takes the headset off (`'hidden'`). */
export async function setSystemMenu(page, state) {
  await page.evaluate((s) => window.__xrDevice.updateVisibilityState(s), state);
}
