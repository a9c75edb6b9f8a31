/**
 * Mixed reality in the browser tests: the MR headsets (measure/xr-room.mjs: a Quest 3 in a captured room, a
 * Pico-like MR headset without room sensing), entering MR through its button, and reading the model's placement.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { installMRHeadset as installShared, type MRHeadset } from '../../measure/xr-room.mjs';
import type { PlacementSnapshot } from '../../src/state/automation';
import { exhibitState, saveScreenshot } from './helpers';

export type { MRHeadset };

/** Options of an emulated MR headset (Quest only): its input, and features its browser does not grant. */
export interface MRHeadsetOptions {
  input?: 'controllers' | 'hands';
  without?: ('plane-detection' | 'mesh-detection' | 'hit-test' | 'anchors')[];
}

/** Installs an MR headset before the page (or every page of a context) loads. */
export const installMRHeadset = (target: Page | BrowserContext, kind: MRHeadset, options: MRHeadsetOptions = {}): Promise<void> => installShared(target, kind, options);

/** Clicks "Enter MR" and waits until the MR session runs with the visitor at the table. */
export async function enterMR(page: Page): Promise<void> {
  // The button shows once the XR code has loaded and connected: on a loaded machine that can take a while.
  const button = page.getByRole('button', { name: /Enter MR|进入混合现实/ });
  await button.waitFor({ timeout: 60_000 });
  await button.click();
  await expect.poll(() => exhibitState(page), { timeout: 60_000, interval: 200 }).toMatchObject({ xr: true, xrMode: 'mr', xrPlace: 'table' });
}

/** `exhibit.placement()`. */
export const placement = (page: Page): Promise<PlacementSnapshot | null> => page.evaluate(() => (window as unknown as { exhibit: { placement(): PlacementSnapshot | null } }).exhibit.placement());

/** Squeezes a controller (press or release). */
export const squeeze = (page: Page, hand: 'left' | 'right', value: 0 | 1): Promise<void> =>
  page.evaluate(({ hand, value }) => (window as unknown as { __xrDevice: { controllers: Record<string, { updateButtonValue(id: string, v: number): void }> } }).__xrDevice.controllers[hand]!.updateButtonValue('squeeze', value), { hand, value });

/** Moves a controller to a point of the reference space. */
export const moveController = (page: Page, hand: 'left' | 'right', p: [number, number, number]): Promise<void> =>
  page.evaluate(({ hand, p }) => (window as unknown as { __xrDevice: { controllers: Record<string, { position: { set(x: number, y: number, z: number): void } }> } }).__xrDevice.controllers[hand]!.position.set(...p), { hand, p });

/**
 * A screenshot as the visitor would see it in passthrough where the emulator draws no room (the Pico-like
 * headset): the desktop page behind the transparent canvas is hidden and a neutral room colour stands in for the
 * camera image. With @iwer/sem the room itself is drawn behind the canvas and the page is shot as it is.
 */
export async function roomScreenshot(page: Page, name: string): Promise<void> {
  // Through the CSSOM: the exhibit's CSP allows no inline <style>.
  const set = (on: boolean) =>
    page.evaluate((on) => {
      const hud = document.querySelector<HTMLElement>('.hud');
      if (hud) hud.style.visibility = on ? 'hidden' : '';
      for (const el of [document.documentElement, document.body, document.getElementById('root')]) if (el) el.style.background = on ? '#a39c92' : '';
    }, on);
  await set(true);
  try {
    await saveScreenshot(page, name);
  } finally {
    await set(false);
  }
}

