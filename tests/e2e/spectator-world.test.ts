/**
 * The spectator TV shows the VR world the visitor is in (issue 15): one list of world parts mounted by the headset
 * and by the TV. A TV following an emulated headset at the table has a screen rectangle for every panel the
 * visitor's `xrLayout()` reports and stands on the same terrace (its floor fills the foot of the picture); in the park
 * it shows the viewing plaza where the visitor landed and the panel beside them. Screenshots of both pages go to
 * test-results/e2e/ (and SHOTS_DIR when set) for a person to compare.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { ScreenRect, XRLayoutEntry } from '../../src/state/automation';
import { browserPerFile } from './browser';
import { decodePng, exhibitState, poll, resultsDir, WAIT_MS } from './helpers';
import { type LivePage, openLivePage, pageDeviceId, setHeadPose, spectatorCamera, liveBooth } from './live-pages';
import { enterVR, xrFrames } from './xr-helpers';

const browser = browserPerFile();
const live = liveBooth();

type Api = { exhibit: { xrLayout(): XRLayoutEntry[] | null; screenRect(n: string): ScreenRect | null; objectPosition(n: string): [number, number, number] | null } };
const layout = (page: Page) => page.evaluate(() => (window as unknown as Api).exhibit.xrLayout() ?? []);
const rectOf = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Api).exhibit.screenRect(n), name);
const positionOf = (page: Page, name: string) => page.evaluate((n) => (window as unknown as Api).exhibit.objectPosition(n), name);
const panelsIn = (entries: XRLayoutEntry[]) => entries.filter((e) => /^(vr-table-panel:|vr-panel:|vr-tour-caption$)/.test(e.name)).map((e) => e.name);

/** Whether a screen rectangle lies at least partly inside a viewport of `w` × `h`. */
const onScreen = (r: ScreenRect | null, w: number, h: number) => !!r && r.right > 0 && r.left < w && r.bottom > 0 && r.top < h;

async function shoot(page: Page, name: string): Promise<Buffer> {
  mkdirSync(resultsDir, { recursive: true });
  const path = `${resultsDir}${name}.png`;
  // A screenshot waits for the page's next frame; an emulated headset on a loaded 2-core machine can take long.
  const png = await page.screenshot({ path, timeout: 90_000 });
  if (process.env.SHOTS_DIR) copyFileSync(path, `${process.env.SHOTS_DIR}/${name}.png`);
  return png;
}

/** Waits until the TV's camera stands where the headset reports the head (first person). */
async function tvCaughtUp(tv: Page, id: string) {
  await poll(async () => {
    const cam = await spectatorCamera(tv);
    const r = live.staff.device(id)?.report?.pose;
    return !!cam && !!r && Math.hypot(cam.p[0] - r.p[0], cam.p[1] - r.p[1], cam.p[2] - r.p[2]) < 0.02;
  }).toBe(true);
}

describe('spectator TV: the same VR world as the headset', () => {
  let headset: LivePage;
  let tv: LivePage;
  let id: string;
  const TV = { width: 800, height: 450 };

  it('at the table: every panel the visitor sees has a place on the TV, and the TV stands on the same terrace', async () => {
    tv = await open(`${live.booth.server.httpUrl}?spectate`, TV);
    headset = await open(live.booth.server.httpsUrl, { width: 640, height: 400 }, 'quest3');
    await enterVR(headset.page);
    await poll(() => pageDeviceId(headset.page)).toMatch(/^[a-z0-9]{6}$/);
    id = (await pageDeviceId(headset.page))!;
    await setHeadPose(headset.page, [0, 1.65, 0], 0);
    await poll(async () => panelsIn(await layout(headset.page)).length).toBe(4);
    await poll(() => exhibitState(tv.page)).toMatchObject({ spectating: id });
    // The visitor's layout reaches the TV with their report.
    await poll(() => live.staff.device(id)?.report?.layout ?? null).not.toBeNull();
    await tvCaughtUp(tv.page, id);
    const names = panelsIn(await layout(headset.page));
    for (const name of names) await expect.poll(async () => onScreen(await rectOf(tv.page, name), TV.width, TV.height), { timeout: WAIT_MS, message: `${name} on the TV` }).toBe(true);
    // The same panels stand at the same places in both worlds (the arc laid out for the same head).
    for (const name of names) {
      const a = (await positionOf(headset.page, name))!;
      const b = (await positionOf(tv.page, name))!;
      expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), name).toBeLessThan(0.01);
    }
    // The terrace is mounted at the table on both, at the same height (the table height comes from the same head).
    const terrace = (await positionOf(headset.page, 'terrace'))!;
    const tvTerrace = (await positionOf(tv.page, 'terrace'))!;
    expect(Math.hypot(terrace[0] - tvTerrace[0], terrace[1] - tvTerrace[1], terrace[2] - tvTerrace[2])).toBeLessThan(0.002);
    await xrFrames(headset.page, 2);
    await shoot(headset.page, 'spectator-world-headset-table');
    const png = await shoot(tv.page, 'spectator-world-tv-table');
    // The terrace floor fills the TV picture's lower corners (left and right of the table): a light, warm stone.
    const img = decodePng(png);
    for (const x of [0.04, 0.96]) {
      const i = (Math.round(img.height * 0.97) * img.width + Math.round(img.width * x)) * 4;
      const [r, g, b] = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      expect(r, `floor at x=${x}: rgb(${r}, ${g}, ${b})`).toBeGreaterThan(120);
      expect(r, `floor at x=${x}: rgb(${r}, ${g}, ${b}) is warm`).toBeGreaterThanOrEqual(b);
    }
    expect(headset.errors).toEqual([]);
    expect(tv.errors).toEqual([]);
  }, WAIT_MS * 9);

  it('in the park: the TV shows the viewing plaza where the visitor landed and the panel beside them', async () => {
    expect(await live.staff.command({ target: id, action: 'tourStop', index: 2 })).toMatchObject({ ok: true, delivered: 1 });
    await poll(() => exhibitState(headset.page)).toMatchObject({ xrPlace: 'park', selected: 'douyin-pico' });
    await setHeadPose(headset.page, [0, 1.65, 0], 0);
    await poll(async () => panelsIn(await layout(headset.page)).length).toBe(1);
    await poll(() => live.staff.device(id)?.report?.layout?.plaza ?? null).not.toBeNull();
    await tvCaughtUp(tv.page, id);
    const [name] = panelsIn(await layout(headset.page));
    await expect.poll(async () => onScreen(await rectOf(tv.page, name!), TV.width, TV.height), { timeout: WAIT_MS, message: `${name} on the TV` }).toBe(true);
    const a = (await positionOf(headset.page, name!))!;
    const b = (await positionOf(tv.page, name!))!;
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]), name).toBeLessThan(0.01);
    // The plaza under the visitor's feet, at the same spot in both worlds.
    const plaza = (await positionOf(headset.page, 'viewing-plaza'))!;
    // (The live link carries millimetres.)
    await poll(async () => {
      const p = await positionOf(tv.page, 'viewing-plaza');
      return !!p && Math.hypot(p[0] - plaza[0], p[1] - plaza[1], p[2] - plaza[2]) < 0.002;
    }).toBe(true);
    const origin = live.staff.device(id)!.report!.origin!.p;
    expect(Math.hypot(plaza[0] - origin[0], plaza[2] - origin[2])).toBeLessThan(0.01);
    await xrFrames(headset.page, 2);
    await shoot(headset.page, 'spectator-world-headset-park');
    await shoot(tv.page, 'spectator-world-tv-park');
    expect(headset.errors).toEqual([]);
    expect(tv.errors).toEqual([]);
  }, WAIT_MS * 9);
});

async function open(url: string, viewport: { width: number; height: number }, headset?: 'quest3' | 'pico4') {
  const p = await openLivePage(browser(), url, { viewport, headset });
  live.pages.push(p);
  return p;
}
