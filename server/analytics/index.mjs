/**
 * Booth analytics (issue 17): what the live link's pages report (sessions, pavilion visits, panel dwell, tours,
 * languages, attract-loop interruptions) and the console's actions, kept in a local SQLite file; the day's
 * summary and exports for the console. No personal data: no addresses, no names, only the random device ids
 * the live link already uses. Modules: schema (zod), db (file, WAL, migrations, retention), ingest (dedup and
 * guards), summary (queries), export (CSV/JSON), http (routes). Types: index.d.mts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase, RETENTION_DAYS, sweep } from './db.mjs';
import { dayCsv } from './export.mjs';
import { createAnalyticsRoutes } from './http.mjs';
import { createIngest } from './ingest.mjs';
import { daySessions, daySummary, dayVisits } from './summary.mjs';

export { RETENTION_DAYS } from './db.mjs';

/** Hours between retention sweeps (one also runs at start). */
const SWEEP_EVERY_MS = 6 * 3600_000;

/**
 * Pavilion and panel names (zh, en) and the tour's length, from the content files when the repository is there.
 * @param {string | undefined} contentDir
 */
function loadContent(contentDir) {
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
 * Opens the analytics store.
 * @param {import('./index.d.mts').AnalyticsOptions} options
 * @returns {import('./index.d.mts').Analytics}
 */
export function createAnalytics({ file, retentionDays = RETENTION_DAYS, now = Date.now, log = () => {}, contentDir, eventsPerSecond, burst, inHeadsetsNow = () => 0, publicUrl }) {
  const db = openDatabase(file);
  const { names, tourStops } = loadContent(contentDir);
  const { ingest, consoleAction } = createIngest({ db, now, eventsPerSecond, burst, log });
  const removed = sweep(db, retentionDays, now());
  if (removed) log(`[analytics] retention: removed ${removed} rows older than ${retentionDays} days`);
  const timer = setInterval(() => sweep(db, retentionDays, now()), SWEEP_EVERY_MS);
  timer.unref();

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
  const summary = (/** @type {string} */ day) => ({ ...daySummary(db, day, { tourStops, now: now() }), inHeadsetsNow: inHeadsetsNow(), handoff: handoff(day) });
  const tables = (/** @type {string} */ day) => ({ summary: summary(day), sessions: daySessions(db, day), visits: dayVisits(db, day) });
  /** @param {import('./index.d.mts').CheckPin} checkPin */
  const routes = (checkPin) =>
    createAnalyticsRoutes({
      checkPin,
      now,
      summary,
      csv: (day, table) => dayCsv(tables(day), names, table),
      json: (day) => ({ ...tables(day), names: Object.fromEntries(names) }),
    });
  let closed = false;
  return {
    file,
    ingest: (device, events) => {
      if (closed) return [];
      try {
        return ingest(device, events);
      } catch (e) {
        // A full disk or a broken file must not end the live link: nothing is acknowledged, the device keeps its queue.
        log(`[analytics] could not store events: ${/** @type {Error} */ (e).message}`);
        return [];
      }
    },
    consoleAction: (action) => {
      if (!closed) consoleAction(action);
    },
    summary,
    routes,
    db,
    close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      db.close();
    },
  };
}
