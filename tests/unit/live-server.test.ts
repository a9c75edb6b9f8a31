/**
 * The live link (server/live/) on the real booth server: HTTPS on 127.0.0.1 with a certificate made in a temp
 * folder, clients over `ws` with verification on. State and order only, no timing assertions.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoothServer, startBoothServer, type BoothServer, type StartedBoothServer } from '../../server/index.mjs';
import { connect, entry, report, type Client, type Msg } from './live-helpers';

const PIN = '482913';
let tmp: string;
let booth: StartedBoothServer;
let server: BoothServer;
let wss: string;
const logLines: string[] = [];
const clients: Client[] = [];
let ids = 0;
/** A fresh device id per test, so tests don't see each other's devices by id. */
const newId = () => `dev${(++ids).toString().padStart(3, '0')}`;

async function open(headers: Record<string, string> = {}) {
  const c = await connect(wss, server.certificate.cert, headers);
  clients.push(c);
  return c;
}
async function hello(role: 'device' | 'spectator' | 'console', deviceId = newId(), extra: Record<string, unknown> = {}) {
  const c = await open();
  c.send({ type: 'hello', proto: 1, role, deviceId, ...(role === 'console' ? { pin: PIN } : {}), ...extra });
  await c.next((m) => m.type === 'welcome', 'welcome');
  return c;
}
const isDevices = (id: string, ok: (d: Record<string, unknown>) => boolean = () => true) => (m: Msg) => {
  const d = entry(m, id);
  return !!d && ok(d);
};

function post(body: string, pin?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const port = (server.https.address() as { port: number }).port;
    const req = https.request(
      { host: '127.0.0.1', port, path: '/live/command', method: 'POST', ca: server.certificate.cert, agent: false, headers: { 'content-type': 'application/json', ...(pin ? { 'x-booth-pin': pin } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString() || '{}') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'live-server-test-'));
  const dist = join(tmp, 'dist');
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Exhibit</title>');
  writeFileSync(join(dist, 'console.html'), '<!doctype html><title>Console</title>');
  server = await createBoothServer({ distDir: dist, certDir: join(tmp, 'cert'), httpsPort: 0, httpPort: 0, host: '127.0.0.1', ips: [], pin: PIN, log: (l) => logLines.push(l), onWarning: () => {} });
  wss = `wss://127.0.0.1:${(server.https.address() as { port: number }).port}/live`;
  booth = await startBoothServer({ dist, certDir: join(tmp, 'cert'), helloTimeoutMs: 200 });
});

afterAll(async () => {
  for (const c of clients) c.ws.terminate();
  await server?.close();
  await booth?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('live link: joining', () => {
  it('welcomes a device with a default label and lists it, with its reports, to a console', async () => {
    const id = newId();
    const consoleClient = await hello('console');
    const device = await open();
    device.send({ type: 'hello', proto: 1, role: 'device', deviceId: id, model: 'Pico 4' });
    const welcome = await device.next((m) => m.type === 'welcome');
    expect(welcome).toMatchObject({ type: 'welcome', role: 'device', deviceId: id });
    expect(welcome.label).toMatch(/^Pico 4 #\d+$/);
    await consoleClient.next(isDevices(id, (d) => d.connected === true && d.model === 'Pico 4' && d.label === welcome.label), 'the device listed');
    device.send(report({ lang: 'en', view: 'pavilion', selected: 'douyin-pico', xr: true, xrPlace: 'table', pose: { p: [0, 1.6, 0.5], q: [0, 0, 0, 1] } }));
    const listed = await consoleClient.next(isDevices(id, (d) => (d.report as { selected?: string } | null)?.selected === 'douyin-pico'), 'the report');
    expect(entry(listed, id)).toMatchObject({ report: { lang: 'en', view: 'pavilion', xr: true, xrPlace: 'table', pose: { p: [0, 1.6, 0.5] } } });
    expect(typeof entry(listed, id)?.lastSeen).toBe('number');
    device.ws.close();
    await consoleClient.next(isDevices(id, (d) => d.connected === false), 'the device offline, still listed');
  });

  it('serves the console page at /console (and /console/ redirects there, keeping the query)', async () => {
    const port = (server.https.address() as { port: number }).port;
    const page = await request(`https://127.0.0.1:${port}/console?pin=${PIN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Console</title>');
    expect(page.headers['content-security-policy'] ?? page.headers['x-content-type-options']).toBeTruthy();
    const slash = await request(`https://127.0.0.1:${port}/console/?pin=1`);
    expect([slash.status, slash.headers.location]).toEqual([308, '/console?pin=1']);
    expect((await request(`https://127.0.0.1:${port}/live`)).status).toBe(426);
  });

  it('says where the live link is in booth.json', async () => {
    const r = await fetchJson(`https://127.0.0.1:${(server.https.address() as { port: number }).port}/booth.json`);
    expect(r).toEqual({ lan: [], live: 'live' });
  });

  it('closes 4400 when no hello comes in time, and when the first message is not a hello', async () => {
    const port = new URL(booth.httpsUrl).port;
    const silent = await connect(`wss://127.0.0.1:${port}/live`, booth.server.certificate.cert);
    clients.push(silent);
    expect(await silent.closed).toEqual({ code: 4400, reason: 'hello expected' });
    const rude = await open();
    rude.send(report());
    expect(await rude.closed).toEqual({ code: 4400, reason: 'hello expected' });
  });

  it('refuses other paths and pages of another origin', async () => {
    const port = (server.https.address() as { port: number }).port;
    await expect(connect(`wss://127.0.0.1:${port}/other`, server.certificate.cert)).rejects.toThrow(/404/);
    await expect(connect(wss, server.certificate.cert, { Origin: 'https://evil.example' })).rejects.toThrow(/403/);
    const same = await open({ Origin: `https://127.0.0.1:${port}` });
    expect(same.ws.readyState).toBe(same.ws.OPEN);
  });
});

describe('live link: only staff may steer', () => {
  it('closes a console with a wrong or missing PIN with 4401', async () => {
    for (const pin of ['000000', undefined, '4829130', '']) {
      const c = await open();
      c.send({ type: 'hello', proto: 1, role: 'console', deviceId: newId(), ...(pin === undefined ? {} : { pin }) });
      expect(await c.closed).toEqual({ code: 4401, reason: 'bad PIN' });
    }
  });

  it('answers an HTTP command 401 without the right PIN, and carries it out with it', async () => {
    const id = newId();
    const device = await hello('device', id);
    const cmd = JSON.stringify({ type: 'command', target: id, action: 'lang', lang: 'en' });
    expect((await post(cmd)).status).toBe(401);
    expect((await post(cmd, '111111')).status).toBe(401);
    expect(device.messages.some((m) => m.type === 'command')).toBe(false);
    const ok = await post(cmd, PIN);
    expect(ok).toEqual({ status: 200, body: { ok: true, delivered: 1 } });
    expect(await device.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'lang', lang: 'en' });
    expect((await post('{"type":"command","target":"all"}', PIN)).status).toBe(400);
    expect((await post(JSON.stringify({ type: 'command', target: id, action: 'label', label: 'x', pad: 'x'.repeat(5000) }), PIN)).status).toBe(413);
    expect(device.messages.filter((m) => m.type === 'command')).toHaveLength(1);
  });

  it('closes a visitor page (device or spectator) that sends a command with 4401', async () => {
    for (const role of ['device', 'spectator'] as const) {
      const c = await hello(role);
      c.send({ type: 'command', target: 'all', action: 'reset' });
      expect((await c.closed).code).toBe(4401);
    }
  });
});

describe('live link: commands', () => {
  it('delivers a command to the device it names and to no other', async () => {
    const [a, b] = [newId(), newId()];
    const da = await hello('device', a);
    const db = await hello('device', b);
    const con = await hello('console');
    con.send({ type: 'command', target: a, action: 'reset' });
    expect(await con.next((m) => m.type === 'ack')).toEqual({ type: 'ack', ok: true, delivered: 1 });
    expect(await da.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'reset' });
    con.send({ type: 'command', target: b, action: 'startTour' });
    // b's first command is the second one sent: the reset never reached it.
    expect(await db.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'startTour' });
    con.send({ type: 'command', target: 'zzzz9999', action: 'reset' });
    expect(await con.next((m) => m.type === 'ack' && m.ok === false)).toMatchObject({ reason: 'unknown device', delivered: 0 });
  });

  it('sends a "vr" command to the devices in VR only', async () => {
    const [inVr, onDesk] = [newId(), newId()];
    const dv = await hello('device', inVr);
    const dd = await hello('device', onDesk);
    const con = await hello('console');
    dv.send(report({ xr: true, xrPlace: 'table' }));
    dd.send(report({ xr: false }));
    await con.next(isDevices(inVr, (d) => (d.report as { xr?: boolean } | null)?.xr === true), 'the VR report');
    await con.next(isDevices(onDesk, (d) => d.report !== null), 'the desktop report');
    con.send({ type: 'command', target: 'vr', action: 'tourStop', index: 2 });
    await con.next((m) => m.type === 'ack');
    expect(await dv.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'tourStop', index: 2 });
    con.send({ type: 'command', target: onDesk, action: 'stopTour' });
    expect(await dd.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'stopTour' });
  });

  it('tells every spectator whom to follow', async () => {
    const id = newId();
    await hello('device', id);
    const s1 = await hello('spectator');
    const s2 = await hello('spectator');
    const con = await hello('console');
    expect(await s1.next((m) => m.type === 'spectate')).toHaveProperty('deviceId');
    const before = s2.messages.length;
    con.send({ type: 'command', target: id, action: 'spectate' });
    const ack = await con.next((m) => m.type === 'ack');
    expect(ack).toMatchObject({ ok: true });
    expect(ack.delivered).toBeGreaterThanOrEqual(2);
    for (const s of [s1, s2]) expect(await s.next((m) => m.type === 'spectate' && m.deviceId === id, 'spectate', before)).toBeTruthy();
    // A spectator that joins later is told at once.
    const late = await hello('spectator');
    expect(await late.next((m) => m.type === 'spectate')).toEqual({ type: 'spectate', deviceId: id });
    con.send({ type: 'command', target: 'vr', action: 'spectate' });
    expect(await s1.next((m) => m.type === 'spectate' && m.deviceId === null, 'spectate null')).toBeTruthy();
  });

  it('renames a device: it is told, consoles list it, and it keeps the label when it comes back', async () => {
    const id = newId();
    const d = await hello('device', id, { model: 'Quest 3' });
    const con = await hello('console');
    con.send({ type: 'command', target: id, action: 'label', label: 'Left table' });
    expect(await d.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'label', label: 'Left table' });
    await con.next(isDevices(id, (e) => e.label === 'Left table'), 'the new label');
    d.ws.close();
    await d.closed;
    const again = await hello('device', id, { model: 'Quest 3' });
    expect(again.messages[0]).toMatchObject({ type: 'welcome', label: 'Left table' });
  });
});

describe('live link: garbage and abuse', () => {
  it('drops invalid JSON, wrong types, unknown types and binary frames with a log line, and closes 1009 on a 1 MB frame, unaffected otherwise', async () => {
    const id = newId();
    const bystander = await hello('device', id);
    const con = await hello('console');
    const badId = newId();
    const bad = await hello('device', badId);
    const linesBefore = logLines.length;
    for (const junk of ['{', 'null', '[1,2]', '"report"', JSON.stringify({ type: 'nope' }), JSON.stringify(report({ lang: 'fr' })), JSON.stringify(report({ pose: { p: [Infinity], q: 'x' } })), JSON.stringify({ type: 'hello', proto: 2 }), JSON.stringify(report({ selected: 'x'.repeat(65) }))])
      bad.send(junk);
    bad.send(Buffer.from([0, 1, 2, 3]));
    bad.send(report({ lang: 'en' })); // still heard after the junk
    await con.next(isDevices(badId, (d) => (d.report as { lang?: string } | null)?.lang === 'en'), 'the good report after the junk');
    expect(logLines.length - linesBefore).toBeGreaterThanOrEqual(10);
    expect(logLines.slice(linesBefore).join('\n')).toMatch(/invalid JSON[\s\S]*unknown type[\s\S]*binary/);

    // Invalid UTF-8 in a text frame: ws closes that socket with 1007.
    const mangled = await hello('device');
    mangled.ws.send(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), { binary: false });
    expect((await mangled.closed).code).toBe(1007);
    // A spectator's report is not a device's: dropped, the spectator stays.
    const spectator = await hello('spectator');
    spectator.send(report());
    const huge = await hello('device');
    huge.send('x'.repeat(1024 * 1024));
    expect((await huge.closed).code).toBe(1009);
    // The server and the other clients carry on.
    con.send({ type: 'command', target: id, action: 'reset' });
    expect(await bystander.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'reset' });
    expect((await hello('device')).messages[0]).toMatchObject({ type: 'welcome' });
    expect(spectator.ws.readyState).toBe(spectator.ws.OPEN);
    expect(logLines.some((l) => /dropped a report from a spectator/.test(l))).toBe(true);
  });

  it('drops messages over 30/s and closes a connection that keeps flooding (1008)', async () => {
    const id = newId();
    const flood = await hello('device', id);
    const con = await hello('console');
    for (let i = 0; i < 400; i++) flood.send(report({ tour: { index: i % 900, total: 900, playing: true } }));
    expect(await flood.closed).toEqual({ code: 1008, reason: 'rate limit' });
    expect(logLines.some((l) => /over 30 messages\/s/.test(l))).toBe(true);
    // The burst got through, the rest did not: the last report the console saw is far from the last one sent.
    const last = [...con.messages].reverse().find((m) => entry(m, id)?.report);
    const index = (entry(last ?? { type: 'x' }, id)?.report as { tour?: { index: number } } | undefined)?.tour?.index ?? -1;
    expect(index).toBeLessThan(399);
    expect((await hello('device')).messages[0]).toMatchObject({ type: 'welcome' });
  });

  it('keeps running when a client vanishes in the middle of a frame', async () => {
    const port = (server.https.address() as { port: number }).port;
    const watcher = await hello('console');
    const id = newId();
    const device = await hello('device', id);
    await new Promise<void>((resolve, reject) => {
      const sock = tls.connect({ host: '127.0.0.1', port, ca: server.certificate.cert, servername: undefined }, () => {
        sock.write(`GET /live HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`);
      });
      sock.once('data', (head) => {
        expect(head.toString()).toMatch(/^HTTP\/1.1 101/);
        // A masked text frame announcing 1000 bytes, of which 10 arrive before the connection is cut.
        const header = Buffer.from([0x81, 0xfe, 0x03, 0xe8, 1, 2, 3, 4]);
        sock.write(Buffer.concat([header, Buffer.alloc(10, 0x41)]), () => {
          sock.destroy();
          resolve();
        });
      });
      sock.on('error', reject);
    });
    watcher.send({ type: 'command', target: id, action: 'stopTour' });
    expect(await device.next((m) => m.type === 'command')).toEqual({ type: 'command', action: 'stopTour' });
  });
});

describe('live link: stopping', () => {
  it('closes live sockets with 1001 when the server stops, and a new server on the same ports takes them back', async () => {
    const dist = join(tmp, 'dist');
    const first = await startBoothServer({ dist, certDir: join(tmp, 'cert'), pin: PIN });
    const port = new URL(first.httpsUrl).port;
    const httpPort = Number(new URL(first.httpUrl).port);
    const c = await connect(`wss://127.0.0.1:${port}/live`, first.server.certificate.cert);
    await first.close();
    expect((await c.closed).code).toBe(1001);
    const second = await startBoothServer({ dist, certDir: join(tmp, 'cert'), httpsPort: Number(port), httpPort });
    try {
      // Plain HTTP carries the live link too.
      const h = await connect(`ws://127.0.0.1:${httpPort}/live`, second.server.certificate.cert);
      h.send({ type: 'hello', proto: 1, role: 'device', deviceId: newId() });
      expect(await h.next((m) => m.type === 'welcome')).toBeTruthy();
      h.ws.close();
    } finally {
      await second.close();
    }
  });
});

function request(url: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: server.certificate.cert, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      })
      .on('error', reject);
  });
}

function fetchJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    https
      .get(url, { ca: server.certificate.cert, agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString())));
      })
      .on('error', reject);
  });
}
