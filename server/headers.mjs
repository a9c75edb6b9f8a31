/**
 * Security headers: the booth server sends the ones the Vite build wrote into
 * `dist/.well-known/exhibit-headers.json` (scripts/security-headers.ts) with every response, and never serves
 * that file. Types: headers.d.mts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** The build's headers file, relative to the dist folder; loaded at start, never served. */
export const HEADERS_FILE = '.well-known/exhibit-headers.json';
/** Sent when the build wrote no headers file. */
export const FALLBACK_HEADERS = Object.freeze({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' });

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
 * Answers a request Node could not parse (malformed, headers too large, timed out) with the security headers
 * too, instead of Node's bare reply.
 * @param {Record<string, string>} securityHeaders
 * @returns {(err: NodeJS.ErrnoException, socket: import('node:stream').Duplex) => void}
 */
export function clientErrorHandler(securityHeaders) {
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

