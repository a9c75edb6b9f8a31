/**
 * The live link's WebSocket endpoint (`/live`, npm `ws`) on the booth server's HTTPS and HTTP listeners. Every
 * frame is size-capped (ws closes with 1009 beyond MAX_PAYLOAD), rate-limited per connection, parsed and
 * zod-validated (schema.mjs); what fails is dropped with a (rate-limited) log line. Errors on a socket end that
 * socket only. Types: socket.d.mts.
 */
import { WebSocketServer } from 'ws';
import { limitedLog, tokenBucket } from './guards.mjs';
import { parseClientMessage } from './schema.mjs';

/** Largest frame accepted, in bytes. */
export const MAX_PAYLOAD = 4096;
/** Messages a second per connection, and the burst allowed. */
export const RATE = 30;
/** Dropped (over the rate) messages after which a connection is closed with 1008. */
export const MAX_DROPPED = 300;
/** Most live connections at once; more are answered 503. */
export const MAX_CONNECTIONS = 256;
const PING_MS = 20_000;

/**
 * @typedef {import('./hub.d.mts').Hub} Hub
 * @typedef {import('./hub.d.mts').Peer} Peer
 * @typedef {{ hub: Hub, checkPin: (pin: unknown) => 'ok' | 'bad' | 'locked', log?: (line: string) => void, helloTimeoutMs?: number, analytics?: ((deviceId: string, events: import('../analytics/schema.d.mts').AnalyticsEvent[]) => Promise<string[]>) | null }} LiveOptions
 */

/**
 * Creates the endpoint; call `attach` for each listener and `close` to end every connection.
 * @param {LiveOptions} options
 */
export function createLiveSocket({ hub, checkPin, log = (l) => console.log(l), helloTimeoutMs = 5000, analytics = null }) {
  // Two budgets, so a flood of connections can't hide the drops and a flood of junk can't hide who joined.
  const say = limitedLog(log);
  const drop = limitedLog(log);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD, perMessageDeflate: false, clientTracking: true });
  let counter = 0;

  const ping = setInterval(() => {
    for (const ws of wss.clients) {
      const w = /** @type {import('ws').WebSocket & { alive?: boolean }} */ (ws);
      if (w.alive === false) {
        w.terminate(); // no pong since the last ping: the client is gone without a word
        continue;
      }
      w.alive = false;
      w.ping();
    }
  }, PING_MS);
  ping.unref();

  wss.on('connection', (/** @type {import('ws').WebSocket & { alive?: boolean }} */ ws, /** @type {string} */ from) => {
    const name = `#${++counter} ${from}`;
    const take = tokenBucket(RATE, RATE);
    let dropped = 0;
    /** @type {Peer | null} */
    let peer = null;
    ws.alive = true;
    const close = (/** @type {number} */ code, /** @type {string} */ reason) => {
      say(`[live] ${name}: closed ${code} ${reason}`);
      ws.close(code, reason);
    };
    const helloTimer = setTimeout(() => close(4400, 'hello expected'), helloTimeoutMs);
    /** @param {object} msg */
    const send = (msg) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg), (err) => err && drop(`[live] ${name}: send failed: ${err.message}`));
    };

    ws.on('pong', () => (ws.alive = true));
    ws.on('error', (err) => drop(`[live] ${name}: ${err.message}`)); // e.g. a frame over MAX_PAYLOAD: ws closes with 1009
    ws.on('close', () => {
      clearTimeout(helloTimer);
      if (peer) hub.leave(peer);
    });
    ws.on('message', (data, isBinary) => {
      if (!take()) {
        dropped += 1;
        if (dropped === 1 || dropped % 100 === 0) drop(`[live] ${name}: over ${RATE} messages/s, dropped ${dropped}`);
        if (dropped > MAX_DROPPED) close(1008, 'rate limit');
        return;
      }
      if (isBinary) return drop(`[live] ${name}: dropped a binary frame`);
      const parsed = parseClientMessage(data.toString());
      if (!parsed.ok) return drop(`[live] ${name}: dropped: ${parsed.reason}`);
      const msg = parsed.msg;
      if (!peer) {
        if (msg.type !== 'hello') return close(4400, 'hello expected');
        clearTimeout(helloTimer);
        if (msg.role === 'console') {
          const pin = checkPin(msg.pin);
          if (pin !== 'ok') return close(4401, pin === 'locked' ? 'bad PIN (too many tries, wait a minute)' : 'bad PIN');
        }
        peer = { role: msg.role, deviceId: msg.deviceId, send };
        say(`[live] ${name}: ${msg.role} ${msg.deviceId}${msg.model ? ` (${msg.model})` : ''}`);
        return hub.join(peer, msg.model);
      }
      hub.seen(peer);
      if (msg.type === 'hello') return drop(`[live] ${name}: dropped a second hello`);
      if (msg.type === 'command') {
        if (peer.role !== 'console') return close(4401, 'commands need the console PIN');
        return send(hub.command(msg));
      }
      if (peer.role !== 'device') return drop(`[live] ${name}: dropped a ${msg.type} from a ${peer.role}`);
      // Analytics (issue 17): stored under this connection's device id; the answer names the ids stored.
      // The store (a worker thread) answers after the commit; only then are the ids acknowledged.
      if (msg.type === 'analytics') {
        if (analytics) void analytics(peer.deviceId, msg.events).then((ids) => send({ type: 'analyticsAck', ids }));
        return;
      }
      hub.report(peer, msg);
    });
  });

  /**
   * Handles upgrade requests of one listener: `/live` only, same origin when the browser names one.
   * @param {import('node:http').Server} server
   * @param {string} scheme 'https' | 'http', for the log.
   */
  function attach(server, scheme) {
    server.on('upgrade', (req, socket, head) => {
      socket.on('error', () => socket.destroy());
      const refuse = (/** @type {number} */ status, /** @type {string} */ text) => {
        socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      };
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname !== '/live') return refuse(404, 'Not Found');
      // A page on another site must not join (cross-site WebSocket hijacking); the browser always sends Origin.
      const origin = req.headers.origin;
      let host = null;
      try {
        host = origin ? new URL(origin).host : null;
      } catch {
        return refuse(403, 'Forbidden');
      }
      if (host !== null && host !== req.headers.host) return refuse(403, 'Forbidden');
      if (wss.clients.size >= MAX_CONNECTIONS) return refuse(503, 'Service Unavailable');
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, `${scheme} ${req.socket.remoteAddress ?? '?'}`));
    });
  }

  /** Ends every connection (1001), forcibly after a second. */
  function close() {
    clearInterval(ping);
    const open = [...wss.clients];
    for (const ws of open) ws.close(1001, 'server stopping');
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        for (const ws of open) ws.terminate();
      }, 1000);
      wss.close(() => {
        clearTimeout(timer);
        resolve(undefined);
      });
    });
  }

  return { attach, close, clients: () => wss.clients.size };
}
