/**
 * The analytics store proper, synchronous over one better-sqlite3 connection: ingest, console actions, the
 * day's summary and exports, retention. It runs inside the analytics worker (worker.mjs), so SQLite never
 * blocks the live link's thread. The clock is the main thread's: every request carries its `now`, so a fake
 * clock in tests and the bench's shifted day keep working. Types: none (internal; worker.mjs uses it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, sweep } from './db.mjs';
import { dayCsv } from './export.mjs';
import { createIngest } from './ingest.mjs';
import { daySessions, daySummary, dayVisits } from './summary.mjs';

/**
 * Pavilion and panel names (zh, en) and the tour's length, from the content files when the repository is there.
 * @param {string | undefined} contentDir
 */
export function loadContent(contentDir) {
  /** @type {Map<string, { zh: string, en: string }>} */
  const names = new Map();
  let tourStops = 0;
  if (!contentDir) return { names, tourStops };
  const read = (/** @type {string} */ f) => {
    try {
      return JSON.parse(readFileSync(path.join(contentDir, f), 'utf8'));
    } catch {
      return null;
    }
  };
  for (const p of read('pavilions.json')?.pavilions ?? []) names.set(p.id, p.name);
  for (const p of read('panels.json')?.panels ?? []) names.set(p.id, p.title);
  tourStops = read('tour.json')?.stops?.length ?? 0;
  return { names, tourStops };
}

/**
 * @typedef {{ file: string, retentionDays: number, contentDir?: string, eventsPerSecond?: number, burst?: number, publicUrl?: string }} StoreOptions
 */

/**
 * Opens the store (migrating the file if needed: index.mjs has already done so) and sweeps what is past the
 * retention.
 * @param {StoreOptions} options
 * @param {number} startedAt the main thread's clock
 * @param {(line: string) => void} log
 */
export function openStore({ file, retentionDays, contentDir, eventsPerSecond, burst, publicUrl }, startedAt, log) {
  let clock = startedAt;
  const now = () => clock;
  const db = openDatabase(file);
  const { names, tourStops } = loadContent(contentDir);
  const { ingest, consoleAction } = createIngest({ db, now, eventsPerSecond, burst, log });
  const retain = () => {
    const removed = sweep(db, retentionDays, now());
    if (removed) log(`[analytics] retention: removed ${removed} rows older than ${retentionDays} days`);
  };
  retain();

  const lastEnded = db.prepare('SELECT end_at, last_pavilion FROM sessions WHERE day = ? AND end_at IS NOT NULL ORDER BY end_at DESC LIMIT 1');
  /**
   * "Continue on your phone" (with --public-url): the published exhibit at the pavilion the day's latest finished
   * session saw last. Nothing is collected from the phone: it opens the public site, not this server.
   * @param {string} day
   */
  const handoff = (day) => {
    if (!publicUrl) return null;
    const last = /** @type {{ end_at: number, last_pavilion: string | null } | undefined} */ (lastEnded.get(day));
    const base = publicUrl.split('#')[0];
    return { url: last?.last_pavilion ? `${base}#/pavilion/${encodeURIComponent(last.last_pavilion)}` : base, pavilion: last?.last_pavilion ?? null, endedAt: last?.end_at ?? null };
  };
  const summary = (/** @type {string} */ day) => ({ ...daySummary(db, day, { tourStops, now: now() }), handoff: handoff(day) });
  const tables = (/** @type {string} */ day) => ({ summary: summary(day), sessions: daySessions(db, day), visits: dayVisits(db, day) });

  /** The operations the worker answers; each gets the main thread's clock first. */
  const ops = {
    ingest: (/** @type {string} */ device, /** @type {import('./schema.d.mts').AnalyticsEvent[]} */ events) => ingest(device, events),
    consoleAction: (/** @type {string} */ action) => consoleAction(action),
    summary,
    csv: (/** @type {string} */ day, /** @type {'all' | 'summary' | 'sessions' | 'visits'} */ table) => dayCsv(tables(day), names, table),
    json: (/** @type {string} */ day) => ({ ...tables(day), names: Object.fromEntries(names) }),
    sweep: retain,
    /** Folds the WAL into the file (the bench measures the file's size). */
    checkpoint: () => void db.pragma('wal_checkpoint(TRUNCATE)'),
  };
  return {
    /**
     * @param {keyof typeof ops} op
     * @param {unknown[]} args
     * @param {number} at the main thread's clock when it asked
     */
    run(op, args, at) {
      clock = at;
      return /** @type {(...a: unknown[]) => unknown} */ (ops[op])(...args);
    },
    close: () => db.close(),
  };
}
