/** Types of the analytics store (server/analytics/index.mjs). */
import type { Database } from 'better-sqlite3';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AnalyticsEvent } from './schema.d.mts';
import type { DaySummary } from './summary.d.mts';

export type { AnalyticsEvent, AnalyticsMessage } from './schema.d.mts';
export type { DaySummary, Dwell } from './summary.d.mts';
export type CheckPin = (pin: unknown) => 'ok' | 'bad' | 'locked';

export interface AnalyticsOptions {
  /** The SQLite file (created with its folder). */
  file: string;
  /** Days kept (default 180). */
  retentionDays?: number;
  now?: () => number;
  log?: (line: string) => void;
  /** src/content/data, for names in the exports and the tour's length. */
  contentDir?: string;
  /** Per-device sustained event rate (default 10/s) and burst (default 600). */
  eventsPerSecond?: number;
  burst?: number;
  /** Where the exhibit is published (--public-url), for the phone hand-off. */
  publicUrl?: string;
  /** Devices connected and in VR/MR now (the hub knows). */
  inHeadsetsNow?: () => number;
}

export interface Analytics {
  readonly file: string;
  /** Stores a device's events; returns the ids it may forget. */
  ingest(device: string, events: AnalyticsEvent[]): string[];
  consoleAction(action: string): void;
  summary(day: string): DaySummary;
  /** The HTTP routes, answering true when they handled the request. */
  routes(checkPin: CheckPin): (req: IncomingMessage, res: ServerResponse, pathname: string, search: string) => boolean;
  readonly db: Database;
  close(): void;
}

export declare const RETENTION_DAYS: number;
export declare function createAnalytics(options: AnalyticsOptions): Analytics;
