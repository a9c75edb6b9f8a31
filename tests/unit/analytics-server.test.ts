/**
 * Booth analytics on the real booth server (server/analytics/): events over the live link, dedup, guards,
 * the PIN-guarded summary and exports, and that the database file is never served. Clock-dependent guards
 * (dwell caps, retention) run against createAnalytics with a fake clock. State only, no timing assertions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, SWEEP } from '../../server/analytics/db.mjs';
import { createAnalytics } from '../../server/analytics/index.mjs';
import { createBoothServer, type BoothServer } from '../../server/index.mjs';
import { connect, type Client } from './live-helpers';

const PIN = '482913';
let tmp: string;
let dist: string;
let server: BoothServer;
let off: BoothServer;
const logLines: string[] = [];
const clients: Client[] = [];
let n = 0;
const eid = () => `ev${(++n).toString(36).padStart(8, '0')}`;
const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const port = (s: BoothServer) => (s.https.address() as { port: number }).port;
async function device(s: BoothServer, deviceId: string) {
  const c = await connect(`wss://127.0.0.1:${port(s)}/live`, s.certificate.cert);
  clients.push(c);
  c.send({ type: 'hello', proto: 1, role: 'device', deviceId, model: 'Pico 4' });
  await c.next((m) => m.type === 'welcome', 'welcome');
  return c;
}
/** Sends a batch and waits for its ack (the n-th ack after what came before). */
async function sendEvents(c: Client, events: object[]) {
  const from = c.messages.length;
  c.send({ type: 'analytics', events });
  return (await c.next((m) => m.type === 'analyticsAck', 'analyticsAck', from)).ids as string[];
}
function get(s: BoothServer, path: string, pin?: string): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port: port(s), path, ca: s.certificate.cert, agent: false, headers: pin ? { 'x-booth-pin': pin } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}
const session = (sid: string, over: object = {}) => ({ id: eid(), k: 'session_start', sid, ago: 0, mode: 'vr', lang: 'zh', model: 'Pico 4', ...over });

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'analytics-server-test-'));
  dist = join(tmp, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Exhibit</title>');
  const common = { distDir: dist, certDir: join(tmp, 'cert'), httpsPort: 0, httpPort: 0, host: '127.0.0.1', ips: [], pin: PIN, onWarning: () => {} };
  server = await createBoothServer({ ...common, log: (l) => logLines.push(l), analytics: { file: join(tmp, 'cert', 'analytics.db'), contentDir: join(process.cwd(), 'src/content/data') } });
  off = await createBoothServer({ ...common, log: () => {} });
});

afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  await server?.close();
  await off?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('analytics over the live link', () => {
  it('stores events once, however often a device sends them, and acknowledges every copy', async () => {
    const c = await device(server, 'dedup01');
    const batch = [session('ses1x'), { id: eid(), k: 'pavilion', sid: 'ses1x', ago: 0, target: 'douyin-pico', dur: 0 }];
    expect(await sendEvents(c, batch)).toEqual(batch.map((e) => e.id));
    expect(await sendEvents(c, batch)).toEqual(batch.map((e) => e.id));
    const rows = server.analytics!.db.prepare("SELECT count(*) FROM events WHERE device = 'dedup01'").pluck().get();
    expect(rows).toBe(2);
    expect(server.analytics!.db.prepare("SELECT mode, lang, model FROM sessions WHERE device = 'dedup01'").get()).toEqual({ mode: 'vr', lang: 'zh', model: 'Pico 4' });
  });

  it('files events under the sending connection: the same ids from another device are that device’s own', async () => {
    const a = await device(server, 'owner01');
    const b = await device(server, 'other01');
    const e = session('ses2x');
    await sendEvents(a, [e]);
    expect(await sendEvents(b, [{ ...e, deviceId: 'owner01' }])).toEqual([e.id]);
    const owners = server.analytics!.db.prepare('SELECT device FROM events WHERE id = ? ORDER BY device').pluck().all(e.id);
    expect(owners).toEqual(['other01', 'owner01']);
  });

  it('drops unknown, garbled and oversized messages with a log line, and keeps serving the device', async () => {
    const c = await device(server, 'garble01');
    const before = logLines.length;
    c.send({ type: 'analytics', events: [{ id: eid(), k: 'teleport', sid: 'ses3x', ago: 0 }] });
    c.send({ type: 'analytics', events: [{ id: 'BAD ID', k: 'attract_interrupt', sid: 'ses3x', ago: 0 }] });
    c.send({ type: 'analytics', events: [{ id: eid(), k: 'pavilion', sid: 'ses3x', ago: 0, target: 'x', dur: -5 }] });
    c.send({ type: 'analytics', events: Array.from({ length: 17 }, () => ({ id: eid(), k: 'attract_interrupt', sid: 'ses3x', ago: 0 })) });
    c.send('{"type":"analytics","events":[');
    const ok = { id: eid(), k: 'attract_interrupt', sid: 'ses3x', ago: 0 };
    expect(await sendEvents(c, [ok])).toEqual([ok.id]);
    const dropped = logLines.slice(before).filter((l) => l.includes('dropped'));
    expect(dropped.length).toBeGreaterThanOrEqual(5);
    expect(dropped.join('\n')).toMatch(/bad analytics/);
    expect(c.messages.filter((m) => m.type === 'analyticsAck')).toHaveLength(1);
    // Over 4 KB: the link closes the socket (1009), as for any frame.
    c.send(JSON.stringify({ type: 'analytics', events: [{ ...ok, id: eid(), pad: 'x'.repeat(5000) }] }));
    expect((await c.closed).code).toBe(1009);
  });

  it('does not take analytics from a spectator or a console', async () => {
    const c = await connect(`wss://127.0.0.1:${port(server)}/live`, server.certificate.cert);
    clients.push(c);
    c.send({ type: 'hello', proto: 1, role: 'spectator', deviceId: 'tv000001' });
    await c.next((m) => m.type === 'welcome');
    const e = session('ses4x');
    c.send({ type: 'analytics', events: [e] });
    c.send({ type: 'report', lang: 'zh', mode: 'explore', view: 'overview', xr: false, visible: true });
    await new Promise((r) => setTimeout(r, 50)); // nothing to wait for: nothing comes back; the query below is the check
    expect(server.analytics!.db.prepare('SELECT count(*) FROM events WHERE id = ?').pluck().get(e.id)).toBe(0);
  });

  it('counts console actions, from the socket and POST /live/command', async () => {
    const before = (await server.analytics!.summary(today())).consoleActions;
    const status = await new Promise<number>((resolve, reject) => {
      const req = https.request({ host: '127.0.0.1', port: port(server), path: '/live/command', method: 'POST', ca: server.certificate.cert, agent: false, headers: { 'x-booth-pin': PIN } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(JSON.stringify({ type: 'command', target: 'all', action: 'reset' }));
    });
    expect(status).toBe(200);
    // The action is queued to the worker before the answer, and the worker answers in order.
    expect((await server.analytics!.summary(today())).consoleActions).toBe(before + 1);
  });
});

describe('analytics over HTTP', () => {
  it('answers the summary and the exports only with the PIN', async () => {
    for (const path of [`/analytics/summary?day=${today()}`, `/analytics/export?day=${today()}&format=csv`, `/analytics/export?day=${today()}&format=json`]) {
      expect((await get(server, path)).status).toBe(401);
      expect((await get(server, path, '000000')).status).toBe(401);
    }
    const summary = await get(server, `/analytics/summary?day=${today()}`, PIN);
    expect(summary.status).toBe(200);
    expect(JSON.parse(summary.body.toString())).toMatchObject({ day: today(), byMode: { vr: expect.any(Number) }, inHeadsetsNow: 0 });
    expect((await get(server, '/analytics/export?day=2026-13-01&format=csv', PIN)).status).toBe(400);
    expect((await get(server, `/analytics/export?day=${today()}&format=xml`, PIN)).status).toBe(400);
  });

  it('exports CSV with a BOM, Chinese names and formula cells escaped, and JSON', async () => {
    const c = await device(server, 'csv0001');
    await sendEvents(c, [session('ses5x', { model: '=HYPERLINK("x")' }), { id: eid(), k: 'pavilion', sid: 'ses5x', ago: 0, target: 'douyin-pico', dur: 0 }]);
    const csv = await get(server, `/analytics/export?day=${today()}&format=csv`, PIN);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toContain(`booth-analytics-${today()}.csv`);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.body.toString('utf8');
    expect(text).toContain('抖音Pico');
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const json = JSON.parse((await get(server, `/analytics/export?day=${today()}&format=json`, PIN)).body.toString());
    expect(json.sessions.some((s: { sid: string }) => s.sid === 'ses5x')).toBe(true);
    expect(json.summary.day).toBe(today());
  });

  it('never serves the database file', async () => {
    for (const path of ['/analytics.db', '/.booth/analytics.db', '/cert/analytics.db', '/%2e%2e/cert/analytics.db', '/../cert/analytics.db', '/analytics/analytics.db', '/analytics/export/../../cert/analytics.db'])
      expect([400, 401, 404]).toContain((await get(server, path)).status);
    await expect(createBoothServer({ distDir: dist, certDir: join(tmp, 'cert'), httpsPort: 0, httpPort: 0, host: '127.0.0.1', ips: [], analytics: { file: join(dist, 'a.db') } })).rejects.toThrow(/served folder/);
  });

  it('records nothing and offers nothing when analytics is off', async () => {
    const info = JSON.parse((await get(off, '/booth.json')).body.toString());
    expect(info.analytics).toBeUndefined();
    expect(JSON.parse((await get(server, '/booth.json')).body.toString()).analytics).toBe(true);
    expect((await get(off, `/analytics/summary?day=${today()}`, PIN)).status).toBe(404);
    const c = await device(off, 'offdev01');
    c.send({ type: 'analytics', events: [session('ses6x')] });
    c.send({ type: 'report', lang: 'zh', mode: 'explore', view: 'overview', xr: false, visible: true });
    const consoleClient = await connect(`wss://127.0.0.1:${port(off)}/live`, off.certificate.cert);
    clients.push(consoleClient);
    consoleClient.send({ type: 'hello', proto: 1, role: 'console', deviceId: 'cons0001', pin: PIN });
    await consoleClient.next((m) => m.type === 'devices' && JSON.stringify(m).includes('offdev01'), 'the device listed');
    expect(c.messages.some((m) => m.type === 'analyticsAck')).toBe(false);
  });
});

describe('analytics guards (fake clock)', () => {
  const setup = (name: string) => {
    let t = Date.UTC(2026, 5, 10, 12);
    const a = createAnalytics({ file: join(tmp, `${name}.db`), now: () => t, eventsPerSecond: 2, burst: 5 });
    return { a, advance: (ms: number) => (t += ms), now: () => t };
  };

  it('caps dwell by the real time elapsed, one dwell of a kind at a time per device', async () => {
    const { a, advance } = setup('dwell');
    await a.ingest('d1', [{ id: eid(), k: 'session_start', sid: 'sesx', ago: 0, mode: 'desktop', lang: 'en', model: 'Desktop' }]);
    advance(10_000);
    // Claims an hour after 10 s: it gets what really passed since it was last heard of (the first dwell is open-ended).
    await a.ingest('d1', [{ id: eid(), k: 'pavilion', sid: 'sesx', ago: 0, target: 'p1', dur: 3_600_000 }]);
    advance(5_000);
    await a.ingest('d1', [{ id: eid(), k: 'pavilion', sid: 'sesx', ago: 0, target: 'p2', dur: 3_600_000 }]);
    // Two dwells "at the same moment": the second adds nothing.
    await a.ingest('d1', [{ id: eid(), k: 'pavilion', sid: 'sesx', ago: 0, target: 'p3', dur: 60_000 }]);
    advance(2_000);
    await a.ingest('d1', [{ id: eid(), k: 'session_end', sid: 'sesx', ago: 0, dur: 9_999_999 }]);
    const rows = a.db.prepare("SELECT target, dur FROM events WHERE k = 'pavilion' ORDER BY target").all();
    expect(rows[0]).toEqual({ target: 'p1', dur: 10_000 });
    expect(rows[1]).toEqual({ target: 'p2', dur: 5_000 });
    expect(rows[2]).toEqual({ target: 'p3', dur: 0 });
    expect(a.db.prepare('SELECT dur FROM sessions').pluck().get()).toBe(17_000);
    await a.close();
  });

  it('keeps the dwell caps across a restart: a new worker reads where each kind last ended from the file', async () => {
    const file = join(tmp, 'guard-restart.db');
    let t = Date.UTC(2026, 5, 11, 12);
    let a = createAnalytics({ file, now: () => t });
    await a.ingest('d5', [{ id: eid(), k: 'session_start', sid: 'sesr', ago: 0, mode: 'vr', lang: 'en', model: 'Quest 3' }]);
    t += 20_000;
    await a.ingest('d5', [{ id: eid(), k: 'panel', sid: 'sesr', ago: 0, target: 'k1', dur: 20_000 }]);
    await a.ingest('d5', [{ id: eid(), k: 'pavilion', sid: 'sesr', ago: 0, target: 'p1', dur: 20_000 }]);
    await a.close(); // the worker (or the whole server) restarts: its guards in memory are gone
    t += 3_000;
    a = createAnalytics({ file, now: () => t });
    // The same 20 s claimed again, 3 s later: only the 3 s that really passed count.
    await a.ingest('d5', [{ id: eid(), k: 'panel', sid: 'sesr', ago: 0, target: 'k2', dur: 20_000 }]);
    await a.ingest('d5', [{ id: eid(), k: 'pavilion', sid: 'sesr', ago: 0, target: 'p2', dur: 20_000 }]);
    t += 1_000;
    await a.ingest('d5', [{ id: eid(), k: 'session_end', sid: 'sesr', ago: 0, dur: 24_000 }]);
    const dur = (k: string, target: string) => a.db.prepare('SELECT dur FROM events WHERE device = ? AND k = ? AND target = ?').pluck().get('d5', k, target);
    expect([dur('panel', 'k1'), dur('panel', 'k2')]).toEqual([20_000, 3_000]);
    expect([dur('pavilion', 'p1'), dur('pavilion', 'p2')]).toEqual([20_000, 3_000]);
    expect(a.db.prepare('SELECT dur FROM sessions WHERE sid = ?').pluck().get('sesr')).toBe(24_000);
    await a.close();
  });

  it('takes the server clock: an event happened `ago` before it arrived, whatever the device clock says', async () => {
    const { a, now } = setup('clock');
    // A pavilion of a session this server never saw start lasted nothing.
    await a.ingest('d2', [{ id: eid(), k: 'pavilion', sid: 'nosession', ago: 0, target: 'p', dur: 50_000 }]);
    expect(a.db.prepare("SELECT dur FROM events WHERE k = 'pavilion'").pluck().get()).toBe(0);
    await a.ingest('d2', [{ id: eid(), k: 'session_start', sid: 'sesx', ago: 90_000, mode: 'vr', lang: 'zh', model: 'Quest 3' }]);
    expect(a.db.prepare('SELECT start_at FROM sessions').pluck().get()).toBe(now() - 90_000);
    await a.close();
  });

  it('leaves events over the rate unacknowledged (sent again later, in order), not stored', async () => {
    const { a, advance } = setup('rate');
    const batch = Array.from({ length: 8 }, () => ({ id: eid(), k: 'attract_interrupt' as const, sid: 'sesx', ago: 0 }));
    const first = await a.ingest('d3', batch);
    expect(first).toEqual(batch.slice(0, 5).map((e) => e.id));
    advance(1500);
    expect(await a.ingest('d3', batch)).toEqual(batch.slice(0, 8).map((e) => e.id));
    expect(a.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(8);
    await a.close();
  });

  it('migrates a new file to the current schema, keeps data on reopen, and sweeps what is past the retention', async () => {
    const file = join(tmp, 'retain.db');
    let t = Date.UTC(2026, 0, 1, 12);
    let a = createAnalytics({ file, now: () => t, retentionDays: 30 });
    await a.ingest('d4', [{ id: eid(), k: 'attract_interrupt', sid: 'sesx', ago: 0 }]);
    await a.close();
    t += 10 * 86_400_000;
    a = createAnalytics({ file, now: () => t, retentionDays: 30 });
    await a.ingest('d4', [{ id: eid(), k: 'attract_interrupt', sid: 'sesx', ago: 0 }]);
    expect(a.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(2);
    expect(a.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(a.db.pragma('user_version', { simple: true })).toBe(2);
    await a.close();
    t += 25 * 86_400_000;
    a = createAnalytics({ file, now: () => t, retentionDays: 30 });
    await a.ready; // the worker sweeps as it opens the file
    expect(a.db.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    await a.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM events').pluck().get()).toBe(1);
    // The sweep reads the old days through the day indexes, never every event it keeps.
    const plan = (sql: string, ...args: unknown[]) => (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan(SWEEP.events, '2026-01-01', t)).toMatch(/^SEARCH events USING (COVERING )?INDEX events_day \(day<\?\)$/);
    expect(plan(SWEEP.sessions, '2026-01-01', t)).toMatch(/^SEARCH sessions USING (COVERING )?INDEX sessions_day \(day<\?\)$/);
    expect(plan(SWEEP.daily, '2026-01-01')).toMatch(/^SEARCH daily USING PRIMARY KEY \(day<\?\)$/);
    raw.close();
  });

  it('hands off to the phone: the public URL at the latest finished session’s last pavilion (with --public-url only)', async () => {
    const { a, advance, now } = setup('handoff');
    const day = () => {
      const d = new Date(now());
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect((await a.summary(day())).handoff).toBeNull();
    await a.close();
    const b = createAnalytics({ file: join(tmp, 'handoff.db'), now, publicUrl: 'https://example.org/park/' });
    expect((await b.summary(day())).handoff).toEqual({ url: 'https://example.org/park/', pavilion: null, endedAt: null });
    await b.ingest('d5', [{ id: eid(), k: 'session_start', sid: 'sesh', ago: 0, mode: 'vr', lang: 'zh', model: 'Pico 4' }]);
    advance(5000);
    await b.ingest('d5', [
      { id: eid(), k: 'pavilion', sid: 'sesh', ago: 0, target: 'goertek', dur: 4000 },
      { id: eid(), k: 'session_end', sid: 'sesh', ago: 0, dur: 5000 },
    ]);
    expect((await b.summary(day())).handoff).toMatchObject({ url: 'https://example.org/park/#/pavilion/goertek', pavilion: 'goertek' });
    await b.close();
  });

  it('migrates a schema-1 file: the day totals are filled from its events', async () => {
    const file = join(tmp, 'v1.db');
    const raw = new Database(file);
    raw.exec(MIGRATIONS[0]!);
    raw.pragma('user_version = 1');
    raw.prepare("INSERT INTO events (device, id, at, day, k, sid, target, dur) VALUES ('d6', 'e1aaaaaa', 0, '2026-06-10', 'pavilion', 'sesx', 'pico', 4000)").run();
    raw.prepare("INSERT INTO events (device, id, at, day, k, sid, result, stop) VALUES ('d6', 'e2aaaaaa', 0, '2026-06-10', 'tour', 'sesx', 'left', 3)").run();
    raw.close();
    const a = createAnalytics({ file, now: () => Date.UTC(2026, 5, 10, 12), retentionDays: 3650 });
    const s = await a.summary('2026-06-10');
    expect(s.pavilions).toEqual([{ id: 'pico', ms: 4000, visits: 1 }]);
    expect(s.tour.reached.slice(0, 5)).toEqual([]); // no content dir: no tour length known
    expect(a.db.prepare("SELECT n FROM daily WHERE k = 'tour' AND target = 'left' AND stop = 3").pluck().get()).toBe(1);
    await a.close();
  });
});
