/**
 * The analytics worker thread (server/analytics/index.mjs + worker.mjs): an acknowledgement means committed (a
 * second connection sees it at once), dedup across requests, an error inside the worker is logged and answered
 * without acknowledging, a dead worker is restarted and what was in flight is not acknowledged unless stored,
 * and too many deaths switch analytics off with a log line while the caller runs on. State only, no timings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createAnalytics, MAX_RESTARTS, type Analytics } from '../../server/analytics/index.mjs';
import type { AnalyticsEvent } from '../../server/analytics/schema.d.mts';

const tmp = mkdtempSync(join(tmpdir(), 'analytics-worker-test-'));
const opened: Analytics[] = [];
afterAll(async () => {
  for (const a of opened) await a.close();
  rmSync(tmp, { recursive: true, force: true });
});

let n = 0;
const eid = () => `wk${(++n).toString(36).padStart(8, '0')}`;
const start = (sid: string): AnalyticsEvent => ({ id: eid(), k: 'session_start', sid, ago: 0, mode: 'vr', lang: 'zh', model: 'Pico 4' });
const poke = (sid: string): AnalyticsEvent => ({ id: eid(), k: 'attract_interrupt', sid, ago: 0 });

function open(name: string) {
  const log: string[] = [];
  const file = join(tmp, `${name}.db`);
  const a = createAnalytics({ file, log: (l) => log.push(l), eventsPerSecond: 1e6, burst: 1e6 });
  opened.push(a);
  /** Ids in the file, read through a connection of its own (not the store's). */
  const stored = () => {
    const raw = new Database(file, { readonly: true });
    try {
      return new Set(raw.prepare('SELECT id FROM events').pluck().all() as string[]);
    } finally {
      raw.close();
    }
  };
  return { a, log, stored };
}

/** Resolves when `predicate` holds, polling (a state, not a time). */
async function until(predicate: () => boolean, what: string) {
  for (let i = 0; i < 500; i++) {
    if (predicate()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('analytics worker', () => {
  it('runs the store on another thread and acknowledges only what is committed', async () => {
    const { a, stored } = open('ack');
    expect(a.worker).not.toBeNull();
    expect(a.worker!.threadId).toBeGreaterThan(0);
    const batch = [start('sesa'), poke('sesa'), poke('sesa')];
    const pending = a.ingest('dev1', batch);
    expect(pending).toBeInstanceOf(Promise);
    const ids = await pending;
    expect(ids).toEqual(batch.map((e) => e.id));
    // The moment the ack is known, another connection sees every acknowledged event.
    const inFile = stored();
    expect(ids.filter((id) => !inFile.has(id))).toEqual([]);
  });

  it('deduplicates a resent batch: acknowledged again, stored once', async () => {
    const { a, stored } = open('dedup');
    const batch = [start('sesb'), poke('sesb')];
    expect(await a.ingest('dev2', batch)).toEqual(batch.map((e) => e.id));
    expect(await a.ingest('dev2', batch)).toEqual(batch.map((e) => e.id));
    // Another device may use the same ids: the key is (device, id).
    expect(await a.ingest('dev3', batch)).toEqual(batch.map((e) => e.id));
    expect(a.db.prepare('SELECT device, count(*) AS n FROM events GROUP BY device ORDER BY device').all()).toEqual([
      { device: 'dev2', n: 2 },
      { device: 'dev3', n: 2 },
    ]);
    expect(stored().size).toBe(2);
  });

  it('logs an error inside the worker, acknowledges nothing of that batch, and carries on', async () => {
    const { a, log, file } = { ...open('error'), file: join(tmp, 'error.db') };
    const thread = a.worker!.threadId;
    const raw = new Database(file);
    raw.exec("CREATE TRIGGER refuse BEFORE INSERT ON events WHEN NEW.device = 'bad01' BEGIN SELECT RAISE(ABORT, 'disk says no'); END;");
    raw.close();
    expect(await a.ingest('bad01', [start('sesc'), poke('sesc')])).toEqual([]);
    expect(log.join('\n')).toMatch(/could not store events: disk says no/);
    // The whole batch was rolled back (its session row too), and the same worker serves the next device.
    expect(a.db.prepare("SELECT count(*) FROM sessions WHERE device = 'bad01'").pluck().get()).toBe(0);
    const ok = [start('sesd')];
    expect(await a.ingest('good01', ok)).toEqual([ok[0]!.id]);
    expect(a.worker!.threadId).toBe(thread);
    expect((await a.summary(new Date().toISOString().slice(0, 10))).day).toMatch(/^\d{4}-/);
  });

  it('restarts a worker that dies; what was in flight is acknowledged only if stored, and sent again it is stored once', async () => {
    const { a, log, stored } = open('restart');
    expect(await a.ingest('dev4', [start('sese')])).toHaveLength(1);
    const first = a.worker!;
    const batch = [poke('sese'), poke('sese'), poke('sese')];
    const inFlight = a.ingest('dev4', batch);
    await first.terminate();
    const acked = await inFlight;
    const inFile = stored();
    expect(acked.filter((id) => !inFile.has(id))).toEqual([]);
    await until(() => a.worker !== null && a.worker !== first, 'a new worker');
    expect(log.join('\n')).toMatch(/analytics worker stopped \(exit code 1\); restarting it/);
    // The device sends what was not acknowledged again: all acknowledged now, each stored once.
    expect(await a.ingest('dev4', batch)).toEqual(batch.map((e) => e.id));
    expect(a.db.prepare("SELECT count(*) FROM events WHERE device = 'dev4'").pluck().get()).toBe(4);
  });

  it(`switches analytics off with a log line after ${MAX_RESTARTS} restarts within a minute; the caller runs on`, async () => {
    const { a, log } = open('disable');
    for (let i = 0; i <= MAX_RESTARTS; i++) {
      const w = a.worker!;
      await w.terminate();
      await until(() => a.worker !== w, 'the worker gone or replaced');
    }
    expect(a.disabled).toBe(true);
    expect(a.worker).toBeNull();
    expect(log.filter((l) => /restarting it/.test(l))).toHaveLength(MAX_RESTARTS);
    expect(log.join('\n')).toMatch(/\[analytics\] DISABLED: the analytics worker stopped 4 times within a minute/);
    // Nothing is acknowledged (devices keep their queues), the summary says it is unavailable, nothing throws.
    expect(await a.ingest('dev5', [start('sesf')])).toEqual([]);
    a.consoleAction('reset');
    await expect(a.summary('2026-06-10')).rejects.toThrow(/disabled/);
    // The console's request gets a 503 with a reason, and the HTTP server keeps serving.
    const route = a.routes(() => 'ok');
    const server = http.createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://x');
      if (!route(req, res, u.pathname, u.search)) res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const get = (path: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path }, (res) => {
            let body = '';
            res.on('data', (d: Buffer) => (body += d.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
          })
          .on('error', reject),
      );
    expect(await get('/analytics/summary?day=2026-06-10')).toEqual({ status: 503, body: JSON.stringify({ ok: false, reason: 'analytics unavailable' }) });
    expect((await get('/analytics/export?day=2026-06-10&format=csv')).status).toBe(503);
    expect((await get('/elsewhere')).status).toBe(404);
    await new Promise((r) => server.close(r));
    await a.close();
  });

  it('closes the file and ends the worker on close, after the requests already made', async () => {
    const { a, stored } = open('close');
    const w = a.worker!;
    const exited = new Promise<number>((r) => w.once('exit', r));
    const batch = [start('sesg')];
    const pending = a.ingest('dev6', batch);
    await a.close();
    expect(await pending).toEqual([batch[0]!.id]);
    await exited;
    expect(a.worker).toBeNull();
    expect(stored().has(batch[0]!.id)).toBe(true);
    expect(await a.ingest('dev6', [poke('sesg')])).toEqual([]);
  });
});
