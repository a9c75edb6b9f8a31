import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, exhibitState, finish, hash, newExhibitPage, openExhibit, poll, saveScreenshot, screenPosition, waitForIdle } from './helpers';
import {
  aim,
  enterVR,
  exitVR,
  installHeadset,
  objectInXR,
  pavilionInXR,
  pullTrigger,
  pushStick,
  renderStats,
  setHeadsetVisible,
  xrFrames,
  xrLayerKind,
  xrOrigin,
  type Headset,
  type HeadsetOptions,
} from './xr-helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;
// A test that failed before its `finish` would leave its page in VR, drawing and taking the CPU from the next tests
// (one timeout on a loaded machine then failed every later test): close it (closing twice is harmless).
afterEach(async () => {
  await t?.context.close();
  t = undefined;
});

/** A page with an emulated headset: on a projection layer as Quest and Pico browsers render, unless `options` say otherwise. */
async function openWithHeadset(headset: Headset, route = '', options: HeadsetOptions = {}) {
  t = await newExhibitPage(browser());
  await installHeadset(t.page, headset, options);
  await openExhibit(t.page, route);
  return t.page;
}

/**
 * Aims at `target` and pulls the trigger until the state matches `want`: a click needs press → release within the
 * click threshold, which a slow software-rendered frame on a loaded machine can miss (as in budgets.test.ts).
 */
async function pickUntil(page: import('playwright-core').Page, target: () => Promise<[number, number, number] | null>, want: Record<string, unknown>) {
  for (let attempt = 1; ; attempt++) {
    await aim(page, 'right', (await target())!);
    await pullTrigger(page, 'right');
    const ok = await expect
      .poll(() => exhibitState(page), { timeout: 6000, interval: 100 })
      .toMatchObject(want)
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    if (attempt >= 4) throw new Error(`the trigger never reached ${JSON.stringify(want)} (${attempt} pulls)`);
  }
}

const profileRequests = () => t!.watch.requests.filter((u) => u.includes('/xr-profiles/'));

describe('VR on a Quest 3 (emulated)', () => {
  it('enters VR at the booth table and loads controller profiles from the exhibit itself', async () => {
    const page = await openWithHeadset('quest3');
    await enterVR(page);
    expect(await exhibitState(page)).toMatchObject({ xr: true, xrPlace: 'table', paused: false });
    expect(await xrLayerKind(page)).toBe('projection');
    await poll(() => profileRequests().some((u) => u.includes('/xr-profiles/meta-quest-touch-plus/'))).toBe(true);
    await xrFrames(page, 4);
    // Look down at the table for the picture.
    await page.evaluate(() => (window as unknown as { __xrDevice: { quaternion: { set(...q: number[]): void } } }).__xrDevice.quaternion.set(Math.sin(-0.3), 0, 0, Math.cos(-0.3)));
    await xrFrames(page, 3);
    await saveScreenshot(page, 'vr-quest3-table');
    await finish(t);
  });

  it('takes the visitor into the park when a pavilion on the miniature is picked, and back with the panel button', async () => {
    const page = await openWithHeadset('quest3');
    await enterVR(page);
    await pickUntil(page, () => pavilionInXR(page, 'goertek', 'miniature'), { selected: 'goertek', xrPlace: 'park' });
    expect(await hash(page)).toBe('#/pavilion/goertek');
    const origin = (await xrOrigin(page))!;
    expect(Math.hypot(origin.x + 980, origin.z - 980)).toBeGreaterThan(500);
    await poll(() => objectInXR(page, 'vr-panel:goertek:button:table')).not.toBeNull();
    await xrFrames(page, 3);
    await saveScreenshot(page, 'vr-quest3-park');
    // The panel opened beside the visitor, about 1.7 m away: legible, within reach of the ray.
    const panel = (await objectInXR(page, 'vr-panel:goertek'))!;
    expect(Math.hypot(panel[0], panel[2])).toBeGreaterThan(1.3);
    expect(Math.hypot(panel[0], panel[2])).toBeLessThan(2.1);
    await aim(page, 'right', (await objectInXR(page, 'vr-panel:goertek:button:table'))!);
    await pullTrigger(page, 'right');
    await poll(() => exhibitState(page)).toMatchObject({ xrPlace: 'table' });
    await finish(t);
  });

  it('selects a full-scale pavilion with the ray while standing in the park', async () => {
    const page = await openWithHeadset('quest3', '#/pavilion/pico');
    await enterVR(page);
    await pickUntil(page, () => pavilionInXR(page, 'pico', 'miniature'), { xrPlace: 'park' });
    await page.evaluate(() => (window as unknown as { exhibit: { overview(): void } }).exhibit.overview());
    await pickUntil(page, () => pavilionInXR(page, 'pico', 'park'), { selected: 'pico', view: 'pavilion' });
    await finish(t);
  });

  it('teleports with the thumbstick and snap-turns 45°', async () => {
    const page = await openWithHeadset('quest3');
    await enterVR(page);
    const start = (await xrOrigin(page))!;
    // Aim the right controller forward and up a little: the arc lands some metres ahead on the ground.
    await aim(page, 'right', [0.25, 2.2, -3]);
    await pushStick(page, 'right', 0, -1, 4);
    await poll(async () => {
      const o = (await xrOrigin(page))!;
      return Math.hypot(o.x - start.x, o.z - start.z);
    }).toBeGreaterThan(3);
    const before = (await xrOrigin(page))!;
    await pushStick(page, 'right', 1, 0, 3);
    const after = (await xrOrigin(page))!;
    expect(Math.abs(after.yaw - before.yaw) * (180 / Math.PI)).toBeCloseTo(45, 3);
    await finish(t);
  });

  it('pauses while the headset is off and resets for the next visitor after the idle time', async () => {
    const page = await openWithHeadset('quest3', '?idle=5&lang=en');
    await enterVR(page);
    await page.evaluate(() => (window as unknown as { exhibit: { select(id: string): void; setLang(l: string): void } }).exhibit.select('dapeng-vr'));
    await page.evaluate(() => (window as unknown as { exhibit: { setLang(l: string): void } }).exhibit.setLang('zh'));
    await setHeadsetVisible(page, false);
    await poll(() => exhibitState(page)).toMatchObject({ paused: true });
    // Five seconds with nobody wearing it: back to the table, default language, nothing selected.
    await poll(() => exhibitState(page)).toMatchObject({ paused: true, selected: null, lang: 'en', xrPlace: 'table' });
    await setHeadsetVisible(page, true);
    await poll(() => exhibitState(page)).toMatchObject({ paused: false, xr: true });
    await finish(t);
  });

  it('restores the desktop view exactly on exit (on an XRWebGLLayer, the path of browsers without WebXR layers)', async () => {
    const page = await openWithHeadset('quest3', '', { layers: 'webgl' });
    await waitForIdle(page);
    const before = await screenPosition(page, 'pico');
    await enterVR(page);
    expect(await xrLayerKind(page)).toBe('webgl');
    await xrFrames(page, 3);
    await exitVR(page);
    await waitForIdle(page);
    expect(await exhibitState(page)).toMatchObject({ xr: false, xrPlace: null });
    const after = await screenPosition(page, 'pico');
    expect(after).not.toBeNull();
    expect(Math.abs(after!.x - before!.x)).toBeLessThan(1);
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(1);
    await poll(() => page.getByRole('button', { name: 'Enter VR' }).isVisible()).toBe(true);
    await finish(t);
  });

  it('survives 10 enter/exit cycles without growing geometries or textures', async () => {
    const page = await openWithHeadset('quest3');
    // The first sessions load and upload the controller models, which stay cached for later sessions. Warm up
    // until two cycles in a row leave the same counts (a real leak never settles), then take the baseline.
    let previous = -1;
    let warmups = 0;
    for (;;) {
      await enterVR(page);
      await xrFrames(page, 6);
      await exitVR(page);
      await waitForIdle(page);
      const g = (await renderStats(page))!.geometries;
      if (g === previous) break;
      previous = g;
      expect(++warmups, 'resource counts never settled between sessions').toBeLessThan(6);
    }
    const baseline = (await renderStats(page))!;
    for (let i = 0; i < 10; i++) {
      await enterVR(page);
      await xrFrames(page, 3);
      await exitVR(page);
    }
    await waitForIdle(page);
    const end = (await renderStats(page))!;
    expect(end.geometries).toBeLessThanOrEqual(baseline.geometries);
    expect(end.textures).toBeLessThanOrEqual(baseline.textures);
    expect(end.programs).toBeLessThanOrEqual(baseline.programs);
    await finish(t);
  }, 240_000);
});

describe('VR on a Pico 4-like headset (emulated)', () => {
  it('uses the shipped Pico 4 controller profile and picks a pavilion with the ray', async () => {
    const page = await openWithHeadset('pico4');
    await enterVR(page);
    await poll(() => profileRequests().some((u) => u.includes('/xr-profiles/pico-4/'))).toBe(true);
    await pickUntil(page, () => pavilionInXR(page, 'douyin-pico', 'miniature'), { selected: 'douyin-pico', xrPlace: 'park' });
    await xrFrames(page, 3);
    await saveScreenshot(page, 'vr-pico4-park');
    await finish(t);
  });

  it('falls back to a generic profile for a controller the build does not ship, and its ray still works', async () => {
    const page = await openWithHeadset('unknown-controller');
    await enterVR(page);
    await poll(() => profileRequests().some((u) => u.includes('/xr-profiles/generic-trigger-squeeze-thumbstick/'))).toBe(true);
    expect(profileRequests().some((u) => u.includes('pico-9x'))).toBe(false);
    await pickUntil(page, () => pavilionInXR(page, 'dapeng-vr', 'miniature'), { selected: 'dapeng-vr' });
    await finish(t);
  });
});

describe('without WebXR', () => {
  it('explains what VR needs instead of offering Enter VR, and keeps running', async () => {
    t = await newExhibitPage(browser());
    await t.page.addInitScript(() => Object.defineProperty(navigator, 'xr', { value: undefined, configurable: true }));
    await openExhibit(t.page);
    await poll(() => t!.page.getByRole('note').innerText()).toMatch(/WebXR headset browser/);
    expect(await t.page.getByRole('button', { name: 'Enter VR' }).count()).toBe(0);
    expect(await exhibitState(t.page)).toMatchObject({ xr: false });
    await finish(t);
  });
});
