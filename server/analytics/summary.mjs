/**
 * The day's dashboard: what the console's Analytics view and the exports show, from a handful of indexed
 * queries over one day. Pure apart from the database; median and funnel are plain functions (unit-tested).
 * Types: summary.d.mts.
 */

/** @param {number[]} xs sorted ascending */
export function median(xs) {
  if (xs.length === 0) return 0;
  const m = xs.length >> 1;
  return xs.length % 2 ? /** @type {number} */ (xs[m]) : (/** @type {number} */ (xs[m - 1]) + /** @type {number} */ (xs[m])) / 2;
}

/**
 * The tour funnel: how many tours reached each stop (0-based), from the tours' endings. A tour left at stop N
 * reached stops 0..N; a completed one reached every stop. Tours still running count at stop 0 only.
 * @param {{ result: string, stop: number, n: number }[]} rows counts of tour events by result and stop
 * @param {number} stops
 */
export function tourFunnel(rows, stops) {
  const reached = new Array(stops).fill(0);
  let started = 0;
  let ended = 0;
  for (const r of rows) {
    if (r.result === 'started') {
      started += r.n;
      continue;
    }
    ended += r.n;
    const last = r.result === 'completed' ? stops - 1 : Math.min(r.stop, stops - 1);
    for (let i = 0; i <= last; i++) reached[i] += r.n;
  }
  // Tours started but not (yet) ended did reach their first stop.
  if (stops > 0) reached[0] += Math.max(0, started - ended);
  const completed = rows.filter((r) => r.result === 'completed').reduce((a, r) => a + r.n, 0);
  return { started, completed, reached };
}

/**
 * @param {import('better-sqlite3').Database} db
 * @param {string} day YYYY-MM-DD
 * @param {{ tourStops: number, now: number }} options
 * @returns {import('./summary.d.mts').DaySummary}
 */
export function daySummary(db, day, { tourStops, now }) {
  const sessions = /** @type {{ start_at: number, len: number, mode: string, lang: string }[]} */ (
    db.prepare('SELECT start_at, coalesce(dur, last_at - start_at) AS len, mode, lang FROM sessions WHERE day = ?').all(day)
  );
  const perHour = new Array(24).fill(0);
  /** @type {Record<string, number>} */
  const byMode = { desktop: 0, vr: 0, mr: 0 };
  /** @type {Record<string, number>} */
  const byLang = { zh: 0, en: 0 };
  const lengths = [];
  for (const s of sessions) {
    perHour[new Date(s.start_at).getHours()] += 1;
    byMode[s.mode] = (byMode[s.mode] ?? 0) + 1;
    byLang[s.lang] = (byLang[s.lang] ?? 0) + 1;
    lengths.push(s.len);
  }
  lengths.sort((a, b) => a - b);
  const busiest = perHour.reduce((best, n, h) => (n > (perHour[best] ?? 0) ? h : best), 0);
  // The day's totals (kept as events arrive: db.mjs migration 2), a few dozen rows however busy the day.
  const dwell = /** @type {{ k: string, target: string, ms: number, n: number }[]} */ (
    db.prepare("SELECT k, target, ms, n FROM daily WHERE day = ? AND k IN ('pavilion', 'panel') ORDER BY ms DESC").all(day)
  );
  const tours = /** @type {{ result: string, stop: number, n: number }[]} */ (db.prepare("SELECT target AS result, stop, n FROM daily WHERE day = ? AND k = 'tour'").all(day));
  const count = db.prepare('SELECT coalesce(sum(n), 0) FROM daily WHERE day = ? AND k = ?').pluck();
  const top = (/** @type {string} */ k) => dwell.filter((d) => d.k === k).slice(0, 10).map((d) => ({ id: d.target, ms: d.ms, visits: d.n }));
  return {
    day,
    generatedAt: now,
    sessions: {
      count: sessions.length,
      medianMs: Math.round(median(lengths)),
      meanMs: sessions.length ? Math.round(lengths.reduce((a, b) => a + b, 0) / sessions.length) : 0,
    },
    perHour,
    busiestHour: sessions.length ? busiest : null,
    byMode,
    byLang,
    pavilions: top('pavilion'),
    panels: top('panel'),
    tour: tourFunnel(tours, tourStops),
    attractInterruptions: /** @type {number} */ (count.get(day, 'attract_interrupt')),
    consoleActions: /** @type {number} */ (count.get(day, 'console')),
  };
}

/**
 * The day's sessions, for export.
 * @param {import('better-sqlite3').Database} db
 * @param {string} day
 */
export function daySessions(db, day) {
  return /** @type {{ device: string, sid: string, start_at: number, end_at: number | null, len: number, mode: string, lang: string, model: string, last_pavilion: string | null }[]} */ (
    db.prepare('SELECT device, sid, start_at, end_at, coalesce(dur, last_at - start_at) AS len, mode, lang, model, last_pavilion FROM sessions WHERE day = ? ORDER BY start_at').all(day)
  );
}

/**
 * The day's pavilion visits and panel dwells, for export.
 * @param {import('better-sqlite3').Database} db
 * @param {string} day
 */
export function dayVisits(db, day) {
  return /** @type {{ at: number, device: string, sid: string, k: string, target: string, dur: number }[]} */ (
    db.prepare("SELECT at, device, sid, k, target, dur FROM events WHERE day = ? AND k IN ('pavilion', 'panel') ORDER BY at").all(day)
  );
}
