/**
 * The analytics worker thread: owns the SQLite connection (store.mjs) so that writes and the dashboard's
 * queries never hold up the live link's thread. Requests `{ id, op, args, now }` are answered in arrival
 * order with `{ id, ok: true, value }` once the transaction has committed (so an acknowledgement always means
 * "stored"), or `{ id, ok: false, error }`; log lines go up as `{ log }`. A failing request is answered as an
 * error and the worker carries on; a failure to open the file ends the worker (index.mjs decides what next).
 * Types: none (a worker entry).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openStore } from './store.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const log = (/** @type {string} */ line) => port.postMessage({ log: line });
const store = openStore(workerData.options, workerData.now, log);
port.postMessage({ ready: true });

port.on('message', (/** @type {{ id: number, op: string, args: unknown[], now: number }} */ m) => {
  if (m.op === 'close') {
    store.close();
    port.postMessage({ id: m.id, ok: true, value: null });
    port.close();
    return;
  }
  try {
    port.postMessage({ id: m.id, ok: true, value: store.run(/** @type {'summary'} */ (m.op), m.args, m.now) });
  } catch (e) {
    port.postMessage({ id: m.id, ok: false, error: /** @type {Error} */ (e).message ?? String(e) });
  }
});
