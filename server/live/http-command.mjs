/**
 * `POST /live/command`: the HTTP form of a console command (for scripts and a staff phone's shortcut), with the
 * PIN in `x-booth-pin`. 401 on a wrong or missing PIN, 429 while wrong PINs are locked out, 413 over 4 KB,
 * 400 for a body that is not a valid command, else 200 `{ ok, delivered }` (and `reason` when not ok).
 * Types: none (internal; server/app.mjs calls it).
 */
import { sendJson } from '../respond.mjs';
import { parseClientMessage } from './schema.mjs';
import { MAX_PAYLOAD } from './socket.mjs';

/**
 * @param {{ hub: import('./hub.d.mts').Hub, checkPin: (pin: unknown) => 'ok' | 'bad' | 'locked', log: (line: string) => void }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function createCommandHandler({ hub, checkPin, log }) {
  return (req, res) => {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(req, res, 405, { ok: false, reason: 'POST only' });
    }
    const pin = checkPin(req.headers['x-booth-pin']);
    if (pin !== 'ok') {
      log(`[live] HTTP command from ${req.socket.remoteAddress}: ${pin === 'locked' ? 'PIN locked' : 'bad PIN'}`);
      // Don't read the body; close so a client streaming a large one stops.
      res.setHeader('Connection', 'close');
      return sendJson(req, res, pin === 'locked' ? 429 : 401, { ok: false, reason: pin === 'locked' ? 'too many wrong PINs, wait a minute' : 'bad PIN' });
    }
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let done = false;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      if (done) return;
      size += chunk.length;
      if (size > MAX_PAYLOAD) {
        done = true;
        res.setHeader('Connection', 'close');
        sendJson(req, res, 413, { ok: false, reason: `body over ${MAX_PAYLOAD} bytes` });
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => {
      done = true;
      res.destroy();
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      const parsed = parseClientMessage(Buffer.concat(chunks).toString('utf8'));
      if (!parsed.ok || parsed.msg.type !== 'command') {
        const reason = parsed.ok ? 'not a command' : parsed.reason;
        log(`[live] HTTP command dropped: ${reason}`);
        return sendJson(req, res, 400, { ok: false, reason });
      }
      const ack = hub.command(parsed.msg);
      sendJson(req, res, 200, { ok: ack.ok, delivered: ack.delivered, ...(ack.reason ? { reason: ack.reason } : {}) });
    });
  };
}
