/**
 * Entering VR without a stall. Enter VR at the earliest moment: the page clicks the button the instant it is inserted (a DOM observer calling
 * `click()`; the emulator asks for no trusted gesture), on fresh page loads in a row. Before the fix the button
 * appeared when the VR module had loaded but before `<XR>` had connected the store to the renderer, and such a click
 * failed with "not connected to three.js". And the controllers' models, which arrive seconds into a session, find
 * their shader program built (warmed up before the session), so no program is linked mid-session.
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
  it('a headset that has had a session links no shader program when its controllers’ models arrive', { timeout: 300_000 }, async () => {
    // No service worker: every model request reaches the route below, which holds the session's own copies back.
    let t: ExhibitPage | undefined = await newExhibitPage(browser(), { serviceWorkers: 'block' });
    try {
      const { page, context } = t;
      const models = /xr-profiles\/meta-quest-touch-plus\/(left|right)\.glb$/;
      let hold = false;
      const held: Route[] = [];
      let passed = 0;
      await context.route(models, (route) => {
        if (hold) held.push(route);
        else {
          passed++;
          void route.continue();
        }
      });
      await installHeadset(page, 'quest3');
      await openExhibit(page);
      // The emulator's user agent names no headset: nothing to warm up before this headset's first session.
      expect((await renderStats(page))!.warmedModels).toBe(0);
      await enterVR(page);
      await poll(() => objectInXR(page, 'a_button')).not.toBeNull();
      await exitVR(page);
      // The next visitor, after a reload: the models this headset reported are loaded before Enter VR.
      passed = 0;
      await openExhibit(page);
      await poll(async () => (await renderStats(page))?.warmedModels).toBe(2);
      expect(passed, 'the warm-up loaded the two models').toBe(2);
      hold = true;
      await enterVR(page);
      await xrFrames(page, 6);
      expect(await objectInXR(page, 'a_button'), 'the session’s own model is still held back').toBeNull();
      const before = (await renderStats(page))!.programs;
      await poll(() => held.length).toBe(2);
      hold = false;
      for (const r of held.splice(0)) await r.continue();
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
