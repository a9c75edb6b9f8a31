/**
 * Booth analytics (issue 17): what the live link's pages report (sessions, pavilion visits, panel dwell, tours,
 * languages, attract-loop interruptions) and the console's actions, kept in a local SQLite file; the day's
 * summary and exports for the console. No personal data: no addresses, no names, only the random device ids
 * the live link already uses. Modules: schema (zod), db (file, WAL, migrations, retention), ingest (dedup and
 * guards), summary (queries), export (CSV/JSON), store (all of it over one connection), worker (the thread that
 * owns that connection), http (routes). This file is the main thread's side: it sends requests to the worker
 * and answers with promises, so SQLite never holds up the live link (bench: forwarding latency while ingesting).
 * If the worker dies it is restarted; after MAX_RESTARTS failures within a minute analytics is switched off with
 * a log line, and the exhibit runs on (devices keep their queues: nothing unacknowledged is lost).
 * Types: index.d.mts.
 */
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { openDatabase, RETENTION_DAYS } from './db.mjs';
import { createAnalyticsRoutes } from './http.mjs';

export { RETENTION_DAYS } from './db.mjs';

/** Hours between retention sweeps (one also runs when the worker starts). */
const SWEEP_EVERY_MS = 6 * 3600_000;
/** Worker failures within RESTART_WINDOW_MS after which analytics is switched off. */
export const MAX_RESTARTS = 3;
const RESTART_WINDOW_MS = 60_000;
const WORKER_URL = new URL('./worker.mjs', import.meta.url);

/**
 * Opens the analytics store and starts its worker.
 * @param {import('./index.d.mts').AnalyticsOptions} options
 * @returns {import('./index.d.mts').Analytics}
 */
export function createAnalytics({ file, retentionDays = RETENTION_DAYS, now = Date.now, log = () => {}, contentDir, eventsPerSecond, burst, inHeadsetsNow = () => 0, publicUrl }) {
  // Open and migrate here once, before the live link listens: a file this server cannot use (newer schema, not a
  // database) stops the start with its reason. The worker then opens the migrated file and sweeps it (a sweep
  // scans the events table: the worker's job, not the start's).
  openDatabase(file).close();
  const storeOptions = { file, retentionDays, contentDir, eventsPerSecond, burst, publicUrl };

  /** @type {Map<number, { resolve: (v: any) => void, reject: (e: Error) => void }>} */
  const pending = new Map();
  let nextId = 0;
  /** @type {Worker | null} */
  let worker = null;
  /** Resolves once the current worker has opened and swept the file, or has stopped. */
  let ready = Promise.resolve();
  /** @type {number[]} */
  let failures = [];
  let closed = false;
  let closing = false;
  let disabled = false;

  const start = () => {
    const w = new Worker(WORKER_URL, { workerData: { options: storeOptions, now: now() } });
    /** @type {() => void} */
    let opened = () => {};
    ready = new Promise((resolve) => (opened = resolve));
    w.on('message', (/** @type {{ id?: number, ok?: boolean, value?: unknown, error?: string, log?: string, ready?: boolean }} */ m) => {
      if (m.log !== undefined) return log(m.log);
      if (m.ready) return opened();
      if (m.id === undefined) return;
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.ok) p?.resolve(m.value);
      else p?.reject(new Error(m.error));
    });
    w.on('error', (e) => log(`[analytics] worker error: ${e.message}`));
    w.on('exit', (code) => {
      opened(); // no one waits forever for a worker that never opened the file
      if (worker !== w) return;
      worker = null;
      // What was in flight is not known to be stored: nothing of it is acknowledged (devices send it again).
      for (const p of pending.values()) p.reject(new Error('the analytics worker stopped'));
      pending.clear();
      if (closed || closing) return;
      const t = Date.now();
      failures = [...failures.filter((f) => t - f < RESTART_WINDOW_MS), t];
      if (failures.length > MAX_RESTARTS) {
        disabled = true;
        clearInterval(timer);
        log(`[analytics] DISABLED: the analytics worker stopped ${failures.length} times within a minute (last exit code ${code}); the exhibit runs on without analytics, devices keep their queues. Restart the server to try again.`);
        return;
      }
      log(`[analytics] the analytics worker stopped (exit code ${code}); restarting it (${failures.length} of ${MAX_RESTARTS} restarts a minute)`);
      worker = start();
    });
    return w;
  };
  worker = start();

  /**
   * One request to the worker, answered after it has run (and committed).
   * @param {string} op
   * @param {unknown[]} args
   * @returns {Promise<any>}
   */
  const call = (op, ...args) =>
    new Promise((resolve, reject) => {
      if (closed || disabled || !worker) return reject(new Error(closed ? 'analytics closed' : 'analytics disabled'));
      const id = ++nextId;
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, op, args, now: now() });
    });

  const timer = setInterval(() => call('sweep').catch((e) => log(`[analytics] retention sweep failed: ${e.message}`)), SWEEP_EVERY_MS);
  timer.unref();

  const summary = async (/** @type {string} */ day) => ({ ...(await call('summary', day)), inHeadsetsNow: inHeadsetsNow() });
  /** @param {import('./index.d.mts').CheckPin} checkPin */
  const routes = (checkPin) =>
    createAnalyticsRoutes({ checkPin, now, summary, csv: (day, table) => call('csv', day, table), json: (day) => call('json', day), log });

  /** @type {import('better-sqlite3').Database | null} */
  let reader = null;
  return {
    file,
    async ingest(device, events) {
      try {
        return await call('ingest', device, events);
      } catch (e) {
        // A full disk, a broken file or a dead worker must not end the live link: nothing is acknowledged, the device keeps its queue.
        // (Once off, the DISABLED line has said so: no line per batch.)
        if (!closed && !disabled) log(`[analytics] could not store events: ${/** @type {Error} */ (e).message}`);
        return [];
      }
    },
    consoleAction(action) {
      if (closed || disabled) return;
      call('consoleAction', action).catch((e) => log(`[analytics] could not record a console action: ${e.message}`));
    },
    summary,
    routes,
    checkpoint: () => call('checkpoint'),
    get ready() {
      return ready;
    },
    get db() {
      // A read-only connection on the caller's thread, for tests and tools; the server itself never queries here.
      reader ??= new Database(file, { readonly: true });
      return reader;
    },
    get worker() {
      return worker;
    },
    get disabled() {
      return disabled;
    },
    async close() {
      if (closed || closing) return;
      closing = true;
      clearInterval(timer);
      reader?.close();
      const w = worker;
      if (w) {
        // Let what was asked before the close finish (and commit), then close the file in the worker.
        const done = new Promise((resolve) => w.once('exit', resolve));
        await call('close').catch(() => {});
        closed = true;
        await Promise.race([done, new Promise((r) => setTimeout(r, 2000).unref())]);
        await w.terminate();
      }
      closed = true;
    },
  };
}
