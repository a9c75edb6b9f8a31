/** Types of the analytics store (server/analytics/index.mjs). */
import type { Database } from 'better-sqlite3';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Worker } from 'node:worker_threads';
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
  /** Stores a device's events in the worker; resolves, once committed, with the ids it may forget ([] on any failure). */
  ingest(device: string, events: AnalyticsEvent[]): Promise<string[]>;
  /** Records a console action (fire and forget; a failure is logged). */
  consoleAction(action: string): void;
  summary(day: string): Promise<DaySummary>;
  /** The HTTP routes, answering true when they handled the request. */
  routes(checkPin: CheckPin): (req: IncomingMessage, res: ServerResponse, pathname: string, search: string) => boolean;
  /** Resolves once the current worker has opened and swept the file, or has stopped (requests made before wait in its queue anyway). */
  readonly ready: Promise<void>;
  /** Folds the WAL into the database file. */
  checkpoint(): Promise<void>;
  /** A read-only connection on the caller's thread, for tests and tools (the server never queries through it). */
  readonly db: Database;
  /** The worker thread now owning the file (null while restarting, disabled or closed); for tests. */
  readonly worker: Worker | null;
  /** True once the worker failed too often and analytics is off. */
  readonly disabled: boolean;
  /** Lets requests already made finish, closes the file and ends the worker. */
  close(): Promise<void>;
}

export declare const RETENTION_DAYS: number;
export declare const MAX_RESTARTS: number;
export declare function createAnalytics(options: AnalyticsOptions): Analytics;
