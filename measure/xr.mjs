/**
 * Emulated headsets for the benchmark and the browser tests: Meta's iwer runtime injected before any page
 * script (the production build runs unchanged), the session exposed as `window.__xrSession` and the device as
 * `window.__xrDevice`; and the steps both drive: XR frames, steady counts, aiming a controller, pulling its
 * trigger. Devices: a Quest 3, a Pico 4-like headset, one whose controller profile the build does not ship
 * (its ids end in the generic one), and one whose controller names no id the build ships at all (the exhibit
 * shows its default, the generic controller).
 * Plain JavaScript so bench/ and tests/e2e share one copy.
 */
import { fileURLToPath } from 'node:url';

/** iwer's browser build, injected as a script. */
export const iwerScript = fileURLToPath(new URL('../node_modules/iwer/build/iwer.min.js', import.meta.url));

/** Runs in the page: installs the emulated headset `kind` as the WebXR runtime. */
function headsetInit({ kind, stereo }) {
  const IWER = window.IWER;
  const withController = (profileId, fallback) => ({ ...IWER.oculusTouchV3, profileId, fallbackProfileIds: fallback });
  const config =
    kind === 'quest3'
      ? IWER.metaQuest3
      : {
          ...IWER.metaQuest2,
          name: kind === 'pico4' ? 'Pico 4' : 'Future headset',
          supportedFrameRates: [72, 90],
          userAgent: 'Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 (KHTML, like Gecko) PicoBrowser/4.0.3 Chrome/105.0.5195.68 VR Safari/537.36',
          controllerConfig:
            kind === 'pico4'
              ? withController('pico-4', ['generic-trigger-squeeze-thumbstick'])
              : kind === 'unlisted-controller'
                ? withController('acme-wand-1', ['acme-wand'])
                : withController('pico-9x-prototype', ['pico-9x', 'generic-trigger-squeeze-thumbstick']),
        };
  const device = new IWER.XRDevice(config, { stereoEnabled: stereo });
  device.installRuntime({ forceInstall: true });
  const xr = navigator.xr;
  const request = xr.requestSession.bind(xr);
  xr.requestSession = async (...args) => {
    const session = await request(...args);
    window.__xrSession = session;
    return session;
  };
  window.__xrDevice = device;
}

/** Installs the emulated headset in a page or in every page of a context, before the page loads. */
export async function installHeadset(target, kind, { stereo = false } = {}) {
  await target.addInitScript({ path: iwerScript });
  await target.addInitScript(headsetInit, { kind, stereo });
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
export async function aim(page, hand, target) {
  await page.evaluate(
    ({ hand, target }) => {
      const c = window.__xrDevice.controllers[hand];
      const d = [target[0] - c.position.x, target[1] - c.position.y, target[2] - c.position.z];
      const len = Math.hypot(d[0], d[1], d[2]);
      const v = d.map((x) => x / len);
      // The rotation taking (0, 0, -1) to v: axis (0,0,-1) × v, half-angle quaternion.
      const w = 1 - v[2];
      const n = Math.hypot(v[1], -v[0], 0, w);
      c.quaternion.set(v[1] / n, -v[0] / n, 0, w / n);
    },
    { hand, target },
  );
  await xrFrames(page, 2);
}

/**
 * Pulls and releases a trigger. The pointer only clicks when press → release is short, and software
 * rendering makes frames slow, so the release happens as soon as the session reports the press.
 */
export async function pullTrigger(page, hand) {
  await page.evaluate(
    (h) =>
      new Promise((resolve, reject) => {
        const c = window.__xrDevice.controllers[h];
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
    hand,
  );
  await xrFrames(page, 3);
}
