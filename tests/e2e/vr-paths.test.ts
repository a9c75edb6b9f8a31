/**
 * VR on the paths real headsets take, which the other VR files do not cover: a Pico 4-like headset (Pico Browser
 * 3.3: no hit-test, hands, anchors, planes or meshes) whose browser stops window animation frames during the session,
 * with its system menu; and a Quest 3 used with hands only. Both on projection layers. One page per headset, its
 * steps in order (each a state the visitor reaches); every page also checks that nothing was drawn into the
 * session's framebuffer outside the XR frame (an error on Pico), in `finish`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, exhibitState, finish, newExhibitPage, openExhibit, poll, saveScreenshot, waitForIdle } from './helpers';
import { aimHand, enterVR, exitVR, installHeadset, objectInXR, pavilionInXR, pinch, setHeadsetVisible, setSystemMenu, xrFrames, xrLayerKind } from './xr-helpers';

const browser = browserPerFile();

type W = Window & {
  exhibit: { startTour(): void; setLang(l: string): void; offline(): { groups: string[] }; xrLayout(): { name: string }[] | null };
  __xrSession: XRSession;
  __xrDevice: { position: { x: number; y: number; z: number }; hands: Record<'left' | 'right', { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } }> };
};

/** Whether a window animation frame runs within `ms` (a wait on the page's own clock, not a sleep in the test). */
const windowFrameRuns = (page: Page, ms: number) =>
  page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        requestAnimationFrame(() => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    ms,
  );

/** Pinches with the right hand at what `target` returns until the state matches `want` (a slow frame can miss the click window). */
async function pinchUntil(page: Page, target: () => Promise<[number, number, number] | null>, want: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    await aimHand(page, 'right', (await target())!);
    await pinch(page, 'right');
    const ok = await expect
      .poll(() => exhibitState(page), { timeout: 6000, interval: 100 })
      .toMatchObject(want)
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    if (attempt >= 4) throw new Error(`the pinch never reached ${JSON.stringify(want)} (${attempt} pinches)`);
  }
}

/**
 * Raises the left hand as to read a watch: the back of the wrist (the wrist joint's +Y) facing the eyes, the forearm
 * across the body. iwer poses a hand by its target ray; the wrist sits at a fixed offset from it, read from a frame.
 */
async function raiseLeftWrist(page: Page) {
  await page.evaluate(async () => {
    type Q = [number, number, number, number];
    type V = [number, number, number];
    const mul = (a: Q, b: Q): Q => [
      a[3] * b[0] + a[0] * b[3] + a[1] * b[2] - a[2] * b[1],
      a[3] * b[1] - a[0] * b[2] + a[1] * b[3] + a[2] * b[0],
      a[3] * b[2] + a[0] * b[1] - a[1] * b[0] + a[2] * b[3],
      a[3] * b[3] - a[0] * b[0] - a[1] * b[1] - a[2] * b[2],
    ];
    const conj = (q: Q): Q => [-q[0], -q[1], -q[2], q[3]];
    const rot = (q: Q, v: V): V => {
      const r = mul(mul(q, [v[0], v[1], v[2], 0]), conj(q));
      return [r[0], r[1], r[2]];
    };
    const norm = (v: V): V => {
      const l = Math.hypot(...v);
      return [v[0] / l, v[1] / l, v[2] / l];
    };
    const cross = (a: V, b: V): V => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
    const fromBasis = (x: V, y: V, z: V): Q => {
      const w = Math.sqrt(Math.max(0, 1 + x[0] + y[1] + z[2])) / 2;
      return [Math.sign(y[2] - z[1]) * Math.sqrt(Math.max(0, 1 + x[0] - y[1] - z[2])) / 2, Math.sign(z[0] - x[2]) * Math.sqrt(Math.max(0, 1 - x[0] + y[1] - z[2])) / 2, Math.sign(x[1] - y[0]) * Math.sqrt(Math.max(0, 1 - x[0] - y[1] + z[2])) / 2, w];
    };
    const w = window as unknown as W;
    const s = w.__xrSession;
    const ref = await s.requestReferenceSpace('local-floor');
    // The wrist relative to the hand's target ray (both in the same space, so the offset is rigid).
    const { offset, offsetQ } = await new Promise<{ offset: V; offsetQ: Q }>((resolve) =>
      s.requestAnimationFrame((_t, frame) => {
        const src = Array.from(s.inputSources).find((i) => i.handedness === 'left' && i.hand)!;
        const ray = frame.getPose(src.targetRaySpace, ref)!.transform;
        const wrist = frame.getJointPose!(src.hand!.get('wrist')!, ref)!.transform;
        const rq: Q = [ray.orientation.x, ray.orientation.y, ray.orientation.z, ray.orientation.w];
        const d: V = [wrist.position.x - ray.position.x, wrist.position.y - ray.position.y, wrist.position.z - ray.position.z];
        resolve({ offset: rot(conj(rq), d), offsetQ: mul(conj(rq), [wrist.orientation.x, wrist.orientation.y, wrist.orientation.z, wrist.orientation.w]) });
      }),
    );
    const eye: V = [w.__xrDevice.position.x, w.__xrDevice.position.y, w.__xrDevice.position.z];
    const c: V = [eye[0] - 0.06, eye[1] - 0.32, eye[2] - 0.3];
    const up = norm([eye[0] - c[0], eye[1] - c[1], eye[2] - c[2]]);
    const along = norm([1 - up[0] * up[0], -up[1] * up[0], -up[2] * up[0]]);
    const z: V = [-along[0], -along[1], -along[2]];
    const wristQ = fromBasis(cross(up, z), up, z);
    const rayQ = mul(wristQ, conj(offsetQ));
    const o = rot(rayQ, offset);
    const hand = w.__xrDevice.hands.left;
    hand.position.set(c[0] - o[0], c[1] - o[1], c[2] - o[2]);
    hand.quaternion.set(...rayQ);
  });
  await xrFrames(page, 4);
}

const layoutNames = async (page: Page) => ((await page.evaluate(() => (window as unknown as W).exhibit.xrLayout())) ?? []).map((e) => e.name);

describe('Pico 4-like headset whose browser stops window animation frames in VR (projection layers)', () => {
  let t: ExhibitPage | undefined;

  it('starts with optional features only; layout, tour clock, precache, system menu and idle reset run without the window loop; the desktop resumes after', { timeout: 240_000 }, async () => {
    t = await newExhibitPage(browser());
    const page = t.page;
    await installHeadset(page, 'pico4', { windowLoop: 'stops' });
    await openExhibit(page, '?idle=5&timescale=20&lang=en');
    await enterVR(page);
    expect(await xrLayerKind(page)).toBe('projection');
    const features = await page.evaluate(() => Array.from((window as unknown as W).__xrSession.enabledFeatures ?? []));
    expect(features).toContain('local-floor');
    expect(features).not.toContain('hand-tracking');
    // The emulation holds: no window frame while the session runs.
    expect(await windowFrameRuns(page, 1500)).toBe(false);

    // Layout: the table and its panels were laid out for the head pose from the XR frame.
    await poll(() => layoutNames(page)).toContain('miniature');
    // Precache: this headset's controller profile joins the offline cache.
    await poll(() => page.evaluate(() => (window as unknown as W).exhibit.offline().groups)).toContain('profile:pico-4');

    // Tour clock: stops advance on their own.
    await page.evaluate(() => (window as unknown as W).exhibit.startTour());
    await poll(() => exhibitState(page)).toMatchObject({ mode: 'tour', tour: { index: 1 } });

    // System menu: the exhibit pauses (the tour waits) and resumes when it closes.
    await setSystemMenu(page, 'visible-blurred');
    await poll(() => exhibitState(page)).toMatchObject({ paused: true });
    const held = (await exhibitState(page)).tour!.index;
    await page.waitForFunction((from) => performance.now() - from > 2000, await page.evaluate(() => performance.now()), { polling: 200 });
    expect((await exhibitState(page)).tour?.index, 'the tour waits while the menu is open').toBe(held);
    await setSystemMenu(page, 'visible');
    await poll(() => exhibitState(page)).toMatchObject({ paused: false });
    await poll(async () => (await exhibitState(page)).tour?.index ?? -1).toBeGreaterThan(held);

    // Idle reset: headset off for the idle time → table, default language, no tour.
    await page.evaluate(() => (window as unknown as W).exhibit.setLang('zh'));
    await setHeadsetVisible(page, false);
    await poll(() => exhibitState(page)).toMatchObject({ paused: true, mode: 'explore', tour: null, lang: 'en', xrPlace: 'table', selected: null });
    await setHeadsetVisible(page, true);
    await poll(() => exhibitState(page)).toMatchObject({ paused: false, xr: true });
    await xrFrames(page, 3);
    await saveScreenshot(page, 'vr-paths-pico4-stopped-loop');

    // Leaving VR gives the window loop back: the desktop draws and comes to rest.
    await exitVR(page);
    expect(await windowFrameRuns(page, 10_000)).toBe(true);
    await waitForIdle(page);
    await finish(t);
  });
});

describe('Quest 3 with hands only (projection layers)', () => {
  let t: ExhibitPage | undefined;

  it('a pinch at a pavilion of the model chooses it; the wrist menu takes the visitor back to the table and switches the language', { timeout: 240_000 }, async () => {
    t = await newExhibitPage(browser());
    const page = t.page;
    await installHeadset(page, 'quest3', { input: 'hands' });
    await openExhibit(page, '?lang=en');
    await enterVR(page);
    expect(await xrLayerKind(page)).toBe('projection');
    await pinchUntil(page, () => pavilionInXR(page, 'goertek', 'miniature'), { selected: 'goertek', xrPlace: 'park' });

    await raiseLeftWrist(page);
    await poll(() => layoutNames(page)).toContain('wrist-menu');
    await saveScreenshot(page, 'vr-paths-hands-wrist-menu');
    await pinchUntil(page, () => objectInXR(page, 'wrist-menu:button:table'), { xrPlace: 'table' });
    await raiseLeftWrist(page);
    await poll(() => layoutNames(page)).toContain('wrist-menu');
    await pinchUntil(page, () => objectInXR(page, 'wrist-menu:button:lang'), { lang: 'zh' });
    await finish(t);
  });
});
