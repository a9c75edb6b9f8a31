/** Keyboard only: Tab and Enter/Space through the HUD, Escape back to the overview, W/A/S/D and arrows to move. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { detailsText, type ExhibitPage, type ExhibitWindow, exhibitState, expectSelection, finish, newExhibitPage, openExhibit, screenPosition, WAIT_MS, waitForIdle } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

/** Presses Tab until the focused element is the button named `name` (fails after 30 presses). */
async function tabTo(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'BUTTON' ? (el.textContent ?? '').trim() : null;
    });
    if (focused === name) return;
  }
  throw new Error(`Tab never reached the "${name}" button`);
}

/**
 * Holds a key until Pico has moved at least 30 px on screen (frames come slowly in software WebGL, so no fixed
 * duration), releases it, waits for the camera to stop, and returns how far Pico moved.
 */
async function holdAndMeasure(page: Page, key: string): Promise<{ dx: number; dy: number }> {
  const before = await screenPosition(page, 'pico');
  expect(before, 'Pico on screen before the move').not.toBeNull();
  await page.keyboard.down(key);
  try {
    await page.waitForFunction(
      (from) => {
        const p = (window as ExhibitWindow).exhibit!.screenPosition('pico');
        return !p || Math.hypot(p.x - from.x, p.y - from.y) >= 30;
      },
      before!,
      { polling: 50, timeout: WAIT_MS },
    );
  } finally {
    await page.keyboard.up(key);
  }
  await waitForIdle(page, 300);
  const after = await screenPosition(page, 'pico');
  expect(after, `Pico on screen after ${key}`).not.toBeNull();
  return { dx: after!.x - before!.x, dy: after!.y - before!.y };
}

describe('keyboard', () => {
  it('Tab reaches the pavilion buttons and Enter selects one; Space activates a figures panel button', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page);
    await tabTo(page, 'GoerTek');
    await page.keyboard.press('Enter');
    await expectSelection(page, { view: 'pavilion', selected: 'goertek' }, '#/pavilion/goertek');
    expect(await detailsText(page)).toContain('electroacoustic components manufacturer');

    await tabTo(page, 'The virtual reality industry');
    await page.keyboard.press('Space');
    await expectSelection(page, { view: 'panel', panel: 'vr-industry' }, '#/panel/vr-industry');
    expect(await detailsText(page)).toContain('18 billion yuan');

    await tabTo(page, 'Overview');
    await page.keyboard.press('Enter');
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
  });

  it('Escape returns from a pavilion and from a figures panel to the overview and clears the link', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/douyin-pico');
    await expectSelection(page, { selected: 'douyin-pico' }, '#/pavilion/douyin-pico');
    await page.keyboard.press('Escape');
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
    expect(await detailsText(page)).toContain('Choose a pavilion');

    await page.evaluate(() => (window as ExhibitWindow).exhibit!.focusPanel('timeline'));
    await expectSelection(page, { view: 'panel', panel: 'timeline' }, '#/panel/timeline');
    await page.keyboard.press('Escape');
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
  });

  it('holding W/A/S/D or the arrow keys moves the camera (and selects nothing)', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '', { settle: true });
    const d = await holdAndMeasure(page, 'KeyD');
    expect(d.dx, 'D moves the camera right, so the park moves left').toBeLessThan(-20);
    const a = await holdAndMeasure(page, 'KeyA');
    expect(a.dx, 'A moves the camera left, so the park moves right').toBeGreaterThan(20);
    const w = await holdAndMeasure(page, 'KeyW');
    const s = await holdAndMeasure(page, 'KeyS');
    expect(Math.sign(w.dy), 'W moves the park up or down on screen').not.toBe(0);
    expect(Math.sign(s.dy), 'S moves the park the other way from W').toBe(-Math.sign(w.dy));

    const left = await holdAndMeasure(page, 'ArrowLeft');
    expect(left.dx, 'ArrowLeft like A').toBeGreaterThan(20);
    const up = await holdAndMeasure(page, 'ArrowUp');
    expect(Math.sign(up.dy), 'ArrowUp like W').toBe(Math.sign(w.dy));

    expect(await exhibitState(page)).toMatchObject({ view: 'overview', selected: null, panel: null });
    expect(await page.evaluate(() => location.hash)).toBe('');
  });
});
