/**
 * Emulated headsets for the browser tests: Meta's iwer runtime injected before any page script (the
 * production build runs unchanged), plus helpers to enter and leave VR, push a stick and take the headset off.
 * The headsets and their modes (projection or WebGL layer, window loop running or stopped, controllers or hands),
 * aiming, trigger pulls, pinches, the system menu and XR frames are shared with the benchmark (measure/xr.mjs):
 * a Quest 3, a Pico 4-like headset, and one whose controller profile the build does not ship.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  aim,
  aimHand,
  installHeadset as installSharedHeadset,
  pinch,
  pullTrigger,
  setSystemMenu,
  strayXRDraws,
  xrFrames,
  xrLayerKind,
  type Headset,
  type HeadsetOptions,
} from '../../measure/xr.mjs';
import { WAIT_MS, exhibitState, poll, type ExhibitWindow } from './helpers';

export type { Headset, HeadsetOptions };
export { aim, aimHand, pinch, pullTrigger, setSystemMenu, strayXRDraws, xrFrames, xrLayerKind };

/**
 * Installs iwer as the page's WebXR runtime, before the page loads (stereo off: the right eye is zero pixels wide).
 * By default on the real headsets' layer path (an XRProjectionLayer); `{ layers: 'webgl' }` for an XRWebGLLayer,
 * `{ windowLoop: 'stops' }` for a headset browser that stops window rAF during a session, `{ input: 'hands' }`.
 */
export async function installHeadset(page: Page, headset: Headset, options: HeadsetOptions = {}): Promise<void> {
  await installSharedHeadset(page, headset, options);
}

/**
 * Clicks "Enter VR" and waits until the session runs and the visitor stands at the table. The wait is long: with
 * three browser pages on a loaded 2-core machine, an emulated session has taken over 20 s to start.
 */
export async function enterVR(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Enter VR|进入VR/ }).click();
  await expect.poll(() => exhibitState(page), { timeout: 60_000, interval: 200 }).toMatchObject({ xr: true, xrPlace: 'table' });
}

/** Ends the session from the page (as the headset's menu would). */
export async function exitVR(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __xrSession?: XRSession }).__xrSession?.end());
  await poll(() => exhibitState(page)).toMatchObject({ xr: false });
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
  page.evaluate(() => (window as unknown as { exhibit: { renderStats(): { geometries: number; textures: number; programs: number; calls: number; triangles: number; warmedModels: number } | null } }).exhibit.renderStats());

export { WAIT_MS };

type V = [number, number, number];
const norm = (v: V): V => {
  const l = Math.hypot(...v);
  return [v[0] / l, v[1] / l, v[2] / l];
};
const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
/** The quaternion of the rotation whose matrix has columns x, y, z. */
function quatFromBasis(x: V, y: V, z: V): [number, number, number, number] {
  const [m00, m10, m20] = x;
  const [m01, m11, m21] = y;
  const [m02, m12, m22] = z;
  const w = Math.sqrt(Math.max(0, 1 + m00 + m11 + m22)) / 2;
  return [Math.sign(m21 - m12) * Math.sqrt(Math.max(0, 1 + m00 - m11 - m22)) / 2, Math.sign(m02 - m20) * Math.sqrt(Math.max(0, 1 - m00 + m11 - m22)) / 2, Math.sign(m10 - m01) * Math.sqrt(Math.max(0, 1 - m00 - m11 + m22)) / 2, w];
}

/**
 * Raises the left controller as to read a watch (forearm across the body, the controller's top facing the eyes at
 * height `eye`), which shows the wrist menu (xr-layout.test.ts and mr-paths.test.ts).
 */
export async function raiseLeftController(page: Page, eye: number): Promise<void> {
  const c: V = [-0.06, eye - 0.32, -0.3];
  const u = norm([-c[0], eye - c[1], -c[2]]);
  const along = norm([1 - u[0] * u[0], -u[1] * u[0], -u[2] * u[0]]);
  const z: V = [-along[0], -along[1], -along[2]];
  const q = quatFromBasis(cross(u, z), u, z);
  await page.evaluate(
    ({ c, q }) => {
      const l = (window as unknown as { __xrDevice: { controllers: Record<string, { position: { set(...p: number[]): void }; quaternion: { set(...q: number[]): void } }> } }).__xrDevice.controllers.left!;
      l.position.set(...c);
      l.quaternion.set(...q);
    },
    { c, q },
  );
}
