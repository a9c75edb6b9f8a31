/**
 * The booth server (server/) against a small fake build in a temporary folder: no real
 * Vite build. Every request goes to 127.0.0.1 only, over HTTPS that trusts the generated certificate (`ca`) with
 * verification on, so the certificate is checked for its 127.0.0.1 address too.
 */
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import { gunzipSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoothServer, ensureCertificate, lanAddresses, type BoothServer } from '../../server/index.mjs';

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'self'";
const SECURITY = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'xr-spatial-tracking=(self), camera=()',
};
const SECRET = 'BOOTH-TEST-SECRET-OUTSIDE-DIST';

const INDEX_HTML = `<!doctype html><html><head><title>Exhibit</title></head><body>${'<p>Laoshan VR park exhibit</p>'.repeat(80)}</body></html>`;
const APP_JS = `export const pavilions = [${Array.from({ length: 200 }, (_, i) => `"pavilion-${i}"`).join(',')}];\n`;
const WOFF2 = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
const GLB = Buffer.concat([Buffer.from('glTF'), Buffer.alloc(2048, 1)]);

let tmp: string;
let distDir: string;
let certDir: string;
let server: BoothServer;
const started: BoothServer[] = [];

async function start(options: Partial<Parameters<typeof createBoothServer>[0]> = {}): Promise<BoothServer> {
  const s = await createBoothServer({ distDir, certDir, httpsPort: 0, httpPort: 0, host: '127.0.0.1', ips: [], ...options });
  started.push(s);
  return s;
}

const httpsPort = (s: BoothServer) => (s.https.address() as { port: number }).port;
const httpPort = (s: BoothServer) => (s.http.address() as { port: number }).port;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  authorized: boolean;
}

/** One request over verified HTTPS to 127.0.0.1 (the target is sent exactly as given, no normalising). */
function get(target: string, { method = 'GET', headers = {}, s = server }: { method?: string; headers?: Record<string, string>; s?: BoothServer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      { host: '127.0.0.1', port: httpsPort(s), path: target, method, headers, ca: s.certificate.cert, agent: false, timeout: 5000 },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), authorized: (res.socket as TLSSocket).authorized }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timed out: ${target}`)));
    req.on('error', reject);
    req.end();
  });
}

function expectSecurityHeaders(r: Reply, what: string) {
  for (const [name, value] of Object.entries(SECURITY)) expect(r.headers[name.toLowerCase()], `${name} on ${what}`).toBe(value);
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'booth-server-test-'));
  distDir = join(tmp, 'dist');
  certDir = join(tmp, 'cert');
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  mkdirSync(join(distDir, '.well-known'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), INDEX_HTML);
  writeFileSync(join(distDir, 'sw.js'), "self.addEventListener('fetch', () => {});\n");
  writeFileSync(join(distDir, 'assets', 'app-abc123.js'), APP_JS);
  writeFileSync(join(distDir, 'assets', 'font-abc123.woff2'), WOFF2);
  writeFileSync(join(distDir, 'assets', 'model-abc123.glb'), GLB);
  writeFileSync(join(distDir, '.well-known', 'exhibit-headers.json'), JSON.stringify({ headers: SECURITY }));
  // What a traversal out of dist/ would reach.
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: SECRET }));
  writeFileSync(join(tmp, 'secret.txt'), SECRET);
  server = await start();
});

afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('booth server: static files over HTTPS', () => {
  it('serves index.html for / with a certificate valid for 127.0.0.1 (verification on)', async () => {
    const r = await get('/');
    expect(r.authorized).toBe(true);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^text\/html/);
    expect(r.headers['cache-control']).toBe('no-cache');
    expect(r.body.toString()).toBe(INDEX_HTML);
    expect(server.urls.localHttps).toBe(`https://localhost:${httpsPort(server)}/`);
    expect(server.urls.lan).toEqual([]); // bound to 127.0.0.1 only
  });

  it('gives hashed assets a JavaScript type and immutable caching; sw.js gets no-cache', async () => {
    const js = await get('/assets/app-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(js.body.toString()).toBe(APP_JS);
    const sw = await get('/sw.js');
    expect(sw.headers['cache-control']).toBe('no-cache');
  });

  it('sends fonts and models with their types, never gzipped', async () => {
    const font = await get('/assets/font-abc123.woff2', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(font.headers['content-type']).toBe('font/woff2');
    expect(font.headers['content-encoding']).toBeUndefined();
    expect(font.body.equals(WOFF2)).toBe(true);
    const glb = await get('/assets/model-abc123.glb', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(glb.headers['content-type']).toBe('model/gltf-binary');
    expect(glb.headers['content-encoding']).toBeUndefined();
    expect(glb.body.equals(GLB)).toBe(true);
  });

  it('gzips compressible files for clients that accept gzip, with Vary: Accept-Encoding', async () => {
    const gz = await get('/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(Number(gz.headers['content-length'])).toBe(gz.body.length);
    expect(gz.body.length).toBeLessThan(INDEX_HTML.length);
    expect(gunzipSync(gz.body).toString()).toBe(INDEX_HTML);
    // Served again from the in-memory cache: same bytes.
    const again = await get('/', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(again.body.equals(gz.body)).toBe(true);

    const plain = await get('/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['vary']).toMatch(/Accept-Encoding/i);
    const refused = await get('/', { headers: { 'Accept-Encoding': 'gzip;q=0, br' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
  });

  it('answers 304 to a matching If-None-Match, per encoding', async () => {
    const first = await get('/assets/app-abc123.js');
    const etag = first.headers['etag']!;
    expect(etag).toBeTruthy();
    const cached = await get('/assets/app-abc123.js', { headers: { 'If-None-Match': etag } });
    expect(cached.status).toBe(304);
    expect(cached.body.length).toBe(0);
    expect(cached.headers['etag']).toBe(etag);

    const gz = await get('/assets/app-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['etag']).not.toBe(etag);
    const gzCached = await get('/assets/app-abc123.js', { headers: { 'Accept-Encoding': 'gzip', 'If-None-Match': gz.headers['etag']! } });
    expect(gzCached.status).toBe(304);
    const stale = await get('/assets/app-abc123.js', { headers: { 'If-None-Match': '"something-else"' } });
    expect(stale.status).toBe(200);
  });

  it('answers HEAD with headers only', async () => {
    const r = await get('/assets/app-abc123.js', { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(Number(r.headers['content-length'])).toBe(Buffer.byteLength(APP_JS));
    expect(r.body.length).toBe(0);
  });

  it('404s a missing file with a short plain-text body, not index.html (hash routing)', async () => {
    for (const target of ['/missing.html', '/pavilion/goertek', '/assets/app-zzz999.js', '/assets/']) {
      const r = await get(target);
      expect(r.status, target).toBe(404);
      expect(r.headers['content-type'], target).toMatch(/^text\/plain/);
      expect(r.body.toString(), target).not.toContain('<html');
      expect(r.body.length, target).toBeLessThan(100);
      expectSecurityHeaders(r, target);
    }
  });

  it('tells the page its LAN addresses and the live link at /booth.json', async () => {
    const r = await get('/booth.json');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/application\/json/);
    expect(r.headers['cache-control']).toBe('no-store');
    expect(r.headers['content-security-policy']).toBeTruthy();
    // Bound to 127.0.0.1 only in this test: no LAN address to offer.
    expect(JSON.parse(r.body.toString())).toEqual({ lan: server.urls.lan, live: 'live' });
  });

  it('never serves the build headers file', async () => {
    for (const target of ['/.well-known/exhibit-headers.json', '/.well-known/exhibit-headers.json?x=1', '/%2ewell-known/exhibit-headers.json', '/.well-known//exhibit-headers.json']) {
      const r = await get(target);
      expect(r.status, target).toBe(404);
      expect(r.body.toString(), target).not.toContain('Content-Security-Policy');
    }
  });

  it('refuses path traversal and never reads outside dist/', async () => {
    const attempts = [
      '/../package.json',
      '/../secret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/%2e%2e/package.json',
      '/%2E%2E/secret.txt',
      '/assets/..%2f..%2fpackage.json',
      '/assets/..%2F..%2Fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..\\..\\secret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/%00',
      '/assets/%',
      '//etc/passwd',
      '/..',
      '/./index.html',
    ];
    for (const target of attempts) {
      const r = await get(target);
      expect([400, 404], target).toContain(r.status);
      const body = r.body.toString();
      expect(body, target).not.toContain(SECRET);
      expect(body, target).not.toContain('root:');
      expectSecurityHeaders(r, target);
    }
  });

  it('allows only GET and HEAD (405 with Allow)', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const r = await get('/', { method });
      expect(r.status, method).toBe(405);
      expect(r.headers['allow'], method).toBe('GET, HEAD');
      expectSecurityHeaders(r, method);
    }
  });

  it('sends the build security headers on every kind of response', async () => {
    const replies: [string, Reply][] = [
      ['200 html', await get('/')],
      ['200 asset', await get('/assets/model-abc123.glb')],
      ['200 gzip', await get('/', { headers: { 'Accept-Encoding': 'gzip' } })],
      ['404', await get('/nope')],
      ['400', await get('/../package.json')],
      ['405', await get('/', { method: 'POST' })],
    ];
    const etag = replies[0]![1].headers['etag']!;
    replies.push(['304', await get('/', { headers: { 'If-None-Match': etag } })]);
    expect(replies.map(([, r]) => r.status)).toEqual([200, 200, 200, 404, 400, 405, 304]);
    for (const [what, r] of replies) expectSecurityHeaders(r, what);
  });

  it('answers plain HTTP on 127.0.0.1', async () => {
    const port = httpPort(server);
    expect(server.urls.local).toBe(`http://localhost:${port}/`);
    expect(server.http.address()).toMatchObject({ address: '127.0.0.1' });
    const r = await new Promise<Reply>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/', agent: false, timeout: 5000 }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), authorized: false }));
      });
      req.on('timeout', () => req.destroy(new Error('timed out')));
      req.on('error', reject);
    });
    expect(r.status).toBe(200);
    expect(r.body.toString()).toBe(INDEX_HTML);
    expectSecurityHeaders(r, 'plain HTTP');
  });
});

describe('booth server: security headers fallback', () => {
  it('falls back to nosniff and no-referrer, with a warning, when the build wrote no headers file', async () => {
    const bare = join(tmp, 'bare-dist');
    mkdirSync(bare, { recursive: true });
    writeFileSync(join(bare, 'index.html'), '<!doctype html><title>bare</title>');
    const warnings: string[] = [];
    const s = await start({ distDir: bare, onWarning: (m) => warnings.push(m) });
    expect(s.headersFromBuild).toBe(false);
    expect(warnings.join('\n')).toMatch(/exhibit-headers\.json/);
    for (const target of ['/', '/missing']) {
      const r = await get(target, { s });
      expect(r.headers['x-content-type-options'], target).toBe('nosniff');
      expect(r.headers['referrer-policy'], target).toBe('no-referrer');
      expect(r.headers['content-security-policy'], target).toBeUndefined();
    }
  });
});

describe('booth server: certificate', () => {
  it('covers localhost and 127.0.0.1, is valid for at most 825 days, and is stored in certDir', () => {
    const x509 = new X509Certificate(readFileSync(join(certDir, 'cert.pem')));
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.checkHost('localhost')).toBe('localhost');
    expect(x509.checkIP('127.0.0.1')).toBe('127.0.0.1');
    const days = (Date.parse(x509.validTo) - Date.parse(x509.validFrom)) / 86_400_000;
    expect(days).toBeGreaterThan(700);
    expect(days).toBeLessThanOrEqual(825);
    expect(x509.fingerprint256).toBe(server.certificate.fingerprint256);
  });

  it('reuses the stored certificate on a second start', async () => {
    const before = readFileSync(join(certDir, 'cert.pem'), 'utf8');
    const second = await start();
    expect(second.certificate.generated).toBe(false);
    expect(second.certificate.fingerprint256).toBe(server.certificate.fingerprint256);
    expect(readFileSync(join(certDir, 'cert.pem'), 'utf8')).toBe(before);
    const r = await get('/', { s: second });
    expect(r.authorized).toBe(true);
  });

  it('makes a new certificate when its subjectAltName lacks a requested address (new venue), then keeps it', async () => {
    const dir = join(tmp, 'cert-venue');
    const first = await ensureCertificate(dir, ['localhost'], ['127.0.0.1']);
    expect(first.generated).toBe(true);
    const venue = await ensureCertificate(dir, ['localhost'], ['127.0.0.1', '10.123.45.67']);
    expect(venue.generated).toBe(true);
    expect(venue.reason).toMatch(/10\.123\.45\.67/);
    expect(venue.fingerprint256).not.toBe(first.fingerprint256);
    expect(new X509Certificate(readFileSync(join(dir, 'cert.pem'))).checkIP('10.123.45.67')).toBe('10.123.45.67');
    const again = await ensureCertificate(dir, ['localhost'], ['10.123.45.67']);
    expect(again.generated).toBe(false);
    expect(again.fingerprint256).toBe(venue.fingerprint256);
  });

  it('replaces an unreadable certificate and one that expires within 30 days', async () => {
    const dir = join(tmp, 'cert-bad');
    await ensureCertificate(dir);
    writeFileSync(join(dir, 'cert.pem'), 'not a certificate');
    const fixed = await ensureCertificate(dir);
    expect(fixed.generated).toBe(true);
    expect(new X509Certificate(readFileSync(join(dir, 'cert.pem'))).fingerprint256).toBe(fixed.fingerprint256);

    const soon = await generate([{ name: 'commonName', value: 'old' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      notAfterDate: new Date(Date.now() + 10 * 86_400_000),
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(join(dir, 'key.pem'), soon.private);
    writeFileSync(join(dir, 'cert.pem'), soon.cert);
    const renewed = await ensureCertificate(dir);
    expect(renewed.generated).toBe(true);
    expect(renewed.reason).toMatch(/expires/);
    expect(renewed.validTo.getTime()).toBeGreaterThan(Date.now() + 700 * 86_400_000);
  });
});

describe('booth server: startup', () => {
  it('rejects with EADDRINUSE, naming the listener and port, when a port is taken', async () => {
    const taken = httpPort(server);
    await expect(start({ httpPort: taken })).rejects.toMatchObject({ code: 'EADDRINUSE', listener: 'http', port: taken });
  });

  it('lists only non-internal IPv4 addresses, real interfaces first', () => {
    const iface = (address: string, family: 'IPv4' | 'IPv6', internal = false) =>
      ({ address, family, internal, netmask: '', mac: '', cidr: null, ...(family === 'IPv6' ? { scopeid: 0 } : {}) }) as never;
    expect(
      lanAddresses({
        lo: [iface('127.0.0.1', 'IPv4', true), iface('::1', 'IPv6', true)],
        docker0: [iface('172.17.0.1', 'IPv4')],
        eth0: [iface('169.254.3.4', 'IPv4')],
        wlan0: [iface('192.168.1.23', 'IPv4'), iface('fe80::1', 'IPv6'), iface('192.168.1.23', 'IPv4')],
      }),
    ).toEqual(['192.168.1.23', '172.17.0.1', '169.254.3.4']);
    expect(lanAddresses().every((a) => /^\d+\.\d+\.\d+\.\d+$/.test(a) && !a.startsWith('127.'))).toBe(true);
  });
});
