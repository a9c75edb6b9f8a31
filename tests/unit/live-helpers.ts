/** Live-link test clients: a `ws` client over verified HTTPS (the server's own certificate as CA). */
import { WebSocket } from 'ws';

/** Any server → client message, loosely typed for assertions. */
export type Msg = { type: string; [key: string]: unknown };

export interface Client {
  ws: WebSocket;
  /** Every message so far, in order. */
  messages: Msg[];
  /** The first message (already received or coming) that matches, after `from` messages. */
  next(match: (m: Msg) => boolean, what?: string, from?: number): Promise<Msg>;
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>;
  send(value: unknown): void;
}

/** Opens a socket to `url` (wss://127.0.0.1:port/live) and collects what arrives. */
export function connect(url: string, ca: string, headers: Record<string, string> = {}): Promise<Client> {
  const ws = new WebSocket(url, { ca, headers });
  const messages: Msg[] = [];
  const waiters: { match: (m: Msg) => boolean; from: number; resolve: (m: Msg) => void }[] = [];
  ws.on('message', (data) => {
    const m = JSON.parse(data.toString()) as Msg;
    messages.push(m);
    for (const w of [...waiters]) {
      if (messages.length - 1 >= w.from && w.match(m)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(m);
      }
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const client: Client = {
    ws,
    messages,
    closed,
    send: (value) => ws.send(typeof value === 'string' || Buffer.isBuffer(value) ? value : JSON.stringify(value)),
    next(match, what = 'a message', from = 0) {
      const found = messages.slice(from).find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${what} within 10 s; got ${JSON.stringify(messages).slice(0, 800)}`)), 10_000);
        waiters.push({ match, from, resolve: (m) => (clearTimeout(timer), resolve(m)) });
      });
    },
  };
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(client));
    ws.once('error', reject);
  });
}

/** A report as the exhibit page sends it. */
export function report(over: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'report', lang: 'zh', mode: 'explore', view: 'overview', selected: null, panel: null, xr: false, xrPlace: null, pose: null, origin: null, visible: true, tour: null, ...over };
}

/** The device list entry for `id` in a devices message, if listed. */
export const entry = (m: Msg, id: string) => (m.type === 'devices' ? (m.devices as { deviceId: string; [k: string]: unknown }[]).find((d) => d.deviceId === id) : undefined);
