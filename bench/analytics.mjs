#!/usr/bin/env node
/**
 * Booth analytics benchmark (issue 17): `npm run bench:analytics [-- --sessions N --events N --devices N]`.
 *
 * Starts the real booth server in this process with analytics on (a temporary database file), connects
 * `devices` synthetic devices over the live link (wss, like a headset on the booth LAN), and streams a
 * synthetic day: `sessions` sessions with `events` events in all, spread over 08:00–18:00, each device with
 * one batch (≤ 16 events) in flight at a time, as a page sends them. Prints: ingestion rate (events/s),
 * the day's dashboard queries (median of 5), the database size, and the live link's forwarding latency from a
 * device's report to the console and the TV (spectator) while idle and while the day streams in.
 * The per-device event rate limit (10/s, the guard against a device inflating counts) is lifted here: a day
 * compressed into seconds is not a plausible rate for one device.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { createBoothServer } from '../server/index.mjs';

const { values: args } = parseArgs({ options: { sessions: { type: 'string', default: '5000' }, events: { type: 'string', default: '200000' }, devices: { type: 'string', default: '50' } } });
const SESSIONS = Number(args.sessions);
const EVENTS = Number(args.events);
const DEVICES = Number(args.devices);
const PIN = '123456';

const tmp = mkdtempSync(join(os.tmpdir(), 'bench-analytics-'));
const dist = join(tmp, 'dist');
mkdirSync(dist);
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>');
const dbFile = join(tmp, 'analytics.db');
// The day being simulated: the server's clock starts at 18:00 today, and events are dated up to 10 h back.
const end = new Date();
end.setHours(18, 0, 0, 0);
const offset = end.getTime() - Date.now();
const now = () => Date.now() + offset;
const server = await createBoothServer({
  distDir: dist,
  certDir: join(tmp, 'cert'),
  httpsPort: 0,
  httpPort: 0,
  host: '127.0.0.1',
  ips: [],
  pin: PIN,
  log: () => {},
  onWarning: () => {},
  analytics: { file: dbFile, now, eventsPerSecond: 1e6, burst: 1e6, contentDir: join(process.cwd(), 'src/content/data') },
});
const url = `wss://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.https.address()).port}/live`;
const ca = server.certificate.cert;

/** @param {string} role @param {string} deviceId @param {(m: any) => void} [onMessage] */
function client(role, deviceId, onMessage = () => {}) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ca });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', proto: 1, role, deviceId, model: 'Pico 4', ...(role === 'console' ? { pin: PIN } : {}) })));
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString());
      if (m.type === 'welcome') resolve(ws);
      onMessage(m);
    });
    ws.on('error', reject);
  });
}

// --- Live-link forwarding probe: a headset reports at 5 Hz; the console and the TV time each report's arrival.
const PAVILIONS = ['douyin-pico', 'pico', 'dapeng-vr', 'goertek'];
/** @type {Map<string, number>} */
const sentAt = new Map();
/** @type {{ console: number[], tv: number[] }} */
let lags = { console: [], tv: [] };
const seen = { console: new Set(), tv: new Set() };
const watcher = (/** @type {'console' | 'tv'} */ who) => (/** @type {any} */ m) => {
  if (m.type !== 'devices') return;
  const d = m.devices.find((x) => x.deviceId === 'probe01');
  const mark = d?.report?.panel;
  if (mark && sentAt.has(mark) && !seen[who].has(mark)) {
    seen[who].add(mark);
    lags[who].push(performance.now() - /** @type {number} */ (sentAt.get(mark)));
  }
};
await client('console', 'benchcon', watcher('console'));
await client('spectator', 'benchtv1', watcher('tv'));
const probe = /** @type {WebSocket} */ (await client('device', 'probe01'));
let mark = 0;
const probeTimer = setInterval(() => {
  const panel = `m${++mark}`;
  sentAt.set(panel, performance.now());
  probe.send(JSON.stringify({ type: 'report', lang: 'zh', mode: 'explore', view: 'panel', selected: PAVILIONS[mark % 4], panel, xr: true, xrPlace: 'park', visible: true }));
}, 200);
const pct = (/** @type {number[]} */ xs, /** @type {number} */ p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))] : NaN;
};
const settle = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
await settle(3000);
const idleLags = lags;
lags = { console: [], tv: [] };

// --- The synthetic day.
const perSession = Math.max(2, Math.round(EVENTS / SESSIONS));
const DAY_MS = 10 * 3600_000;
/** Events for session `s` of device `d`: start, dwell/tour/lang events, end; `ago` spreads them over the day. */
function sessionEvents(d, s, idBase) {
  const startAgo = Math.round(DAY_MS * (1 - (s + 0.5) / SESSIONS)) + 600_000;
  const sid = `b${d}s${s}`;
  const step = 15_000;
  const ev = [{ id: `${idBase}0`, k: 'session_start', sid, ago: startAgo, mode: s % 4 === 0 ? 'desktop' : s % 17 === 0 ? 'mr' : 'vr', lang: s % 3 ? 'zh' : 'en', model: 'Pico 4' }];
  for (let i = 1; i < perSession - 1; i++) {
    const ago = Math.max(0, startAgo - i * step);
    const r = (s * 31 + i * 7) % 10;
    const id = `${idBase}${i}`;
    if (r < 4) ev.push({ id, k: 'pavilion', sid, ago, target: PAVILIONS[(s + i) % 4], dur: step });
    else if (r < 8) ev.push({ id, k: 'panel', sid, ago, target: ['district-enterprises', 'district-economy', 'vr-industry', 'timeline'][(s + i) % 4], dur: step - 1000 });
    else if (r < 9) ev.push({ id, k: 'tour', sid, ago, result: i % 2 ? 'started' : 'left', stop: i % 9 });
    else ev.push({ id, k: 'lang', sid, ago, lang: i % 2 ? 'en' : 'zh' });
  }
  ev.push({ id: `${idBase}${perSession - 1}`, k: 'session_end', sid, ago: Math.max(0, startAgo - (perSession - 1) * step), dur: (perSession - 1) * step });
  return ev;
}
/** A device streaming its share of the sessions, one batch in flight at a time; resolves with events stored. */
async function device(d) {
  /** @type {object[]} */
  const queue = [];
  for (let s = d; s < SESSIONS; s += DEVICES) queue.push(...sessionEvents(d, s, `bench${d}x${s}e`));
  let stored = 0;
  let resolveAck = () => {};
  const ws = /** @type {WebSocket} */ (
    await client('device', `bench${String(d).padStart(3, '0')}`, (m) => {
      if (m.type === 'analyticsAck') {
        stored += m.ids.length;
        resolveAck();
      }
    })
  );
  for (let i = 0; i < queue.length; ) {
    const batch = queue.slice(i, i + 16);
    const acked = new Promise((r, reject) => {
      const timer = setTimeout(() => reject(new Error(`device ${d}: no ack within 30 s (a batch was refused?)`)), 30_000);
      resolveAck = () => (clearTimeout(timer), r(undefined));
    });
    ws.send(JSON.stringify({ type: 'analytics', events: batch }));
    await acked;
    i += batch.length;
    // A connection may send 30 messages a second (the live link's limit): keep under it.
    await settle(34);
  }
  ws.close();
  return stored;
}
const t0 = performance.now();
const storedPerDevice = await Promise.all(Array.from({ length: DEVICES }, (_, d) => device(d)));
const ingestMs = performance.now() - t0;
const stored = storedPerDevice.reduce((a, b) => a + b, 0);
const busyLags = lags;
clearInterval(probeTimer);

// --- The day's dashboard.
const day = `${end.getFullYear()}-${String(end.getMonth() + 1).padStart(2, '0')}-${String(end.getDate()).padStart(2, '0')}`;
const analytics = /** @type {NonNullable<typeof server.analytics>} */ (server.analytics);
/** @type {number[]} */
const queryMs = [];
let summary;
for (let i = 0; i < 5; i++) {
  const q0 = performance.now();
  summary = analytics.summary(day);
  queryMs.push(performance.now() - q0);
}
analytics.db.pragma('wal_checkpoint(TRUNCATE)');
const sizeMb = statSync(dbFile).size / 1048576;
const rate = stored / (ingestMs / 1000);
const result = {
  machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? '?'}`,
  sessions: summary?.sessions.count,
  events: stored,
  devices: DEVICES,
  ingestSeconds: +(ingestMs / 1000).toFixed(1),
  eventsPerSecond: Math.round(rate),
  dashboardQueriesMs: { median: +pct(queryMs, 0.5).toFixed(1), max: +Math.max(...queryMs).toFixed(1) },
  databaseMB: +sizeMb.toFixed(1),
  forwardingMs: {
    idle: { console: { p50: +pct(idleLags.console, 0.5).toFixed(1), p95: +pct(idleLags.console, 0.95).toFixed(1) }, tv: { p50: +pct(idleLags.tv, 0.5).toFixed(1), p95: +pct(idleLags.tv, 0.95).toFixed(1) } },
    duringIngestion: { console: { p50: +pct(busyLags.console, 0.5).toFixed(1), p95: +pct(busyLags.console, 0.95).toFixed(1) }, tv: { p50: +pct(busyLags.tv, 0.5).toFixed(1), p95: +pct(busyLags.tv, 0.95).toFixed(1) }, reports: busyLags.console.length },
  },
  targets: { eventsPerSecond: 2000, dashboardQueriesMs: 200, databaseMB: 50 },
};
console.log(JSON.stringify(result, null, 2));
const ok = rate >= 2000 && pct(queryMs, 0.5) <= 200 && sizeMb <= 50 && stored === SESSIONS * perSession;
console.log(ok ? 'All targets met.' : 'A target was missed (or not every event was stored).');
await server.close();
rmSync(tmp, { recursive: true, force: true });
process.exit(ok ? 0 : 1);
