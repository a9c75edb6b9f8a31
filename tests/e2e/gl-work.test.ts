/**
 * GL work that costs a headset frame without showing anything, counted with a WebGL probe (tests/e2e/gl-probe.ts):
 * - no instanced draw with a non-positive or infinite instance count (troika's text before its first layout
 *   used to issue them: WebGL reads `Infinity` as 0), on the desktop and in VR;
 * - no shader program linked in the renderer's context during a VR session once it has started (its first frames,
 *   until the controller models are drawn): not on a ray pick, `exhibit.select()`, a tour stop, a language switch
 *   or in a second session; everything a session can show is compiled when it starts
 *   (src/xr/PrecompileXR.tsx). (Troika's glyph generator has its own offscreen context; it is logged, not counted.)
 * - VR stays within 120 draw calls for both eyes however a pavilion is reached: ray, `select()`, tour.
 */
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { type ExhibitPage, exhibitState, finish, newExhibitPage, openExhibit, poll, waitForIdle } from './helpers';
import { glRecords, installGlProbe, setPhase } from './gl-probe';
import { settleXR, stereoOn } from './measure';
import { aim, enterVR, exitVR, installHeadset, pavilionInXR, pullTrigger, xrFrames } from './xr-helpers';

const VR_CALLS = 120;
const browser = browserPerFile();

/** Waits for `n` animation frames of the page. */
const animationFrames = (page: Page, n: number) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count;
        const step = () => (--left <= 0 ? resolve() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );

type Method = 'select' | 'focusPanel' | 'setLang' | 'startTour' | 'stopTour';
/** Calls a `window.exhibit` method in the page. */
const call = (page: Page, method: Method, ...args: string[]) =>
  page.evaluate(([m, a]) => void (window as unknown as { exhibit: Record<Method, (...x: string[]) => void> }).exhibit[m as Method](...(a as string[])), [method, args] as const);

describe('desktop', () => {
  let t: ExhibitPage | undefined;
  afterAll(() => finish(t));

  it('issues no instanced draw of zero or infinite instances, from the first frame through selections and a language switch', async () => {
    t = await newExhibitPage(browser());
    await installGlProbe(t.context);
    const page = t.page;
    await openExhibit(page);
    await waitForIdle(page);
    // The frames that matter are the first ones after a change (new panels and texts): let plenty of them pass.
    await call(page, 'select', 'goertek');
    await poll(() => exhibitState(page)).toMatchObject({ selected: 'goertek' });
    await animationFrames(page, 40);
    await call(page, 'focusPanel', 'vr-industry');
    await call(page, 'setLang', 'zh');
    await poll(() => exhibitState(page)).toMatchObject({ panel: 'vr-industry', lang: 'zh' });
    await animationFrames(page, 40);
    const r = await glRecords(page);
    expect(r.links.length, 'programs linked (the probe sees them)').toBeGreaterThan(2);
    expect(r.badInstanced).toEqual([]);
  });
});

describe('VR, emulated Quest 3 with stereo on', () => {
  let t: ExhibitPage | undefined;
  afterAll(() => finish(t));

  /** Enters VR and waits until the session has started: controller models drawn and the counts steady. */
  async function startSession(page: Page, n: number) {
    await setPhase(page, `session ${n}: start`);
    await enterVR(page);
    await settleXR(page, 4);
    await setPhase(page, `session ${n}: running`);
  }

  async function expectCalls(page: Page, what: string) {
    const s = await settleXR(page, 3);
    console.info(`[gl-work] ${what}: ${JSON.stringify(s)}`);
    expect.soft(s.calls, `${what}: draw calls, both eyes`).toBeLessThanOrEqual(VR_CALLS);
  }

  it('links no program once a session runs, and stays within budget by ray, select() and tour, over two sessions', { timeout: 420_000 }, async () => {
    t = await newExhibitPage(browser());
    const page = t.page;
    await installGlProbe(t.context);
    await installHeadset(page, 'quest3');
    await stereoOn(page);
    // A faster tour clock, so that its stops in the park come within the test's time.
    await openExhibit(page, '?timescale=8');
    await waitForIdle(page);

    await startSession(page, 1);
    await expectCalls(page, 'table');
    // By the ray: a pick on the miniature takes the visitor into the park (one pull: the trigger is released as
    // soon as the session reports the press, well inside the pointer's click threshold).
    const target = (await pavilionInXR(page, 'goertek', 'miniature'))!;
    await aim(page, 'right', target);
    await pullTrigger(page, 'right');
    await poll(() => exhibitState(page)).toMatchObject({ xrPlace: 'park' });
    await expectCalls(page, 'park, by the ray');
    // By select(), in the park: the panel changes to the other pavilion.
    await call(page, 'select', 'pico');
    await poll(() => exhibitState(page)).toMatchObject({ selected: 'pico' });
    await expectCalls(page, 'park, select()');
    await exitVR(page);

    await startSession(page, 2);
    // By select(), at the table (booth console, automation): the pavilion's panel joins the district panels.
    await call(page, 'select', 'dapeng-vr');
    await poll(() => exhibitState(page)).toMatchObject({ selected: 'dapeng-vr', xrPlace: 'table' });
    await expectCalls(page, 'table, select()');
    // By the tour: it fades to each pavilion in the park (measured there, once the tour is stopped at that stop).
    await call(page, 'startTour');
    await expect.poll(() => exhibitState(page), { timeout: 60_000, interval: 200 }).toMatchObject({ mode: 'tour', xrPlace: 'park', view: 'pavilion' });
    await call(page, 'stopTour');
    await expectCalls(page, `park, by the tour (${(await exhibitState(page)).selected})`);
    // A language switch inside a session: new glyphs, same programs.
    await call(page, 'setLang', 'zh');
    await xrFrames(page, 10);
    await exitVR(page);

    const r = await glRecords(page);
    console.info(`[gl-work] programs linked: ${JSON.stringify(r.links)}`);
    expect(r.links.some((l) => l.phase === 'session 1: start'), 'the probe saw the session compile its programs').toBe(true);
    expect(r.links.filter((l) => l.context === 'renderer' && l.phase.endsWith('running')), "programs linked in the renderer's context while a session was running").toEqual([]);
    expect(r.badInstanced).toEqual([]);
  });
});
