/**
 * The synthetic day's 50 devices for bench/analytics.mjs, run in a worker thread of their own so their TLS and
 * JSON work does not share the server's event loop (real devices are other machines). workerData: url, ca,
 * sessions, events, devices; posts `{ stored }` (events acknowledged) when every device has sent its share.
 */
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

const { url, ca, sessions: SESSIONS, events: EVENTS, devices: DEVICES } = workerData;
const PAVILIONS = ['douyin-pico', 'pico', 'dapeng-vr', 'goertek'];
const settle = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @param {string} deviceId @param {(m: any) => void} onMessage @returns {Promise<WebSocket>} */
function client(deviceId, onMessage) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { ca });
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', proto: 1, role: 'device', deviceId, model: 'Pico 4' })));
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString());
      if (m.type === 'welcome') resolve(ws);
      onMessage(m);
    });
    ws.on('error', reject);
  });
}

const perSession = Math.max(2, Math.round(EVENTS / SESSIONS));
const DAY_MS = 10 * 3600_000;
/** Events for session `s` of device `d`: start, dwell/tour/lang events, end; `ago` spreads them over the day. */
/** @param {number} d @param {number} s @param {string} idBase */
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
/** @param {number} d */
async function device(d) {
  /** @type {object[]} */
  const queue = [];
  for (let s = d; s < SESSIONS; s += DEVICES) queue.push(...sessionEvents(d, s, `bench${d}x${s}e`));
  let stored = 0;
  let resolveAck = () => {};
  const ws = /** @type {WebSocket} */ (
    await client(`bench${String(d).padStart(3, '0')}`, (m) => {
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
const stored = (await Promise.all(Array.from({ length: DEVICES }, (_, d) => device(d)))).reduce((x, y) => x + y, 0);
parentPort?.postMessage({ stored });
