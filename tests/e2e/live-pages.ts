/**
 * Helpers for the live-link browser tests: the real booth server on 127.0.0.1 serving the e2e build, exhibit pages
 * on it (an emulated headset or a spectator TV) that record their console errors, and a staff console spoken to
 * over a raw WebSocket with the PIN (the protocol of docs/live-protocol.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import WebSocket from 'ws';
import { startBoothServer, type StartedBoothServer } from '../../server/index.mjs';
import type { DeviceEntry } from '../../src/booth/live/protocol';
import type { ExhibitApi, SpectatorCameraSnapshot } from '../../src/state/automation';
import { WAIT_MS } from './helpers';
import { installHeadset, type Headset, type HeadsetOptions } from './xr-helpers';

/** A booth server and how to restart it on the same ports. */
export interface Booth {
  server: StartedBoothServer;
  restart(): Promise<void>;
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the booth server on free ports with a fixed PIN. */
export async function startBooth(pin = '482913'): Promise<Booth> {
  const certDir = mkdtempSync(join(tmpdir(), 'exhibit-live-cert-'));
  const dist = inject('distDir');
  let server: StartedBoothServer | null = await startBoothServer({ dist, certDir, pin });
  const ports = { https: Number(new URL(server.httpsUrl).port), http: Number(new URL(server.httpUrl).port) };
  const booth: Booth = {
    get server() {
      if (!server) throw new Error('booth server is stopped');
      return server;
    },
    async stop() {
      await server?.close();
      server = null;
    },
    async restart() {
      await booth.stop();
      server = await startBoothServer({ dist, certDir, pin, httpsPort: ports.https, httpPort: ports.http });
    },
    async close() {
      await booth.stop();
      rmSync(certDir, { recursive: true, force: true });
    },
  };
  return booth;
}

/** A page of the exhibit served by the booth server. */
export interface LivePage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors. */
  errors: string[];
  /** Every WebSocket the page opened. */
  sockets: string[];
}

/** Opens `url` in a fresh context (self-signed certificate accepted), optionally with an emulated headset (and its modes). */
export async function openLivePage(
  browser: Browser,
  url: string,
  {
    headset,
    headsetOptions,
    install,
    viewport = { width: 720, height: 450 },
  }: { headset?: Headset; headsetOptions?: HeadsetOptions; install?: (page: Page) => Promise<void>; viewport?: { width: number; height: number } } = {},
): Promise<LivePage> {
  const context = await browser.newContext({ viewport, locale: 'en-US', ignoreHTTPSErrors: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  const t: LivePage = { context, page, errors: [], sockets: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') t.errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => t.errors.push(`page error: ${e.message}`));
  page.on('websocket', (ws) => t.sockets.push(ws.url()));
  if (headset) await installHeadset(page, headset, headsetOptions);
  // Another emulated device (an MR headset in a room: mr-helpers.ts), installed before the page loads.
  if (install) await install(page);
  await page.goto(url);
  await page.waitForFunction(() => !!(window as { exhibit?: ExhibitApi }).exhibit && !!document.querySelector('canvas'), null, { timeout: WAIT_MS });
  return t;
}

/** This page's live-link device id (kept in localStorage once the live link has started). */
export const pageDeviceId = (page: Page): Promise<string | null> => page.evaluate(() => localStorage.getItem('exhibit.deviceId'));

/** `window.exhibit.spectatorCamera()`. */
export const spectatorCamera = (page: Page): Promise<SpectatorCameraSnapshot | null> => page.evaluate(() => (window as { exhibit?: ExhibitApi }).exhibit!.spectatorCamera());

/** Sets the emulated headset's pose in its local-floor space. */
export async function setHeadPose(page: Page, p: [number, number, number], yaw: number, pitch = 0): Promise<void> {
  await page.evaluate(
    ({ p, yaw, pitch }) => {
      const d = (window as unknown as { __xrDevice: { position: { set(x: number, y: number, z: number): void }; quaternion: { set(x: number, y: number, z: number, w: number): void } } }).__xrDevice;
      d.position.set(...p);
      // Yaw about +Y, then pitch about the turned X axis: q = qYaw * qPitch.
      const [cy, sy, cp, sp] = [Math.cos(yaw / 2), Math.sin(yaw / 2), Math.cos(pitch / 2), Math.sin(pitch / 2)];
      d.quaternion.set(cy * sp, sy * cp, -sy * sp, cy * cp);
    },
    { p, yaw, pitch },
  );
}

/** A staff console on a raw WebSocket: keeps the latest device list, sends commands and waits for their acks. */
export class ConsoleClient {
  devices: DeviceEntry[] = [];
  private socket: WebSocket | null = null;
  private acks: ((ack: { ok: boolean; delivered: number; reason?: string }) => void)[] = [];

  /** Connects with the PIN and waits for the welcome. */
  async connect(httpsUrl: string, pin: string): Promise<void> {
    const ws = new WebSocket(`${httpsUrl.replace(/^https/, 'wss')}live`, { rejectUnauthorized: false });
    this.socket = ws;
    await new Promise<void>((resolve, reject) => {
      ws.once('error', reject);
      ws.once('open', () => ws.send(JSON.stringify({ type: 'hello', proto: 1, role: 'console', deviceId: 'console1', pin })));
      ws.on('message', (data: WebSocket.RawData) => {
        const m = JSON.parse(String(data)) as { type: string; devices?: DeviceEntry[]; ok?: boolean; delivered?: number; reason?: string };
        if (m.type === 'welcome') resolve();
        else if (m.type === 'devices') this.devices = m.devices!;
        else if (m.type === 'ack') this.acks.shift()?.({ ok: m.ok!, delivered: m.delivered!, reason: m.reason });
      });
    });
  }

  /** The listed device with this id. */
  device(id: string): DeviceEntry | undefined {
    return this.devices.find((d) => d.deviceId === id);
  }

  /** Sends a command and resolves with the server's ack. */
  command(cmd: { target: string; action: string; lang?: string; index?: number; label?: string }): Promise<{ ok: boolean; delivered: number; reason?: string }> {
    return new Promise((resolve) => {
      this.acks.push(resolve);
      this.socket!.send(JSON.stringify({ type: 'command', ...cmd }));
    });
  }

  close(): void {
    this.socket?.close();
  }
}

/** Polls `read` every `intervalMs` until `done` holds; resolves with the value and the milliseconds it took (throws after `timeoutMs`). */
export async function timeUntil<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 3000, intervalMs = 25): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  for (;;) {
    const value = await read();
    const ms = performance.now() - start;
    if (done(value)) return { value, ms };
    if (ms > timeoutMs) throw new Error(`not within ${timeoutMs} ms; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

/** A booth server with a staff console connected to it, and the pages a test file opened on it (closed after). */
export interface LiveBooth {
  booth: Booth;
  staff: ConsoleClient;
  pages: LivePage[];
  /** A new staff console, e.g. after the server restarted. */
  reconnectStaff(): Promise<void>;
}

/**
 * The booth of one test file or describe block: the server and its staff console start before its tests, and
 * everything closes after them. Call where `beforeAll` may be called; read the fields inside tests.
 */
export function liveBooth(): LiveBooth {
  let booth: Booth | undefined;
  let staff: ConsoleClient | undefined;
  const live: LiveBooth = {
    get booth() {
      if (!booth) throw new Error('liveBooth: the booth is only available inside tests');
      return booth;
    },
    get staff() {
      if (!staff) throw new Error('liveBooth: the console is only available inside tests');
      return staff;
    },
    pages: [],
    async reconnectStaff() {
      staff?.close();
      staff = new ConsoleClient();
      await staff.connect(live.booth.server.httpsUrl, live.booth.server.pin);
    },
  };
  beforeAll(async () => {
    booth = await startBooth();
    await live.reconnectStaff();
  });
  afterAll(async () => {
    staff?.close();
    for (const p of live.pages) await p.context.close();
    await booth?.close();
  });
  return live;
}
