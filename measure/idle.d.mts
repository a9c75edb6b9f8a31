/** Types of idle.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext, Page } from 'playwright-core';

export declare function countDraws(name: string): void;
export declare function installDrawCounter(context: BrowserContext, name: string): Promise<void>;
export declare function waitForIdle(page: Page, options: { counter: string; quietMs?: number; timeout: number }): Promise<void>;
