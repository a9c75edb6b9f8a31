/** Types of xr-room.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext, Page } from 'playwright-core';

/** Which emulated MR headset to install. */
export type MRHeadset = 'quest3-room' | 'pico-ar';

export declare const semScript: string;
export declare function roomCapture(room: string): unknown;
export declare function installMRHeadset(target: Page | BrowserContext, kind: MRHeadset, options?: { room?: string; input?: 'controllers' | 'hands'; without?: string[] }): Promise<void>;
