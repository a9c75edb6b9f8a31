/**
 * Stores validated analytics events (schema.mjs) with the guards against a device that lies or floods:
 * - the device is the connection's (hello) device: an event names no device, so none can write another's;
 * - (device, event id) is the key: a resent event is acknowledged again but stored once;
 * - the server's receive time is the clock: an event happened `ago` ms before it arrived, and durations are
 *   capped by real time: per device, one session, one pavilion visit and one panel dwell at a time, each
 *   within its session as the server saw it start, so the dwells a device claims never add up to more than the
 *   time that really passed;
 * - a token bucket per device (sustained `eventsPerSecond`, a burst that lets a full offline queue through):
 *   past it, the rest of the batch is not stored and not acknowledged, so the device sends it again later, in
 *   order, and nothing is lost.
 * Types: none (internal; index.mjs uses it).
 */
import { randomBytes } from 'node:crypto';
import { tokenBucket } from '../live/guards.mjs';
import { ADD_DAILY, dayOf } from './db.mjs';
import { MAX_AGO_MS } from './limits.mjs';

/** Devices whose guard state is kept; past it the least recently heard is forgotten. */
const MAX_TRACKED = 5000;

/**
 * @typedef {import('./schema.d.mts').AnalyticsEvent} AnalyticsEvent
 * @typedef {{ take: () => boolean, busy: Record<'session' | 'pavilion' | 'panel', number> }} DeviceGuard
 */

/**
 * @param {{ db: import('better-sqlite3').Database, now?: () => number, eventsPerSecond?: number, burst?: number, log?: (line: string) => void }} options
 */
export function createIngest({ db, now = Date.now, eventsPerSecond = 10, burst = 600, log = () => {} }) {
  const exists = db.prepare('SELECT 1 FROM events WHERE device = ? AND id = ?').pluck();
  const insert = db.prepare('INSERT INTO events (device, id, at, day, k, sid, target, dur, stop, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const startSession = db.prepare('INSERT OR IGNORE INTO sessions (device, sid, day, start_at, last_at, mode, lang, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const sessionStart = db.prepare('SELECT start_at FROM sessions WHERE device = ? AND sid = ?').pluck();
  const touch = db.prepare('UPDATE sessions SET last_at = max(last_at, ?) WHERE device = ? AND sid = ?');
  const setPavilion = db.prepare('UPDATE sessions SET last_pavilion = ? WHERE device = ? AND sid = ?');
  const setLang = db.prepare('UPDATE sessions SET lang = ? WHERE device = ? AND sid = ?');
  const endSession = db.prepare('UPDATE sessions SET end_at = ?, dur = ? WHERE device = ? AND sid = ?');
  const addDaily = db.prepare(ADD_DAILY);
  // Where a kind's last stored interval ended, read through the (device, id) key: a guard made after the worker or
  // the server restarted starts from what is on file, so a device cannot claim the same time twice across it.
  const lastEnd = db.prepare('SELECT max(at) FROM events WHERE device = ? AND k = ?').pluck();
  const endOnFile = (/** @type {string} */ device, /** @type {string} */ k) => /** @type {number | null} */ (lastEnd.get(device, k)) ?? -Infinity;
  /** @type {Map<string, DeviceGuard>} */
  const guards = new Map();

  /** @param {string} device */
  function guardOf(device) {
    let g = guards.get(device);
    if (g) guards.delete(device); // re-inserted below: the Map's order is least recently heard first
    else {
      if (guards.size >= MAX_TRACKED) guards.delete(/** @type {string} */ (guards.keys().next().value));
      g = { take: tokenBucket(eventsPerSecond, burst, now), busy: { session: endOnFile(device, 'session_end'), pavilion: endOnFile(device, 'pavilion'), panel: endOnFile(device, 'panel') } };
    }
    guards.set(device, g);
    return g;
  }

  /**
   * A duration capped so this kind's intervals of one device never overlap: it ends at `end` and starts no
   * earlier than where the previous one ended.
   * @param {DeviceGuard} g
   * @param {'session' | 'pavilion' | 'panel'} kind
   * @param {number} end
   * @param {number} dur
   * @param {number} floor no earlier than this either (its session's start)
   */
  function capped(g, kind, end, dur, floor) {
    const start = Math.max(end - dur, g.busy[kind], floor);
    g.busy[kind] = Math.max(g.busy[kind], end);
    return Math.max(0, Math.round(end - start));
  }

  /**
   * Stores a device's batch; returns the ids it may forget (stored now or before).
   * @param {string} device
   * @param {AnalyticsEvent[]} events
   * @returns {string[]}
   */
  const ingest = db.transaction((/** @type {string} */ device, /** @type {AnalyticsEvent[]} */ events) => {
    const t = now();
    const g = guardOf(device);
    /** @type {string[]} */
    const ids = [];
    for (const e of events) {
      if (exists.get(device, e.id)) {
        ids.push(e.id);
        continue;
      }
      if (!g.take()) {
        log(`[analytics] ${device}: over the event rate, ${events.length - ids.length} event(s) left for later`);
        break;
      }
      const at = t - Math.min(e.ago, MAX_AGO_MS);
      const day = dayOf(at);
      /** @type {string | null} */
      let target = null;
      /** @type {number | null} */
      let dur = null;
      /** @type {number | null} */
      let stop = null;
      /** @type {string | null} */
      let result = null;
      switch (e.k) {
        case 'session_start':
          startSession.run(device, e.sid, day, at, at, e.mode, e.lang, e.model);
          result = e.mode;
          target = e.lang;
          break;
        case 'session_end': {
          // A session that never started (here) lasted nothing.
          dur = capped(g, 'session', at, e.dur, /** @type {number | undefined} */ (sessionStart.get(device, e.sid)) ?? at);
          endSession.run(at, dur, device, e.sid);
          break;
        }
        case 'pavilion':
        case 'panel':
          target = e.target;
          // A dwell starts no earlier than its session (and outside any known session it lasted nothing).
          dur = capped(g, e.k, at, e.dur, /** @type {number | undefined} */ (sessionStart.get(device, e.sid)) ?? at);
          if (e.k === 'pavilion') setPavilion.run(e.target, device, e.sid);
          break;
        case 'tour':
          result = e.result;
          stop = e.stop;
          break;
        case 'lang':
          target = e.lang;
          setLang.run(e.lang, device, e.sid);
          break;
        case 'attract_interrupt':
          break;
      }
      insert.run(device, e.id, at, day, e.k, e.sid, target, dur, stop, result);
      addDaily.run(day, e.k, e.k === 'pavilion' || e.k === 'panel' ? target : e.k === 'tour' ? result : '', e.k === 'tour' ? stop : -1, dur ?? 0);
      touch.run(at, device, e.sid);
      ids.push(e.id);
    }
    return ids;
  });

  /**
   * Records a console action (the server saw it: no device, no duration).
   * @param {string} action
   */
  function consoleAction(action) {
    const at = now();
    insert.run('console', randomBytes(8).toString('hex'), at, dayOf(at), 'console', null, action, null, null, null);
    addDaily.run(dayOf(at), 'console', '', -1, 0);
  }

  return { ingest: /** @type {(device: string, events: AnalyticsEvent[]) => string[]} */ (ingest), consoleAction };
}
