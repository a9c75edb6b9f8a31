/** Types of network.mjs for TypeScript importers (`allowJs` is off). Keep in step with that file. */
import type { BrowserContext } from 'playwright-core';

/** One finished (or failed) request of a context. */
export interface NetEntry {
  url: string;
  /** Wall-clock start and end (ms since the epoch), from the browser's timing where it has one. */
  startWall: number;
  endWall: number;
  /** Encoded bytes on the wire: response headers + body as transferred (compressed). */
  bytes: number;
  /** Issued by a service worker (its own fetches: precache, network fallbacks). */
  byServiceWorker: boolean;
  /** A page request the service worker answered: its network cost, if any, is the worker's own request. */
  answeredByServiceWorker: boolean;
  failed: boolean;
  /** HTTP status (0 without a response). */
  status: number;
  /** Playwright's resource type (`document`, `script`, `fetch`, ...). */
  type: string;
}

/** Network log of a context: every request of its pages and service workers. */
export interface NetLog {
  entries: NetEntry[];
  /** Resolves once every finished request's sizes have been read. */
  settle(): Promise<void>;
}

export declare function recordNetwork(context: BrowserContext): NetLog;
export declare function onTheWire(entries: NetEntry[], filter?: (e: NetEntry) => boolean): { requests: number; bytes: number; urls: string[] };
