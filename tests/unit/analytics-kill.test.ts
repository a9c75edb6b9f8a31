/**
 * A `kill -9` of the real booth server (a child process running `npm start`'s cli.mjs) while devices stream
 * analytics events: every event the server acknowledged is in the file afterwards, and so is every event sent
 * more than a second before the kill (the issue's bound: at most the last second is lost). The file is intact
 * and a restarted server opens it and deduplicates what devices send again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';

const tmp = mkdtempSync(join(tmpdir(), 'analytics-kill-'));
const dist = join(tmp, 'dist');
const dbFile = join(tmp, 'booth', 'analytics.db');
mkdirSync(dist, { recursive: true });
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Exhibit</title>');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
});

/** Starts the booth server as `npm start` would; resolves with the child and its HTTP port once it listens. */
function startServer(): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['server/cli.mjs', '--no-build', '--dist', dist, '--https-port', '0', '--http-port', '0', '--pin', '123456', '--analytics-db', dbFile], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

interface Sent {
  id: string;
  at: number;
}

/** A device that sends a batch of 3 events every 50 ms and notes what was sent when and what was acknowledged. */
function streamer(port: number, deviceId: string, sent: Sent[], acked: Set<string>) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/live`);
  let n = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', proto: 1, role: 'device', deviceId, model: 'Quest 3' })));
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as { type: string; ids?: string[] };
    if (m.type === 'welcome') {
      const sid = `${deviceId}s`;
      const first = { id: `${deviceId}e${n++}`, k: 'session_start', sid, ago: 0, mode: 'vr', lang: 'zh', model: 'Quest 3' };
      ws.send(JSON.stringify({ type: 'analytics', events: [first] }));
      sent.push({ id: first.id, at: Date.now() });
      timer = setInterval(() => {
        if (ws.readyState !== ws.OPEN) return;
        const events = Array.from({ length: 3 }, () => ({ id: `${deviceId}e${n++}`, k: 'attract_interrupt', sid, ago: 0 }));
        ws.send(JSON.stringify({ type: 'analytics', events }));
        const at = Date.now();
        for (const e of events) sent.push({ id: e.id, at });
      }, 50);
    }
    if (m.type === 'analyticsAck') for (const id of m.ids ?? []) acked.add(id);
  });
  ws.on('error', () => {});
  return { ws, stop: () => clearInterval(timer) };
}

it('loses at most the last second, and nothing acknowledged, when the server is killed with SIGKILL', async () => {
  const { child, port } = await startServer();
  const sent: Sent[] = [];
  const acked = new Set<string>();
  const devices = ['killa01', 'killb02', 'killc03'].map((id) => streamer(port, id, sent, acked));
  // Stream until a good number are stored (state, not time), then kill without warning.
  await new Promise<void>((resolve) => {
    const check = setInterval(() => {
      if (acked.size >= 150) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const killedAt = Date.now();
  child.kill('SIGKILL');
  await exited;
  for (const d of devices) {
    d.stop();
    d.ws.terminate();
  }
  expect(child.signalCode).toBe('SIGKILL');

  const db = new Database(dbFile, { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  const stored = new Set(db.prepare('SELECT id FROM events').pluck().all() as string[]);
  db.close();
  const lostAcked = [...acked].filter((id) => !stored.has(id));
  const lostOld = sent.filter((s) => s.at < killedAt - 1000 && !stored.has(s.id));
  expect(lostAcked).toEqual([]);
  expect(lostOld).toEqual([]);
  expect(stored.size).toBeGreaterThanOrEqual(150);
  console.info(`kill -9: ${sent.length} sent, ${acked.size} acknowledged, ${stored.size} stored, ${sent.filter((s) => !stored.has(s.id)).length} not stored (all within the last second)`);

  // A restarted server opens the same file; a device sending everything again adds nothing twice.
  const again = await startServer();
  const ws = new WebSocket(`ws://127.0.0.1:${again.port}/live`);
  const ack = await new Promise<string[]>((resolve, reject) => {
    ws.on('open', () => ws.send(JSON.stringify({ type: 'hello', proto: 1, role: 'device', deviceId: 'killa01', model: 'Quest 3' })));
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString()) as { type: string; ids?: string[] };
      if (m.type === 'welcome') ws.send(JSON.stringify({ type: 'analytics', events: [{ id: 'killa01e0', k: 'session_start', sid: 'killa01s', ago: 0, mode: 'vr', lang: 'zh', model: 'Quest 3' }] }));
      if (m.type === 'analyticsAck') resolve(m.ids ?? []);
    });
    ws.on('error', reject);
  });
  expect(ack).toEqual(['killa01e0']);
  ws.terminate();
  again.child.kill('SIGKILL');
  const check = new Database(dbFile, { readonly: true });
  expect(check.prepare("SELECT count(*) FROM events WHERE id = 'killa01e0'").pluck().get()).toBe(1);
  check.close();
}, 60_000);
