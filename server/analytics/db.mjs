/**
 * The analytics database: one SQLite file on the booth laptop (default `.booth/analytics.db`, never under the
 * served folder), WAL journaling, numbered schema migrations (`PRAGMA user_version`), and a retention sweep.
 * Every write is a committed transaction before the device is told it is stored, so a `kill -9` loses nothing
 * that was acknowledged (WAL + synchronous=NORMAL survives a process crash; only a power cut may lose the
 * last transactions). Types: none (internal; index.mjs uses it).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** Default days of data kept. */
export const RETENTION_DAYS = 180;

/** Migrations, in order: migration i brings user_version from i to i + 1. Never edit one that has shipped. */
export const MIGRATIONS = [
  `CREATE TABLE events (
     device TEXT NOT NULL,   -- the random live-link device id ('console' for console actions)
     id TEXT NOT NULL,       -- the event id the device made; with device, the key that deduplicates
     at INTEGER NOT NULL,    -- server time (ms) the thing ended: receive time minus the event's age
     day TEXT NOT NULL,      -- the server's local date of at, YYYY-MM-DD
     k TEXT NOT NULL,        -- kind
     sid TEXT, target TEXT, dur INTEGER, stop INTEGER, result TEXT,
     PRIMARY KEY (device, id)
   ) WITHOUT ROWID;
   CREATE INDEX events_day ON events (day, k, target);
   CREATE TABLE sessions (
     device TEXT NOT NULL, sid TEXT NOT NULL,
     day TEXT NOT NULL, start_at INTEGER NOT NULL, last_at INTEGER NOT NULL, end_at INTEGER, dur INTEGER,
     mode TEXT NOT NULL, lang TEXT NOT NULL, model TEXT NOT NULL, last_pavilion TEXT,
     PRIMARY KEY (device, sid)
   ) WITHOUT ROWID;
   CREATE INDEX sessions_day ON sessions (day);`,
  // 2: the day's totals kept as events arrive, so the dashboard reads a few small rows instead of a day's events.
  `CREATE TABLE daily (
     day TEXT NOT NULL, k TEXT NOT NULL, target TEXT NOT NULL DEFAULT '', stop INTEGER NOT NULL DEFAULT -1,
     n INTEGER NOT NULL, ms INTEGER NOT NULL,
     PRIMARY KEY (day, k, target, stop)
   ) WITHOUT ROWID;
   INSERT INTO daily (day, k, target, stop, n, ms)
     SELECT day, k, CASE WHEN k IN ('pavilion', 'panel') THEN target WHEN k = 'tour' THEN result ELSE '' END,
            CASE WHEN k = 'tour' THEN stop ELSE -1 END, count(*), coalesce(sum(dur), 0)
     FROM events GROUP BY 1, 2, 3, 4;`,
];

/** Adds one event to the day's totals (migration 2's table). */
export const ADD_DAILY = `INSERT INTO daily (day, k, target, stop, n, ms) VALUES (?, ?, ?, ?, 1, ?)
  ON CONFLICT (day, k, target, stop) DO UPDATE SET n = n + 1, ms = ms + excluded.ms`;

/**
 * Opens (creating if needed) and migrates the database.
 * @param {string} file
 * @returns {import('better-sqlite3').Database}
 */
export function openDatabase(file) {
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 2000');
  migrate(db);
  return db;
}

/**
 * Applies the migrations the file has not had yet, each in its own transaction.
 * @param {import('better-sqlite3').Database} db
 */
export function migrate(db) {
  const version = /** @type {number} */ (db.pragma('user_version', { simple: true }));
  if (version > MIGRATIONS.length) throw new Error(`The analytics database is newer (schema ${version}) than this server knows (${MIGRATIONS.length}).`);
  for (let v = version; v < MIGRATIONS.length; v++)
    db.transaction(() => {
      db.exec(/** @type {string} */ (MIGRATIONS[v]));
      db.pragma(`user_version = ${v + 1}`);
    })();
}

/**
 * The retention sweep's statements, each bound to (cutoff day, cutoff ms) or (cutoff day). `day` is the local date
 * of `at` (a session's, of its start, before its last_at), so every row past the cutoff has day <= the cutoff's
 * day: the ranges go through the day indexes and read only the old days, not every event of the retention period.
 */
export const SWEEP = {
  events: 'DELETE FROM events WHERE day <= ? AND at < ?',
  sessions: 'DELETE FROM sessions WHERE day <= ? AND last_at < ?',
  daily: 'DELETE FROM daily WHERE day < ?',
};

/**
 * Deletes what is older than `days` days; returns the rows deleted.
 * @param {import('better-sqlite3').Database} db
 * @param {number} days
 * @param {number} now
 */
export function sweep(db, days, now) {
  const cutoff = now - days * 86_400_000;
  const day = dayOf(cutoff);
  return db.transaction(
    () =>
      db.prepare(SWEEP.events).run(day, cutoff).changes +
      db.prepare(SWEEP.sessions).run(day, cutoff).changes +
      db.prepare(SWEEP.daily).run(day).changes,
  )();
}

/**
 * The server's local date of a time, YYYY-MM-DD (the booth's day, in the laptop's time zone).
 * @param {number} ms
 */
export function dayOf(ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
