/** Types of xr.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext, Page } from 'playwright-core';
import type { RenderStats } from './page-probe.mjs';

/** Which emulated headset to install. */
export type Headset = 'quest3' | 'pico4' | 'unknown-controller' | 'unlisted-controller';

export declare const iwerScript: string;
export declare function installHeadset(target: Page | BrowserContext, kind: Headset, options?: { stereo?: boolean }): Promise<void>;
export declare function xrFrames(page: Page, n: number): Promise<void>;
export declare function settleXR(page: Page, need?: number): Promise<RenderStats>;
export declare function aim(page: Page, hand: 'left' | 'right', target: [number, number, number]): Promise<void>;
export declare function pullTrigger(page: Page, hand: 'left' | 'right'): Promise<void>;
