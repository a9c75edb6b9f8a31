/**
 * Measuring helpers for the budget tests (tests/e2e/budgets.test.ts). The measuring itself is shared with the
 * benchmark (bench/): the in-page probe (measure/page-probe.mjs), the network log (measure/network.mjs), the
 * build's JavaScript (measure/build-js.mjs) and the emulated headset's steps (measure/xr.mjs). This module
 * gives them the names and test-side waits the budget tests use.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { buildJs as readBuildJs, httpReader, type BuildJs } from '../../measure/build-js.mjs';
import { firstPicture, installProbe, probeTextures, type TextureSize } from '../../measure/page-probe.mjs';
import { WAIT_MS } from './helpers';

export type { BuildJs, JsSet } from '../../measure/build-js.mjs';
export type { NetEntry, NetLog } from '../../measure/network.mjs';
export type { RenderStats, TextureSize, ViewFigures } from '../../measure/page-probe.mjs';
export { onTheWire, recordNetwork } from '../../measure/network.mjs';
export { renderStats, sizeText, viewFigures } from '../../measure/page-probe.mjs';
export { settleXR } from '../../measure/xr.mjs';

/** Installs the measure probe in every page of the context (call before the page loads). */
export async function installMeasureProbe(context: BrowserContext): Promise<void> {
  await installProbe(context);
}

/** Waits for the first picture and returns its wall-clock time (`Date.now()` in the page). */
export async function firstPictureWall(page: Page): Promise<number> {
  return (await firstPicture(page, WAIT_MS)).readyWall;
}

/** The largest texture the exhibit's scripts have allocated so far, and the largest from anything else. */
export const largestTextures = async (page: Page): Promise<{ app: TextureSize | null; other: TextureSize | null }> => {
  const { app, other } = await probeTextures(page);
  return { app, other };
};

/** The exhibit's texture allocations so far that do not fit in 2048×2048 (at most 50). */
export const oversizeTextures = async (page: Page): Promise<TextureSize[]> => (await probeTextures(page)).oversize;

/** The build's JavaScript as the preview server at `base` serves it: initial, lazy and total, gzipped. */
export const buildJs = (base: string): Promise<BuildJs> => readBuildJs(httpReader(base));

/** Turns the injected headset's stereo rendering on (call after `installHeadset`, before the page loads). */
export async function stereoOn(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { __xrDevice: { stereoEnabled: boolean } }).__xrDevice.stereoEnabled = true;
  });
}
