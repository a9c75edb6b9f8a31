/**
 * Entering VR without a stall. Enter VR at the earliest moment: the page clicks the button the instant it is inserted (a DOM observer calling
 * `click()`; the emulator asks for no trusted gesture), on fresh page loads in a row. Before the fix the button
 * appeared when the VR module had loaded but before `<XR>` had connected the store to the renderer, and such a click
 * failed with "not connected to three.js". And the controllers, which mount a second or two into a session (their
 * ray, cursor and wrist menu once the profile has loaded, their models later), find their shader programs built with
 * the session's first frames (models warmed up before the session), so no program is linked mid-session.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { exhibitState, finish, newExhibitPage, openExhibit, poll, type ExhibitPage } from './helpers';
import { enterVR, exitVR, installHeadset, objectInXR, renderStats, xrFrames } from './xr-helpers';

const browser = browserPerFile();

/** Runs in the page before its scripts: clicks Enter VR (once) as soon as it is in the DOM. */
function clickOnInsert() {
  const w = window as unknown as { __enterClickedAt?: number };
  const observer = new MutationObserver(() => {
    const button = [...document.querySelectorAll('button')].find((b) => /Enter VR|进入VR/.test(b.textContent ?? ''));
    if (!button) return;
    observer.disconnect();
    w.__enterClickedAt = performance.now();
    button.click();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

describe('Enter VR pressed the instant it appears', () => {
  it('starts the session on 5 fresh page loads in a row', { timeout: 400_000 }, async () => {
    for (let load = 1; load <= 5; load++) {
      let t: ExhibitPage | undefined = await newExhibitPage(browser());
      try {
        await installHeadset(t.page, load % 2 ? 'quest3' : 'pico4');
        await t.page.addInitScript(clickOnInsert);
        await openExhibit(t.page);
        await expect
          .poll(() => t!.page.evaluate(() => (window as unknown as { __enterClickedAt?: number }).__enterClickedAt ?? null), { timeout: 60_000, interval: 100 })
          .not.toBeNull();
        // Either the session starts or the page says it failed: whichever comes first decides.
        const page = t.page;
        const outcome = async () => ((await page.getByRole('alert').count()) > 0 ? `failed: ${await page.getByRole('alert').first().innerText()}` : (await exhibitState(page)).xrPlace === 'table' ? 'at the table' : 'waiting');
        await expect.poll(outcome, { timeout: 60_000, interval: 200, message: `load ${load}` }).not.toBe('waiting');
        expect(await outcome(), `load ${load}`).toBe('at the table');
        expect(await exhibitState(page)).toMatchObject({ xr: true, xrPlace: 'table' });
        await t.page.evaluate(() => (window as unknown as { __xrSession?: XRSession }).__xrSession?.end());
      } finally {
        const done = t;
        t = undefined;
        await finish(done);
      }
    }
  });
});

describe('controller models warmed up before the session', () => {
  it('a headset that has had a session links no shader program after the first frames: not as its controllers mount, not as their models arrive', { timeout: 300_000 }, async () => {
    // No service worker: every profile and model request reaches the route below, which can hold them back.
    let t: ExhibitPage | undefined = await newExhibitPage(browser(), { serviceWorkers: 'block' });
    try {
      const { page, context } = t;
      /** What the route holds back: nothing, every profile and model file, or the models only. */
      let hold: 'none' | 'all' | '.glb' = 'none';
      const held: Route[] = [];
      let models = 0;
      await context.route(/xr-profiles\/.*\.(json|glb)$/, (route) => {
        if (hold === 'all' || (hold === '.glb' && route.request().url().endsWith('.glb'))) held.push(route);
        else {
          if (route.request().url().endsWith('.glb')) models++;
          void route.continue();
        }
      });
      /** Lets the held requests whose URL ends in `ext` through. */
      const release = async (ext: string) => {
        for (const r of held.filter((h) => h.request().url().endsWith(ext))) {
          held.splice(held.indexOf(r), 1);
          await r.continue();
        }
      };
      await installHeadset(page, 'quest3');
      await openExhibit(page);
      // The emulator's user agent names no headset: nothing to warm up before this headset's first session.
      expect((await renderStats(page))!.warmedModels).toBe(0);
      await enterVR(page);
      await poll(() => objectInXR(page, 'a_button')).not.toBeNull();
      await exitVR(page);
      // The next visitor, after a reload: the models this headset reported are loaded before Enter VR.
      models = 0;
      await openExhibit(page);
      await poll(async () => (await renderStats(page))?.warmedModels).toBe(2);
      expect(models, 'the warm-up loaded the two models').toBe(2);
      // The session's own requests wait: first its profile (so the controllers cannot mount yet), then the models.
      hold = 'all';
      await enterVR(page);
      await poll(() => held.some((r) => r.request().url().endsWith('.json'))).toBe(true);
      await xrFrames(page, 6);
      expect(await objectInXR(page, 'wrist-menu'), 'the controllers wait for their profile').toBeNull();
      const before = (await renderStats(page))!.programs;
      hold = '.glb';
      await release('.json');
      // The controllers mount (ray, cursor, the wrist menu on the left) once their profile has loaded; the models wait.
      await poll(() => objectInXR(page, 'wrist-menu')).not.toBeNull();
      await xrFrames(page, 4);
      expect(await objectInXR(page, 'a_button'), 'the session’s own model is still held back').toBeNull();
      expect((await renderStats(page))!.programs, 'shader programs linked when the controllers mounted').toBe(before);
      await poll(() => held.filter((r) => r.request().url().endsWith('.glb')).length).toBe(2);
      hold = 'none';
      await release('.glb');
      await poll(() => objectInXR(page, 'a_button')).not.toBeNull();
      await poll(() => objectInXR(page, 'x_button')).not.toBeNull();
      await xrFrames(page, 6);
      expect((await renderStats(page))!.programs, 'shader programs linked when the controller models arrived').toBe(before);
      await exitVR(page);
    } finally {
      const done = t;
      t = undefined;
      await finish(done);
    }
  });
});
