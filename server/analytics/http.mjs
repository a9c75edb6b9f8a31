/**
 * The analytics HTTP routes, behind the console PIN (`x-booth-pin`; 401 without it, 429 while wrong PINs are
 * locked out): `GET /analytics/summary?day=YYYY-MM-DD` (the console's Analytics view) and
 * `GET /analytics/export?day=YYYY-MM-DD&format=csv|json[&table=summary|sessions|visits]`. The database file
 * itself is never served. Types: none (internal; index.mjs uses it).
 */
import { sendJson } from '../respond.mjs';
import { dayOf } from './db.mjs';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * The answers come from the analytics worker (promises): a failure there is a 503 and a log line, never a crash.
 * @param {{ checkPin: (pin: unknown) => 'ok' | 'bad' | 'locked', now: () => number, summary: (day: string) => Promise<object>, csv: (day: string, table: 'all' | 'summary' | 'sessions' | 'visits') => Promise<string>, json: (day: string) => Promise<object>, log?: (line: string) => void }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string, search: string) => boolean} true when it answered
 */
export function createAnalyticsRoutes({ checkPin, now, summary, csv, json, log = () => {} }) {
  const unavailable = (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res, /** @type {Error} */ e) => {
    log(`[analytics] ${req.url}: ${e.message}`);
    if (!res.headersSent) sendJson(req, res, 503, { ok: false, reason: 'analytics unavailable' });
  };
  return (req, res, pathname, search) => {
    if (pathname !== '/analytics/summary' && pathname !== '/analytics/export') return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(req, res, 405, { ok: false, reason: 'GET only' });
      return true;
    }
    const pin = checkPin(req.headers['x-booth-pin']);
    if (pin !== 'ok') {
      sendJson(req, res, pin === 'locked' ? 429 : 401, { ok: false, reason: pin === 'locked' ? 'too many wrong PINs, wait a minute' : 'bad PIN' });
      return true;
    }
    const q = new URLSearchParams(search);
    const day = q.get('day') ?? dayOf(now());
    if (!DAY.test(day)) {
      sendJson(req, res, 400, { ok: false, reason: 'day must be YYYY-MM-DD' });
      return true;
    }
    res.setHeader('Cache-Control', 'no-store');
    if (pathname === '/analytics/summary') {
      summary(day).then((s) => sendJson(req, res, 200, s), (e) => unavailable(req, res, e));
      return true;
    }
    const format = q.get('format') ?? 'csv';
    const table = q.get('table') ?? 'all';
    if ((format !== 'csv' && format !== 'json') || !['all', 'summary', 'sessions', 'visits'].includes(table)) {
      sendJson(req, res, 400, { ok: false, reason: 'format must be csv or json; table all, summary, sessions or visits' });
      return true;
    }
    const name = `booth-analytics-${day}${table === 'all' ? '' : `-${table}`}.${format}`;
    const body = format === 'csv' ? csv(day, /** @type {'all'} */ (table)) : json(day).then((j) => JSON.stringify(j, null, 1));
    body.then((text) => {
      res.writeHead(200, {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Content-Length': Buffer.byteLength(text),
      });
      res.end(req.method === 'HEAD' ? undefined : text);
    }, (e) => unavailable(req, res, e));
    return true;
  };
}
