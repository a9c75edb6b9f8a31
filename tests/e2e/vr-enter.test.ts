/**
 * Enter VR at the earliest moment: the page clicks the button the instant it is inserted (a DOM observer calling
 * `click()`; the emulator asks for no trusted gesture), on fresh page loads in a row. Before the fix the button
 * appeared when the VR module had loaded but before `<XR>` had connected the store to the renderer, and such a click
 * failed with "not connected to three.js".
 */
import { describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { exhibitState, finish, newExhibitPage, openExhibit, type ExhibitPage } from './helpers';
import { installHeadset } from './xr-helpers';

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
