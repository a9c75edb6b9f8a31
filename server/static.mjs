/**
 * Static files from the built exhibit (`dist/`): path checks that never leave the folder, gzip for text types,
 * ETags and caching. Types: static.d.mts.
 */
import { open, realpath } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzipCache, MAX_GZIP_INPUT } from './gzip-cache.mjs';
import { HEADERS_FILE } from './headers.mjs';
import { MIME_TYPES, UNKNOWN_TYPE } from './mime.mjs';
import { sendText } from './respond.mjs';

/**
 * Turns a request target into path segments under the served folder, or the status to answer with. Rejects
 * (400) anything that could climb out of it: `.` or `..` segments, plain or percent-encoded (`%2e%2e`,
 * `..%2f`), backslashes, null bytes and malformed escapes. Hidden files (a segment starting with a dot) and the
 * headers file are 404, except other files under `/.well-known/`.
 * @param {string | undefined} target e.g. req.url
 * @returns {{ status: 400 | 404 } | { status: 200, segments: string[] }}
 */
export function resolveRequestPath(target) {
  if (typeof target !== 'string' || !target.startsWith('/')) return { status: 400 };
  const end = target.search(/[?#]/);
  const raw = end === -1 ? target : target.slice(0, end);
  if (/\\|%5c|\0|%00/i.test(raw)) return { status: 400 };
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return { status: 400 };
  }
  if (/[\\\0]/.test(decoded)) return { status: 400 };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) return { status: 400 };
  if (decoded.endsWith('/')) segments.push('index.html');
  const hidden = (/** @type {string} */ s, /** @type {number} */ i) => s.startsWith('.') && !(i === 0 && s === '.well-known' && segments.length > 1);
  if (segments.some(hidden)) return { status: 404 };
  if (segments.join('/') === HEADERS_FILE) return { status: 404 };
  return { status: 200, segments };
}

/**
 * Whether an Accept-Encoding value allows gzip (`gzip`, `x-gzip` or `*`, with a q-value above 0).
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  /** @type {Map<string, number>} */
  const q = new Map();
  for (const part of String(header).split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name.trim(), Number.isFinite(value) ? value : 0);
  }
  const explicit = q.get('gzip') ?? q.get('x-gzip');
  return explicit !== undefined ? explicit > 0 : (q.get('*') ?? 0) > 0;
}

/**
 * Whether an If-None-Match value matches the ETag (weak comparison, `*` matches anything).
 * @param {string | undefined} header
 * @param {string} etag
 */
function etagMatches(header, etag) {
  if (!header) return false;
  const strip = (/** @type {string} */ t) => t.trim().replace(/^W\//, '');
  const want = strip(etag);
  return header.split(',').some((t) => t.trim() === '*' || strip(t) === want);
}

/**
 * The request handler for a dist folder: static files only, GET and HEAD only. Hashed files under assets/
 * are cached for a year; everything else is revalidated (ETag).
 * The caller sets the security headers and catches errors (server/app.mjs).
 * @param {string} root Real path of the folder.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, target?: string) => Promise<void>}
 */
export function createStaticHandler(root) {
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;
  const gzipped = createGzipCache();

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {string | undefined} [target] The path to serve, default the request's.
   */
  return async function serve(req, res, target = req.url) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    const resolved = resolveRequestPath(target);
    if (resolved.status === 400) return sendText(req, res, 400, 'Bad request');
    if (resolved.status === 404) return sendText(req, res, 404, 'Not found');
    const { segments } = resolved;

    const file = path.join(root, ...segments);
    if (!file.startsWith(rootPrefix)) return sendText(req, res, 404, 'Not found');
    let real;
    try {
      real = await realpath(file);
    } catch (e) {
      const code = /** @type {NodeJS.ErrnoException} */ (e).code;
      if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' || code === 'ELOOP' || code === 'EINVAL')
        return sendText(req, res, 404, 'Not found');
      throw e;
    }
    // A symbolic link must not lead out of the folder either.
    if (!real.startsWith(rootPrefix)) return sendText(req, res, 404, 'Not found');

    const fh = await open(real, 'r');
    let handedOff = false;
    try {
      const st = await fh.stat();
      if (!st.isFile()) return sendText(req, res, 404, 'Not found');

      const mime = MIME_TYPES[path.extname(real).toLowerCase()] ?? UNKNOWN_TYPE;
      const immutable = segments.length > 1 && segments[0] === 'assets';
      const baseTag = `${st.size.toString(36)}-${Math.trunc(st.mtimeMs).toString(36)}`;
      /** @type {Record<string, string | number>} */
      const headers = { 'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
      if (mime.gzip) headers['Vary'] = 'Accept-Encoding';

      /** @type {Buffer | null} */
      let body = null;
      if (mime.gzip && st.size > 0 && st.size <= MAX_GZIP_INPUT && acceptsGzip(req.headers['accept-encoding'])) {
        const gz = await gzipped(real, fh, st);
        if (gz.length < st.size) {
          body = gz;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      const etag = body ? `"${baseTag}-gz"` : `"${baseTag}"`;
      headers['ETag'] = etag;

      if (etagMatches(req.headers['if-none-match'], etag)) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      headers['Content-Type'] = mime.type;
      headers['Content-Length'] = body ? body.length : st.size;
      res.writeHead(200, headers);
      if (req.method === 'HEAD' || st.size === 0) {
        res.end();
      } else if (body) {
        res.end(body);
      } else {
        handedOff = true;
        // Never more than the Content-Length announced, even if the file grows meanwhile.
        const stream = fh.createReadStream({ start: 0, end: st.size - 1, autoClose: true });
        await pipeline(stream, res).catch(() => res.destroy());
      }
    } finally {
      if (!handedOff) await fh.close();
    }
  };
}
