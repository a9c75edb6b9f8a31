/**
 * Mixed-reality paths beyond the first landing (mr.test.ts), on an emulated Quest 3 in @iwer/sem's office_small
 * room (its 1.60 × 0.75 m table tops out at 0.748 m):
 * - a browser that grants hit-test but no planes: the model lands where the gaze meets the table; "Place again" on
 *   the wrist menu, then the controller ray at another spot of the table, moves it there;
 * - hands only, followed by the booth TV: the TV shows the model and the panel arc over the neutral studio backdrop
 *   (no terrace, no sky); a pinch at the model's edge grabs it and moves it; the console's language and reset reach
 *   the MR visitor, who stays in MR.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SceneTextEntry, ScreenRect, XRLayoutEntry } from '../../src/state/automation';
import tourData from '../../src/content/data/tour.json';
import { browserPerFile } from './browser';
import { decodePng, type ExhibitPage, exhibitState, finish, newExhibitPage, openExhibit, poll, resultsDir, saveScreenshot, WAIT_MS } from './helpers';
import { openLivePage, pageDeviceId, spectatorCamera, liveBooth } from './live-pages';
import { enterMR, installMRHeadset, placement } from './mr-helpers';
import { aim, objectInXR, pullTrigger, raiseLeftController, strayXRDraws, xrFrames } from './xr-helpers';

const browser = browserPerFile();
/** The office_small table (from the capture): centre, half extents along x and z, top height. */
const TABLE = { x: 0.0584, z: -0.6547, hx: 1.5986 / 2, hz: 0.7536 / 2, top: 0.7483 };
/** The spectator TV's studio grey (StudioBackdrop.tsx). */
const STUDIO = [0x6b, 0x6f, 0x73];

type W = { __xrDevice: { position: { x: number; y: number; z: number }; quaternion: { set(...q: number[]): void }; hands: Record<string, { position: { set(...p: number[]): void }; quaternion: { set(...q: number[]): void }; updatePinchValue(v: number): void }>; controllers: Record<string, { position: { set(...p: number[]): void }; quaternion: { set(...q: number[]): void } }> } };
type Api = { exhibit: { xrLayout(): XRLayoutEntry[] | null; sceneTexts(): SceneTextEntry[] | null; screenRect(n: string): ScreenRect | null; objectPosition(n: string): [number, number, number] | null } };

const eyeOf = (page: Page) => page.evaluate(() => (window as unknown as W).__xrDevice.position.y);
/** Pitches the head (radians, negative looks down), facing -Z. */
const lookDown = (page: Page, pitch: number) => page.evaluate((a) => (window as unknown as W).__xrDevice.quaternion.set(Math.sin(a / 2), 0, 0, Math.cos(a / 2)), pitch);
const onTable = (x: number, z: number) => Math.abs(x - TABLE.x) <= TABLE.hx && Math.abs(z - TABLE.z) <= TABLE.hz;

describe('MR, Quest 3 whose browser grants hit-test but no planes', () => {
  let t: ExhibitPage | undefined;

  it('lands the model where the gaze meets the table; "Place again" and the controller ray move it', { timeout: 300_000 }, async () => {
    t = await newExhibitPage(browser());
    const page = t.page;
    await installMRHeadset(page, 'quest3-room', { without: ['plane-detection', 'mesh-detection'] });
    await openExhibit(page, '?lang=en');
    await enterMR(page);
    const features = await page.evaluate(() => Array.from((window as unknown as { __xrSession: XRSession }).__xrSession.enabledFeatures ?? []));
    expect(features).toContain('hit-test');
    expect(features).not.toContain('plane-detection');
    // Look at the table: the gaze ray (viewer space) meets its top.
    const eye = await eyeOf(page);
    await lookDown(page, -Math.atan2(eye - TABLE.top, -TABLE.z));
    await poll(async () => (await placement(page))?.method).toBe('hit-test');
    const p = (await placement(page))!;
    expect(Math.abs(p.height - TABLE.top), 'the base on the table top').toBeLessThan(0.03);
    expect(onTable(p.position[0], p.position[2]), `centre ${p.position} on the table`).toBe(true);
    await poll(async () => (await placement(page))?.anchored).toBe(true);

    // "Place again" on the wrist menu (left controller raised as to read a watch), pressed with the right ray.
    await lookDown(page, 0);
    await raiseLeftController(page, eye);
    await poll(async () => (await layout(page)).some((e) => e.name === 'wrist-menu')).toBe(true);
    await pullUntil(page, () => objectInXR(page, 'wrist-menu:button:place'), async () => (await placement(page))?.anchored === false);
    // The left hand down again (its ray pointing up, at nothing), the right ray at another spot of the table.
    await page.evaluate(() => {
      const l = (window as unknown as W).__xrDevice.controllers.left!;
      l.position.set(-0.3, 1.0, -0.2);
      l.quaternion.set(Math.SQRT1_2, 0, 0, Math.SQRT1_2);
    });
    const spot: [number, number, number] = [TABLE.x + 0.45, TABLE.top, TABLE.z + 0.2];
    await aim(page, 'right', spot);
    // The reticle shows where the ray meets the room's surface (the scanned table, a few centimetres uneven).
    await poll(async () => {
      const r = await objectInXR(page, 'mr-reticle');
      return !!r && Math.hypot(r[0] - spot[0], r[2] - spot[2]) < 0.03;
    }).toBe(true);
    const hit = (await objectInXR(page, 'mr-reticle'))!;
    await pullTrigger(page, 'right');
    await poll(async () => (await placement(page))?.position[0] ?? 0).toBeGreaterThan(p.position[0] + 0.3);
    const q = (await placement(page))!;
    expect(q.method).toBe('hit-test');
    // The base where the ray met the surface (the reticle floats 3 mm above it).
    expect(Math.hypot(q.position[0] - hit[0], q.position[2] - hit[2]), `placed at ${q.position}, the ring at ${hit}`).toBeLessThan(0.01);
    expect(Math.abs(q.height - (hit[1] - 0.003))).toBeLessThan(0.005);
    expect(Math.abs(q.height - TABLE.top), 'on the table, not the floor').toBeLessThan(0.06);
    expect(await exhibitState(page)).toMatchObject({ xrMode: 'mr', xrPlace: 'table' });
    await poll(async () => (await placement(page))?.anchored).toBe(true);
    expect((await strayXRDraws(page)).count).toBe(0);
    await finish(t);
  });
});

describe('MR with hands, followed by the booth TV', () => {
  const live = liveBooth();
  const TV = { width: 800, height: 450 };

  it('the TV shows the model and panels over the studio backdrop; a pinch moves the model; console language, group tour and reset reach MR', { timeout: 300_000 }, async () => {
    const tv = await openLivePage(browser(), `${live.booth.server.httpUrl}?spectate`, { viewport: TV });
    live.pages.push(tv);
    const headset = await openLivePage(browser(), `${live.booth.server.httpsUrl}?lang=en`, { viewport: { width: 640, height: 400 }, install: (page) => installMRHeadset(page, 'quest3-room', { input: 'hands' }) });
    live.pages.push(headset);
    const page = headset.page;
    await enterMR(page);
    await poll(async () => (await placement(page))?.method).toBe('plane');
    await poll(() => pageDeviceId(page)).toMatch(/^[a-z0-9]{6}$/);
    const id = (await pageDeviceId(page))!;
    await poll(() => exhibitState(tv.page)).toMatchObject({ spectating: id });
    await poll(() => live.staff.device(id)?.report?.xrMode ?? null).toBe('mr');
    // The report says what the TV needs to lay out the same table: the head, and the model's real height and scale.
    await poll(() => live.staff.device(id)?.report?.layout?.scale ?? null).toBeCloseTo((await placement(page))!.scale, 6);

    // The TV: the model and every panel the visitor has, from their head, over the studio backdrop.
    const names = (await layout(page)).filter((e) => e.name.startsWith('vr-table-panel:')).map((e) => e.name);
    expect(names.length).toBe(4);
    // The visitor looks down at the model on the table (straight ahead it is below the picture, as in VR).
    await lookDown(page, -0.5);
    await poll(async () => {
      const cam = await spectatorCamera(tv.page);
      const r = live.staff.device(id)?.report?.pose;
      if (!cam || !r || r.q[0] > -0.2) return false;
      const dot = Math.abs(cam.q[0] * r.q[0] + cam.q[1] * r.q[1] + cam.q[2] * r.q[2] + cam.q[3] * r.q[3]);
      return Math.hypot(cam.p[0] - r.p[0], cam.p[1] - r.p[1], cam.p[2] - r.p[2]) < 0.02 && dot > 0.9999;
    }).toBe(true);
    for (const name of [...names, 'miniature']) await expect.poll(async () => onScreen(await rectOf(tv.page, name)), { timeout: WAIT_MS, message: `${name} on the TV` }).toBe(true);
    expect(await positionOf(tv.page, 'terrace'), 'no terrace behind an MR visitor').toBeNull();
    // The same model and panels at the same places in both worlds.
    for (const name of [...names, 'miniature']) {
      const a = (await positionOf(page, name))!;
      await poll(async () => {
        const b = await positionOf(tv.page, name);
        return b ? Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]) : Infinity;
      }).toBeLessThan(0.01);
    }
    await xrFrames(page, 2);
    await saveScreenshot(page, 'mr-paths-headset-table');
    const img = decodePng(await tv.page.screenshot({ path: `${resultsDir}mr-paths-tv-table.png`, timeout: 90_000 }));
    // Either side of the table, below the panel arc (where a VR visitor's TV shows the terrace floor and parapet), and
    // the bottom right corner (the bottom left holds the TV's caption): the studio grey.
    for (const [fx, fy] of [
      [0.02, 0.6],
      [0.98, 0.6],
      [0.98, 0.97],
    ] as const) {
      const i = (Math.round(img.height * fy) * img.width + Math.round(img.width * fx)) * 4;
      const px = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      expect(Math.max(...px.map((v, k) => Math.abs(v - STUDIO[k]!))), `TV at ${fx}, ${fy}: rgb(${px.join(', ')})`).toBeLessThanOrEqual(6);
    }

    // A pinch at the model's edge grabs it; the hand moves 30 cm to the left and lets go.
    const p = (await placement(page))!;
    const grip: [number, number, number] = [p.position[0] + 0.2, p.height + 0.1, p.position[2] + 0.2];
    await page.evaluate((g) => {
      const h = (window as unknown as W).__xrDevice.hands.right!;
      h.position.set(...g);
      // The hand's ray up, at nothing: the pinch grabs and does not click a pavilion.
      h.quaternion.set(Math.SQRT1_2, 0, 0, Math.SQRT1_2);
    }, grip);
    await xrFrames(page, 2);
    await page.evaluate(() => (window as unknown as W).__xrDevice.hands.right!.updatePinchValue(1));
    await xrFrames(page, 3);
    await page.evaluate((g) => (window as unknown as W).__xrDevice.hands.right!.position.set(g[0] - 0.3, g[1], g[2]), grip);
    await xrFrames(page, 3);
    await page.evaluate(() => (window as unknown as W).__xrDevice.hands.right!.updatePinchValue(0));
    await poll(async () => (await placement(page))?.method).toBe('manual');
    const moved = (await placement(page))!;
    // With the hand (unlike a controller, mr.test.ts) iwer's grip pose shifts by 1–2 cm as the pinch closes.
    expect(Math.abs(moved.position[0] - (p.position[0] - 0.3)), `moved to ${moved.position}`).toBeLessThan(0.03);
    expect(Math.abs(moved.position[2] - p.position[2]), `moved to ${moved.position}`).toBeLessThan(0.03);
    expect(await exhibitState(page)).toMatchObject({ xrMode: 'mr', xrPlace: 'table', selected: null });

    // The console: language, then reset (the visitor stays in MR, at the table, with the default language).
    expect(await live.staff.command({ target: id, action: 'lang', lang: 'zh' })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(page)).toMatchObject({ lang: 'zh', xrMode: 'mr' });
    await poll(() => exhibitState(tv.page)).toMatchObject({ lang: 'zh' });
    // A group tour (target 'vr': every headset in a session, MR ones too). A pavilion stop takes the MR visitor into
    // the opaque park in front of it, and the TV follows; a panel stop brings them back to their table; Stop ends
    // the tour and leaves them in MR.
    expect(await live.staff.command({ target: 'vr', action: 'tourStop', index: 3 })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(page)).toMatchObject({ mode: 'tour', tour: { index: 3 }, selected: 'dapeng-vr', xrMode: 'mr', xrPlace: 'park' });
    await poll(async () => (await layout(page)).some((e) => e.name === 'pavilion:dapeng-vr')).toBe(true);
    await poll(() => exhibitState(tv.page)).toMatchObject({ mode: 'tour', tour: { index: 3 }, selected: 'dapeng-vr', spectating: id });
    await expect.poll(async () => onScreen(await rectOf(tv.page, 'pavilion:dapeng-vr')), { timeout: WAIT_MS, message: 'the pavilion on the TV' }).toBe(true);
    // The caption is new Chinese text: it shows once its glyphs are in the atlas.
    const caption = tourData.stops[3]!.caption.zh;
    await poll(() => page.evaluate((c) => (window as unknown as Api).exhibit.sceneTexts()?.some((e) => e.text === c && e.visible && e.blank === 0) ?? false, caption)).toBe(true);
    // Laid out by the Chinese line-breaking rules, on the headset and on the TV: troika alone put its final "。"
    // on a line of its own on the TV's panel.
    const captionLines = (p: typeof page) => p.evaluate((c) => (window as unknown as Api).exhibit.sceneTexts()?.find((e) => e.text === c && e.visible && e.blank === 0)?.lines ?? null, caption);
    for (const p of [page, tv.page]) {
      await poll(() => captionLines(p)).not.toBeNull();
      const lines = (await captionLines(p))!;
      expect(lines.join(''), 'every character on a line').toBe(caption.replace(/\s/g, ''));
      for (const l of lines.slice(1)) expect(l, JSON.stringify(lines)).not.toMatch(/^[，。、：；！？）》」』】”’]/);
    }
    await xrFrames(page, 4);
    await saveScreenshot(page, 'mr-paths-headset-tour-park');
    await tv.page.screenshot({ path: `${resultsDir}mr-paths-tv-tour-park.png`, timeout: 90_000 });
    expect(await live.staff.command({ target: 'vr', action: 'tourStop', index: 6 })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(page)).toMatchObject({ mode: 'tour', tour: { index: 6 }, xrMode: 'mr', xrPlace: 'table' });
    await poll(async () => (await layout(page)).some((e) => e.name.startsWith('pavilion:'))).toBe(false);
    expect((await placement(page))?.method, 'the model is back where the visitor put it').toBe('manual');
    expect(await live.staff.command({ target: 'vr', action: 'stopTour' })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(page)).toMatchObject({ mode: 'explore', tour: null, xrMode: 'mr' });
    await page.evaluate(() => (window as unknown as { exhibit: { select(id: string): void } }).exhibit.select('goertek'));
    await poll(() => exhibitState(page)).toMatchObject({ selected: 'goertek' });
    expect(await live.staff.command({ target: id, action: 'reset' })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(page)).toMatchObject({ xr: true, xrMode: 'mr', xrPlace: 'table', selected: null, lang: 'en', mode: 'explore' });
    expect((await placement(page))?.method, 'the model stays where the visitor put it').toBe('manual');
    expect(headset.errors).toEqual([]);
    expect(tv.errors).toEqual([]);
  });
});

const layout = (page: Page) => page.evaluate(() => (window as unknown as Api).exhibit.xrLayout() ?? []);
const rectOf = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Api).exhibit.screenRect(n), name);
const positionOf = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Api).exhibit.objectPosition(n), name);
const onScreen = (r: ScreenRect | null) => !!r && r.right > 0 && r.left < 800 && r.bottom > 0 && r.top < 450;

/** Pulls the right trigger at what `target` returns until `done` (a slow frame can miss the click window). */
async function pullUntil(page: Page, target: () => Promise<[number, number, number] | null>, done: () => Promise<boolean>) {
  for (let attempt = 1; ; attempt++) {
    await aim(page, 'right', (await target())!);
    await pullTrigger(page, 'right');
    const ok = await expect
      .poll(done, { timeout: 6000, interval: 100 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (ok) return;
    if (attempt >= 4) throw new Error(`the trigger never took (${attempt} pulls)`);
  }
}
