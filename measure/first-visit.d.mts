/** Types of first-visit.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { Browser } from 'playwright-core';

export declare const QUEST3_PROFILE_GROUP: string;

/** A headset's first visit, as counted on the wire. */
export interface FirstVisit {
  /** Encoded bytes (headers + body) of every request to the site, by the page and its service worker. */
  bytes: number;
  requests: number;
  /** Bytes per file (path under the site), summed over repeated requests. */
  perFile: Record<string, number>;
  /** Requests to any other origin (there should be none). */
  otherOrigins: string[];
  /** The offline status once complete. */
  offline: { ready: boolean; version: string | null; cached: number; total: number; scope: string; groups: string[] };
  errors: string[];
}

export declare function headsetFirstVisit(browser: Browser, base: string, options?: { timeout?: number; viewport?: { width: number; height: number } }): Promise<FirstVisit>;
