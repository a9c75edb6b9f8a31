/**
 * The exports of one day: CSV (UTF-8 with a BOM, so Excel shows Chinese; cells that a spreadsheet would run
 * as a formula escaped) and JSON. Pure functions over the rows summary.mjs reads. Types: export.d.mts.
 */

/** The UTF-8 byte order mark Excel needs to read the file as UTF-8. */
export const BOM = '\uFEFF';

/**
 * One CSV cell: a value a spreadsheet would take for a formula (it starts with =, +, -, @, or a tab or carriage
 * return) gets a leading apostrophe; a cell with a comma, quote or line break is quoted.
 * @param {unknown} value
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows to CSV lines (CRLF, as Excel writes them); no BOM.
 * @param {unknown[][]} rows
 */
export const csvLines = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

/**
 * A local date-time "YYYY-MM-DD HH:MM:SS" (the booth laptop's time zone).
 * @param {number | null} ms
 */
export function localTime(ms) {
  if (ms === null) return '';
  const d = new Date(ms);
  const p = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/**
 * @typedef {{ zh: string, en: string }} Names
 * @typedef {Map<string, Names>} NameIndex
 */

/**
 * The day's CSV tables: `summary`, `sessions`, `visits`, or all three one after another (`all`).
 * @param {{ summary: import('./summary.d.mts').DaySummary, sessions: ReturnType<typeof import('./summary.mjs').daySessions>, visits: ReturnType<typeof import('./summary.mjs').dayVisits> }} data
 * @param {NameIndex} names
 * @param {'all' | 'summary' | 'sessions' | 'visits'} table
 */
export function dayCsv(data, names, table = 'all') {
  const { summary: s } = data;
  const name = (/** @type {string} */ id, /** @type {'zh' | 'en'} */ l) => names.get(id)?.[l] ?? '';
  const sec = (/** @type {number} */ ms) => Math.round(ms / 100) / 10;
  /** @type {unknown[][]} */
  const summary = [
    ['metric', 'key', 'value', 'name_zh', 'name_en'],
    ['day', '', s.day],
    ['sessions', '', s.sessions.count],
    ['session_median_s', '', sec(s.sessions.medianMs)],
    ['session_mean_s', '', sec(s.sessions.meanMs)],
    ['busiest_hour', '', s.busiestHour ?? ''],
    ...s.perHour.map((n, h) => ['sessions_in_hour', String(h).padStart(2, '0'), n]),
    ...Object.entries(s.byMode).map(([k, n]) => ['sessions_by_mode', k, n]),
    ...Object.entries(s.byLang).map(([k, n]) => ['sessions_by_language', k, n]),
    ...s.pavilions.map((d) => ['pavilion_dwell_s', d.id, sec(d.ms), name(d.id, 'zh'), name(d.id, 'en')]),
    ...s.panels.map((d) => ['panel_dwell_s', d.id, sec(d.ms), name(d.id, 'zh'), name(d.id, 'en')]),
    ['tours_started', '', s.tour.started],
    ['tours_completed', '', s.tour.completed],
    ...s.tour.reached.map((n, i) => ['tour_reached_stop', i + 1, n]),
    ['attract_interruptions', '', s.attractInterruptions],
    ['console_actions', '', s.consoleActions],
  ];
  const sessions = [
    ['session', 'device', 'start', 'end', 'length_s', 'mode', 'language', 'model', 'last_pavilion'],
    ...data.sessions.map((r) => [r.sid, r.device, localTime(r.start_at), localTime(r.end_at), sec(r.len), r.mode, r.lang, r.model, r.last_pavilion ?? '']),
  ];
  const visits = [
    ['end', 'device', 'session', 'kind', 'id', 'name_zh', 'name_en', 'dwell_s'],
    ...data.visits.map((r) => [localTime(r.at), r.device, r.sid, r.k, r.target, name(r.target, 'zh'), name(r.target, 'en'), sec(r.dur)]),
  ];
  const parts = { summary, sessions, visits };
  if (table !== 'all') return BOM + csvLines(parts[table]);
  return BOM + [csvLines([['# summary']]) + csvLines(summary), csvLines([['# sessions']]) + csvLines(sessions), csvLines([['# visits']]) + csvLines(visits)].join('\r\n');
}
