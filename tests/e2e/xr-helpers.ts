/**
 * Emulated headsets for the browser tests: Meta's iwer runtime injected before any page script (the
 * production build runs unchanged), plus helpers to aim a controller, pull its trigger, push its stick and
 * take the headset off. Devices: a Quest 3, a Pico 4-like headset, and one whose controller profile the
 * build does not ship.
 */
import type { Page } from 'playwright-core';
import { WAIT_MS, exhibitState, poll, type ExhibitWindow } from './helpers';

/** Which emulated headset to install. */
export type Headset = 'quest3' | 'pico4' | 'unknown-controller';

/** Installs iwer as the page's WebXR runtime, before the page loads. */
export async function installHeadset(page: Page, headset: Headset): Promise<void> {
  await page.addInitScript({ path: 'node_modules/iwer/build/iwer.min.js' });
  await page.addInitScript((kind: Headset) => {
    type AnyIwer = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- iwer's global build has no typings
    const IWER = (window as unknown as { IWER: AnyIwer }).IWER;
    const withController = (profileId: string, fallback: string[]) => ({ ...IWER.oculusTouchV3, profileId, fallbackProfileIds: fallback });
    const config =
      kind === 'quest3'
        ? IWER.metaQuest3
        : {
            ...IWER.metaQuest2,
            name: kind === 'pico4' ? 'Pico 4' : 'Future headset',
            supportedFrameRates: [72, 90],
            userAgent: 'Mozilla/5.0 (Linux; Android 10; PICO 4 OS5.9.0) AppleWebKit/537.36 (KHTML, like Gecko) PicoBrowser/4.0.3 Chrome/105.0.5195.68 VR Safari/537.36',
            controllerConfig:
              kind === 'pico4' ? withController('pico-4', ['generic-trigger-squeeze-thumbstick']) : withController('pico-9x-prototype', ['pico-9x', 'generic-trigger-squeeze-thumbstick']),
          };
    const device = new IWER.XRDevice(config, { stereoEnabled: false });
    device.installRuntime({ forceInstall: true });
    const xr = navigator.xr!;
    const request = xr.requestSession.bind(xr);
    xr.requestSession = async (...args: Parameters<XRSystem['requestSession']>) => {
      const session = await request(...args);
      (window as unknown as { __xrSession?: XRSession }).__xrSession = session;
      return session;
    };
    (window as unknown as { __xrDevice: unknown }).__xrDevice = device;
  }, headset);
}

/** Clicks "Enter VR" and waits until the session runs and the visitor stands at the table. */
export async function enterVR(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Enter VR|进入VR/ }).click();
  await poll(() => exhibitState(page)).toMatchObject({ xr: true, xrPlace: 'table' });
}

/** Ends the session from the page (as the headset's menu would). */
export async function exitVR(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __xrSession?: XRSession }).__xrSession?.end());
  await poll(() => exhibitState(page)).toMatchObject({ xr: false });
}

/** Waits for `n` XR frames (the emulated session runs a few frames a second under software WebGL). */
export async function xrFrames(page: Page, n: number): Promise<void> {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        const s = (window as unknown as { __xrSession: XRSession }).__xrSession;
        let left = count;
        const step = () => (--left <= 0 ? resolve() : s.requestAnimationFrame(step));
        s.requestAnimationFrame(step);
      }),
    n,
  );
}

/** Points a controller's ray (its -Z) at a point given in the visitor's XR reference space. */
export async function aim(page: Page, hand: 'left' | 'right', target: [number, number, number]): Promise<void> {
  await page.evaluate(
    ({ hand, target }) => {
      const c = (window as unknown as { __xrDevice: { controllers: Record<string, { position: { x: number; y: number; z: number }; quaternion: { set(x: number, y: number, z: number, w: number): void } }> } }).__xrDevice.controllers[hand]!;
      const d = [target[0] - c.position.x, target[1] - c.position.y, target[2] - c.position.z];
      const len = Math.hypot(d[0]!, d[1]!, d[2]!);
      const v = d.map((x) => x / len) as [number, number, number];
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
export async function pullTrigger(page: Page, hand: 'left' | 'right'): Promise<void> {
  await page.evaluate(
    (h) =>
      new Promise<void>((resolve, reject) => {
        const w = window as unknown as { __xrSession: XRSession; __xrDevice: { controllers: Record<string, { updateButtonValue(id: string, v: number): void }> } };
        const c = w.__xrDevice.controllers[h]!;
        const timer = setTimeout(() => reject(new Error('no selectstart within 15 s')), 15_000);
        w.__xrSession.addEventListener(
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

/** Holds a thumbstick at (x, y) for `frames` XR frames, then lets it go back to the centre. */
export async function pushStick(page: Page, hand: 'left' | 'right', x: number, y: number, frames = 4): Promise<void> {
  await page.evaluate(({ hand, x, y }) => (window as unknown as { __xrDevice: { controllers: Record<string, { updateAxes(id: string, x: number, y: number): void }> } }).__xrDevice.controllers[hand]!.updateAxes('thumbstick', x, y), { hand, x, y });
  await xrFrames(page, frames);
  await page.evaluate((h) => (window as unknown as { __xrDevice: { controllers: Record<string, { updateAxes(id: string, x: number, y: number): void }> } }).__xrDevice.controllers[h]!.updateAxes('thumbstick', 0, 0), hand);
  await xrFrames(page, 4);
}

/** Takes the headset off (session hidden) or puts it back on. */
export async function setHeadsetVisible(page: Page, visible: boolean): Promise<void> {
  await page.evaluate((v) => (window as unknown as { __xrDevice: { updateVisibilityState(s: string): void } }).__xrDevice.updateVisibilityState(v ? 'visible' : 'hidden'), visible);
}

/** The visitor's origin in the world. */
export const xrOrigin = (page: Page) => page.evaluate(() => (window as ExhibitWindow & { exhibit: { xrOrigin(): { x: number; z: number; yaw: number } | null } }).exhibit.xrOrigin());

/** Where a named scene object is, relative to the visitor's XR origin. */
export const objectInXR = (page: Page, name: string) =>
  page.evaluate((n) => (window as unknown as { exhibit: { objectPosition(n: string, s: string): [number, number, number] | null } }).exhibit.objectPosition(n, 'xr-origin'), name);

/** A pavilion on the miniature or at full scale, relative to the visitor's XR origin. */
export const pavilionInXR = (page: Page, id: string, where: 'miniature' | 'park') =>
  page.evaluate(({ id, where }) => (window as unknown as { exhibit: { xrLocate(id: string, w: string): [number, number, number] | null } }).exhibit.xrLocate(id, where), { id, where });

/** GL resource counts. */
export const renderStats = (page: Page) =>
  page.evaluate(() => (window as unknown as { exhibit: { renderStats(): { geometries: number; textures: number; programs: number; calls: number; triangles: number } | null } }).exhibit.renderStats());

export { WAIT_MS };
