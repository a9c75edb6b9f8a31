/**
 * Booth server core: serves the built exhibit (a static `dist/` folder) over HTTPS on every interface, for the
 * headsets on the booth LAN, and over plain HTTP on 127.0.0.1 only, for the booth laptop's own browser (WebXR
 * needs a secure context; localhost is one, a LAN address is not). Static files only: no other endpoints.
 *
 * The HTTPS certificate is self-signed, made once and kept in `certDir` (key.pem, cert.pem); it is made again
 * only when missing, unreadable, expiring within 30 days, or lacking a name or address it must cover (a new
 * venue's LAN address), so headsets that accepted it once keep working. Security headers come from the
 * `.well-known/exhibit-headers.json` that the Vite build writes (scripts/vite-security.ts), which this server
 * sends with every response and never serves as a file.
 *
 * The CLI is scripts/booth-server.mjs; this module holds the logic so tests can import it. Plain Node ESM
 * (no build step); types are JSDoc here and in server-core.d.mts for TypeScript importers.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { mkdir, open, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { generate } from 'selfsigned';

const gzip = promisify(zlib.gzip);

/** Longest certificate validity browsers accept for TLS server certificates (Apple's limit), in days. */
export const CERT_VALIDITY_DAYS = 825;
/** A certificate that expires within this many days is replaced at start. */
export const CERT_RENEW_DAYS = 30;
/** The build's headers file, relative to the dist folder; loaded at start, never served. */
export const HEADERS_FILE = '.well-known/exhibit-headers.json';
/** Sent when the build wrote no headers file. */
export const FALLBACK_HEADERS = Object.freeze({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });

const DAY_MS = 24 * 60 * 60 * 1000;
const KEY_FILE = 'key.pem';
const CERT_FILE = 'cert.pem';
/** Files larger than this are streamed as they are, never gzipped (and never held in memory). */
const MAX_GZIP_INPUT = 32 * 1024 * 1024;
/** Upper bound on the gzip cache's total size; oldest entries are dropped first. */
const MAX_GZIP_CACHE = 128 * 1024 * 1024;
/** How long close() lets responses in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 2000;

/**
 * Content types by file extension; `gzip` marks the ones worth compressing (not woff/woff2, images or models,
 * which are compressed already or gain nothing).
 * @type {Readonly<Record<string, { type: string, gzip: boolean }>>}
 */
export const MIME_TYPES = Object.freeze({
  '.html': { type: 'text/html; charset=utf-8', gzip: true },
  '.js': { type: 'text/javascript; charset=utf-8', gzip: true },
  '.mjs': { type: 'text/javascript; charset=utf-8', gzip: true },
  '.css': { type: 'text/css; charset=utf-8', gzip: true },
  '.json': { type: 'application/json; charset=utf-8', gzip: true },
  '.map': { type: 'application/json; charset=utf-8', gzip: true },
  '.webmanifest': { type: 'application/manifest+json; charset=utf-8', gzip: true },
  '.txt': { type: 'text/plain; charset=utf-8', gzip: true },
  '.xml': { type: 'application/xml; charset=utf-8', gzip: true },
  '.svg': { type: 'image/svg+xml', gzip: true },
  '.ttf': { type: 'font/ttf', gzip: true },
  '.otf': { type: 'font/otf', gzip: true },
  '.wasm': { type: 'application/wasm', gzip: true },
  '.gltf': { type: 'model/gltf+json', gzip: true },
  '.woff2': { type: 'font/woff2', gzip: false },
  '.woff': { type: 'font/woff', gzip: false },
  '.png': { type: 'image/png', gzip: false },
  '.jpg': { type: 'image/jpeg', gzip: false },
  '.jpeg': { type: 'image/jpeg', gzip: false },
  '.webp': { type: 'image/webp', gzip: false },
  '.avif': { type: 'image/avif', gzip: false },
  '.gif': { type: 'image/gif', gzip: false },
  '.ico': { type: 'image/x-icon', gzip: false },
  '.ktx2': { type: 'image/ktx2', gzip: false },
  '.glb': { type: 'model/gltf-binary', gzip: false },
  '.bin': { type: 'application/octet-stream', gzip: false },
  '.mp3': { type: 'audio/mpeg', gzip: false },
  '.ogg': { type: 'audio/ogg', gzip: false },
  '.wav': { type: 'audio/wav', gzip: false },
  '.mp4': { type: 'video/mp4', gzip: false },
  '.webm': { type: 'video/webm', gzip: false },
});
const UNKNOWN_TYPE = { type: 'application/octet-stream', gzip: false };

/**
 * @typedef {object} CertificateInfo
 * @property {string} key PEM private key.
 * @property {string} cert PEM certificate.
 * @property {string} fingerprint256 SHA-256 fingerprint, colon-separated hex.
 * @property {Date} validTo
 * @property {string[]} dnsNames DNS names in the certificate's subjectAltName.
 * @property {string[]} ipAddresses IP addresses in the certificate's subjectAltName.
 * @property {boolean} generated True when this call made a new certificate.
 * @property {string | null} reason Why it was made (null when reused).
 * @property {string} keyPath
 * @property {string} certPath
 */

/**
 * @typedef {object} BoothServerOptions
 * @property {string} distDir The built app to serve.
 * @property {string} certDir Where the certificate is kept (created if missing).
 * @property {number} [httpsPort] HTTPS port, default 8443; 0 picks a free one.
 * @property {number} [httpPort] Plain-HTTP port on 127.0.0.1, default 8080; 0 picks a free one.
 * @property {string} [host] Address the HTTPS listener binds; default every interface.
 * @property {string[]} [ips] LAN IPv4 addresses for the certificate and the URLs; default lanAddresses().
 * @property {(message: string) => void} [onWarning] Default console.warn.
 */

/**
 * @typedef {object} BoothUrls
 * @property {string} local Plain HTTP on this machine, e.g. http://localhost:8080/.
 * @property {string} localHttps HTTPS on this machine, e.g. https://localhost:8443/.
 * @property {string[]} lan HTTPS for headsets, one per LAN address the listener answers on.
 */

/**
 * @typedef {object} BoothServer
 * @property {import('node:https').Server} https
 * @property {import('node:http').Server} http
 * @property {() => Promise<void>} close Stops both listeners; in-flight responses get a short grace period.
 * @property {BoothUrls} urls With the ports actually bound.
 * @property {CertificateInfo} certificate
 * @property {Record<string, string>} headers Sent with every response.
 * @property {boolean} headersFromBuild False when the fallback set is in use.
 */

/**
 * Every non-internal IPv4 address of this machine, real network interfaces first (link-local 169.254.x.x and
 * virtual bridges such as docker0 last), so the first one is the best guess for the booth LAN.
 * @param {NodeJS.Dict<import('node:os').NetworkInterfaceInfo[]>} [interfaces] Default os.networkInterfaces().
 * @returns {string[]}
 */
export function lanAddresses(interfaces) {
  let ifaces = interfaces;
  if (!ifaces) {
    try {
      ifaces = os.networkInterfaces();
    } catch {
      return [];
    }
  }
  /** @type {{ address: string, rank: number }[]} */
  const found = [];
  for (const [name, list] of Object.entries(ifaces)) {
    for (const a of list ?? []) {
      // Node 18.0–18.3 reported the family as a number.
      const v4 = a.family === 'IPv4' || /** @type {unknown} */ (a.family) === 4;
      if (!v4 || a.internal || found.some((f) => f.address === a.address)) continue;
      const virtual = /^(docker|br-|veth|virbr|vmnet|vboxnet|tailscale|zt|utun|tun|tap|wg)/i.test(name);
      const linkLocal = a.address.startsWith('169.254.');
      found.push({ address: a.address, rank: (virtual ? 1 : 0) + (linkLocal ? 2 : 0) });
    }
  }
  return found.sort((x, y) => x.rank - y.rank).map((f) => f.address);
}

/**
 * The DNS names and IP addresses in a certificate's subjectAltName.
 * @param {X509Certificate} x509
 */
function altNames(x509) {
  /** @type {string[]} */
  const dnsNames = [];
  /** @type {string[]} */
  const ipAddresses = [];
  for (const entry of (x509.subjectAltName ?? '').split(/,\s*/)) {
    if (entry.startsWith('DNS:')) dnsNames.push(entry.slice(4));
    else if (entry.startsWith('IP Address:')) ipAddresses.push(entry.slice(11));
  }
  return { dnsNames, ipAddresses };
}

/**
 * Why the stored key/cert can't be reused for these names, or null when they can.
 * @param {string} key
 * @param {string} cert
 * @param {string[]} hostnames
 * @param {string[]} ips
 * @returns {{ reason: string } | { reason: null, x509: X509Certificate }}
 */
function checkStored(key, cert, hostnames, ips) {
  let x509;
  try {
    x509 = new X509Certificate(cert);
    if (!x509.checkPrivateKey(createPrivateKey(key))) return { reason: 'the key does not match the certificate' };
  } catch {
    return { reason: 'the stored certificate or key could not be read' };
  }
  const now = Date.now();
  if (Date.parse(x509.validFrom) > now + DAY_MS) return { reason: 'the stored certificate is not valid yet' };
  if (Date.parse(x509.validTo) < now + CERT_RENEW_DAYS * DAY_MS)
    return { reason: `the stored certificate expires within ${CERT_RENEW_DAYS} days` };
  const { dnsNames, ipAddresses } = altNames(x509);
  const missing = [
    ...hostnames.filter((h) => !dnsNames.includes(h.toLowerCase())),
    ...ips.filter((ip) => !ipAddresses.includes(ip)),
  ];
  if (missing.length) return { reason: `the stored certificate does not cover ${missing.join(', ')}` };
  return { reason: null, x509 };
}

/**
 * Writes a file through a temporary name, so a crash never leaves half a PEM behind.
 * @param {string} file
 * @param {string} text
 * @param {number} mode
 */
async function writeAtomic(file, text, mode) {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text, { mode });
  try {
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Loads the self-signed certificate from `certDir`, or makes (and stores) a new one when there is none, it can't
 * be read, it expires within 30 days, or its subjectAltName lacks one of `hostnames` / `ips`. `localhost` and
 * 127.0.0.1 are always covered. A new certificate is valid for 825 days (from a day ago, for headset clocks
 * that run slow) and names exactly the requested hosts and addresses.
 * @param {string} certDir
 * @param {string[]} [hostnames] DNS names to cover, besides localhost.
 * @param {string[]} [ips] IPv4 addresses to cover, besides 127.0.0.1.
 * @returns {Promise<CertificateInfo>}
 */
export async function ensureCertificate(certDir, hostnames = [], ips = []) {
  const dns = [...new Set(['localhost', ...hostnames].map((h) => h.toLowerCase()))];
  const addresses = [...new Set(['127.0.0.1', ...ips])];
  const keyPath = path.join(certDir, KEY_FILE);
  const certPath = path.join(certDir, CERT_FILE);

  /** @type {string} */
  let reason = 'no certificate yet';
  try {
    const [key, cert] = await Promise.all([readFile(keyPath, 'utf8'), readFile(certPath, 'utf8')]);
    const checked = checkStored(key, cert, dns, addresses);
    if (checked.reason === null) {
      const { x509 } = checked;
      return { key, cert, fingerprint256: x509.fingerprint256, validTo: new Date(x509.validTo), ...altNames(x509), generated: false, reason: null, keyPath, certPath };
    }
    reason = checked.reason;
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code !== 'ENOENT') throw e;
  }

  const notBeforeDate = new Date(Date.now() - DAY_MS);
  const notAfterDate = new Date(notBeforeDate.getTime() + CERT_VALIDITY_DAYS * DAY_MS);
  const pems = await generate([{ name: 'commonName', value: 'Exhibit booth server (self-signed)' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [...dns.map((value) => ({ type: /** @type {const} */ (2), value })), ...addresses.map((ip) => ({ type: /** @type {const} */ (7), ip }))],
      },
    ],
  });
  await mkdir(certDir, { recursive: true, mode: 0o700 });
  await writeAtomic(keyPath, pems.private, 0o600);
  await writeAtomic(certPath, pems.cert, 0o644);
  const x509 = new X509Certificate(pems.cert);
  return { key: pems.private, cert: pems.cert, fingerprint256: x509.fingerprint256, validTo: new Date(x509.validTo), ...altNames(x509), generated: true, reason, keyPath, certPath };
}

/**
 * Reads the headers the build wrote into `dist/.well-known/exhibit-headers.json` (`{ "headers": { ... } }`).
 * The fallback pair (nosniff, no-referrer) is always included; the file's values win.
 * @param {string} distDir
 * @returns {Promise<{ headers: Record<string, string>, fromBuild: boolean, warning: string | null }>}
 */
export async function loadSecurityHeaders(distDir) {
  const file = path.join(distDir, HEADERS_FILE);
  /** @param {string} why */
  const fallback = (why) => ({
    headers: { ...FALLBACK_HEADERS },
    fromBuild: false,
    warning: `${why}; sending only ${Object.keys(FALLBACK_HEADERS).join(' and ')} (no Content-Security-Policy). Rebuild the app to restore the full set.`,
  });
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return fallback(`No security headers file at ${file}`);
  }
  /** @type {unknown} */
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fallback(`${file} is not valid JSON`);
  }
  const headers = parsed && typeof parsed === 'object' ? /** @type {{ headers?: unknown }} */ (parsed).headers : undefined;
  if (!headers || typeof headers !== 'object' || Array.isArray(headers)) return fallback(`${file} has no "headers" object`);
  /** @type {Record<string, string>} */
  const out = { ...FALLBACK_HEADERS };
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || typeof value !== 'string' || /[\r\n\0]/.test(value))
      return fallback(`${file} has an invalid header (${JSON.stringify(name)})`);
    out[name] = value;
  }
  return { headers: out, fromBuild: true, warning: null };
}

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
 * The request handler for a dist folder: static files only, GET and HEAD only.
 * @param {string} root Real path of the folder.
 * @param {Record<string, string>} securityHeaders Set on every response.
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
function createStaticHandler(root, securityHeaders, boothInfo = { lan: [] }) {
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;
  /** @type {Map<string, { size: number, mtimeMs: number, bytes: number, data: Promise<Buffer> }>} */
  const gzipCache = new Map();
  let gzipCacheBytes = 0;

  /**
   * The gzipped bytes of a file, from the cache while its size and mtime are unchanged.
   * @param {string} file
   * @param {import('node:fs/promises').FileHandle} fh
   * @param {import('node:fs').Stats} st
   */
  function gzipped(file, fh, st) {
    const hit = gzipCache.get(file);
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs) {
      gzipCache.delete(file); // re-insert: most recently used last
      gzipCache.set(file, hit);
      return hit.data;
    }
    if (hit) {
      gzipCache.delete(file);
      gzipCacheBytes -= hit.bytes;
    }
    const entry = { size: st.size, mtimeMs: st.mtimeMs, bytes: 0, data: fh.readFile().then((buf) => gzip(buf, { level: zlib.constants.Z_BEST_COMPRESSION })) };
    gzipCache.set(file, entry);
    entry.data.then(
      (buf) => {
        if (gzipCache.get(file) !== entry) return;
        entry.bytes = buf.length;
        gzipCacheBytes += buf.length;
        for (const [k, v] of gzipCache) {
          if (gzipCacheBytes <= MAX_GZIP_CACHE) break;
          gzipCache.delete(k);
          gzipCacheBytes -= v.bytes;
        }
      },
      () => {
        if (gzipCache.get(file) === entry) gzipCache.delete(file);
      },
    );
    return entry.data;
  }

  /**
   * A short plain-text answer (errors).
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} text
   * @param {Record<string, string>} [extra]
   */
  function sendText(req, res, status, text, extra = {}) {
    const body = Buffer.from(text + '\n');
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-cache', ...extra });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function serve(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(req, res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    // The one dynamic answer: the LAN addresses, so the page can show a QR code a headset can open.
    if ((req.url ?? '').split('?')[0] === '/booth.json') {
      const body = JSON.stringify({ lan: boothInfo.lan });
      res.writeHead(200, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(body) });
      return void res.end(req.method === 'HEAD' ? undefined : body);
    }
    const target = resolveRequestPath(req.url);
    if (target.status === 400) return sendText(req, res, 400, 'Bad request');
    if (target.status === 404) return sendText(req, res, 404, 'Not found');
    const { segments } = target;

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
  }

  return (req, res) => {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    serve(req, res).catch(() => {
      if (!res.headersSent) sendText(req, res, 500, 'Internal server error');
      else res.destroy();
    });
  };
}

/**
 * Answers a request Node could not parse (malformed, headers too large, timed out) with the security headers
 * too, instead of Node's bare reply.
 * @param {Record<string, string>} securityHeaders
 * @returns {(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => void}
 */
function clientErrorHandler(securityHeaders) {
  return (err, socket) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, text] =
      err.code === 'HPE_HEADER_OVERFLOW' ? [431, 'Request Header Fields Too Large'] : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? [408, 'Request Timeout'] : [400, 'Bad Request'];
    const lines = [`HTTP/1.1 ${status} ${text}`, 'Connection: close', 'Content-Type: text/plain; charset=utf-8', `Content-Length: ${text.length + 1}`];
    for (const [name, value] of Object.entries(securityHeaders)) lines.push(`${name}: ${value}`);
    socket.end(`${lines.join('\r\n')}\r\n\r\n${text}\n`);
  };
}

/**
 * Starts listening and resolves once bound; rejects with the listen error (EADDRINUSE, EACCES, ...).
 * @param {import('node:net').Server} server
 * @param {number} port
 * @param {string | undefined} host
 * @returns {Promise<number>} The port bound.
 */
function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    /** @param {Error} e */
    const onError = (e) => reject(e);
    server.once('error', onError);
    const done = () => {
      server.off('error', onError);
      const addr = server.address();
      resolve(addr && typeof addr === 'object' ? addr.port : port);
    };
    if (host === undefined) server.listen(port, done);
    else server.listen(port, host, done);
  });
}

/**
 * Stops a server: no new connections, idle ones closed now, busy ones after a grace period.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
function closeServer(server) {
  return new Promise((resolve) => {
    if (!server.listening) {
      server.closeAllConnections();
      resolve();
      return;
    }
    const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/** @param {string} host */
const urlHost = (host) => (host.includes(':') ? `[${host}]` : host);

/**
 * Creates the booth server: HTTPS on `host` (default every interface) and plain HTTP on 127.0.0.1, both serving
 * `distDir`. Loads the build's security headers (warning through `onWarning` when they are missing) and the
 * certificate (made or renewed as needed in `certDir`, covering localhost, 127.0.0.1 and `ips`). Rejects with
 * the listen error, with `listener` ('https' | 'http') and `port` added, when a port can't be bound.
 * @param {BoothServerOptions} options
 * @returns {Promise<BoothServer>}
 */
export async function createBoothServer({ distDir, certDir, httpsPort = 8443, httpPort = 8080, host, ips, onWarning = (m) => console.warn(m) }) {
  let root;
  try {
    root = await realpath(path.resolve(distDir));
  } catch {
    throw new Error(`The folder to serve does not exist: ${path.resolve(distDir)}`);
  }
  const { headers, fromBuild, warning } = await loadSecurityHeaders(root);
  if (warning) onWarning(warning);

  const lan = ips ?? lanAddresses();
  const certificate = await ensureCertificate(certDir, ['localhost'], lan);

  /** @type {{ lan: string[] }} */
  const boothInfo = { lan: [] };
  const handler = createStaticHandler(root, headers, boothInfo);
  const httpsServer = https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
  const httpServer = http.createServer(handler);
  for (const server of [httpsServer, httpServer]) server.on('clientError', clientErrorHandler(headers));

  /**
   * @param {'https' | 'http'} listener
   * @param {import('node:net').Server} server
   * @param {number} port
   * @param {string | undefined} bindHost
   */
  const bind = (listener, server, port, bindHost) =>
    listen(server, port, bindHost).catch((e) => {
      Object.assign(e, { listener, port });
      throw e;
    });
  let boundHttps;
  let boundHttp;
  try {
    boundHttps = await bind('https', httpsServer, httpsPort, host);
    boundHttp = await bind('http', httpServer, httpPort, '127.0.0.1');
  } catch (e) {
    await Promise.all([closeServer(httpsServer), closeServer(httpServer)]);
    throw e;
  }

  const wildcard = host === undefined || host === '0.0.0.0' || host === '::';
  const loopback = host !== undefined && (host === 'localhost' || host === '::1' || host.startsWith('127.'));
  const lanUrlHosts = wildcard ? lan : loopback ? [] : [host];
  boothInfo.lan = lanUrlHosts.map((ip) => `https://${urlHost(ip)}:${boundHttps}/`);

  /** @type {Promise<void> | null} */
  let closing = null;
  return {
    https: httpsServer,
    http: httpServer,
    close: () => (closing ??= Promise.all([closeServer(httpsServer), closeServer(httpServer)]).then(() => undefined)),
    urls: {
      local: `http://localhost:${boundHttp}/`,
      localHttps: `https://localhost:${boundHttps}/`,
      lan: lanUrlHosts.map((ip) => `https://${urlHost(ip)}:${boundHttps}/`),
    },
    certificate,
    headers,
    headersFromBuild: fromBuild,
  };
}
