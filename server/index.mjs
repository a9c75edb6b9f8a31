/**
 * The booth server: serves the built exhibit (a static `dist/` folder) over HTTPS on every interface, for the
 * headsets on the booth LAN, and over plain HTTP on 127.0.0.1 only, for the booth laptop's own browser (WebXR
 * needs a secure context; localhost is one, a LAN address is not). Both carry the live link (`/live`, see
 * docs/live-protocol.md) and the operator console (`/console`), guarded by a PIN.
 *
 * Modules: tls (certificate), headers (security headers), static + mime + gzip-cache (files), app (routes),
 * listen (bind/stop), network (LAN addresses), banner (what `npm start` prints), build (rebuild when stale),
 * cli (`npm start`), live/ (the live link). Plain Node ESM, no build step; types in the .d.mts files.
 */
import { realpath } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { createRequestHandler } from './app.mjs';
import { clientErrorHandler, loadSecurityHeaders } from './headers.mjs';
import { closeServer, listen } from './listen.mjs';
import { createCommandHandler } from './live/http-command.mjs';
import { createHub } from './live/hub.mjs';
import { limitedLog, newPin, pinGuard, validPin } from './live/guards.mjs';
import { createLiveSocket } from './live/socket.mjs';
import { lanAddresses, urlHost } from './network.mjs';
import { createStaticHandler } from './static.mjs';
import { createAnalytics } from './analytics/index.mjs';
import { ensureCertificate } from './tls.mjs';

export { CERT_RENEW_DAYS, CERT_VALIDITY_DAYS, ensureCertificate } from './tls.mjs';
export { FALLBACK_HEADERS, HEADERS_FILE, loadSecurityHeaders } from './headers.mjs';
export { MIME_TYPES } from './mime.mjs';
export { acceptsGzip, resolveRequestPath } from './static.mjs';
export { lanAddresses } from './network.mjs';

/**
 * Creates the booth server (types and options: index.d.mts). Rejects with the listen error, with `listener`
 * ('https' | 'http') and `port` added, when a port can't be bound.
 * @param {import('./index.d.mts').BoothServerOptions} options
 * @returns {Promise<import('./index.d.mts').BoothServer>}
 */
export async function createBoothServer({ distDir, certDir, httpsPort = 8443, httpPort = 8080, host, ips, onWarning = (m) => console.warn(m), pin, live = true, log, helloTimeoutMs, analytics: analyticsOptions, publicUrl }) {
  if (pin !== undefined && !validPin(pin)) throw new Error(`The PIN must be 6 to 12 digits (got ${JSON.stringify(pin)}).`);
  const thePin = pin ?? newPin();
  let root;
  try {
    root = await realpath(path.resolve(distDir));
  } catch {
    throw new Error(`The folder to serve does not exist: ${path.resolve(distDir)}`);
  }
  // The analytics file is never served: it may not live under the served folder (issue 17).
  if (analyticsOptions && (path.resolve(analyticsOptions.file) + path.sep).startsWith(root + path.sep))
    throw new Error(`The analytics database must not be inside the served folder ${root}: ${analyticsOptions.file}`);
  const { headers, fromBuild, warning } = await loadSecurityHeaders(root);
  if (warning) onWarning(warning);

  const lan = ips ?? lanAddresses();
  const certificate = await ensureCertificate(certDir, ['localhost'], lan);

  const write = log ?? ((l) => console.log(l));
  const checkPin = pinGuard(thePin);
  const hub = createHub();
  // Analytics (issue 17): only with the live link, and only when asked for (npm start does, unless --no-analytics).
  const analytics =
    live && analyticsOptions
      ? createAnalytics({ log: limitedLog(write), inHeadsetsNow: () => hub.list().filter((d) => d.connected && d.report?.xr).length, publicUrl, ...analyticsOptions })
      : null;
  // The console's actions are counted too: the socket and the HTTP endpoint get a hub whose command records them.
  const liveHub = analytics ? { ...hub, command: (/** @type {import('./live/schema.d.mts').Command} */ c) => recordCommand(hub.command(c), c.action) } : hub;
  const recordCommand = (/** @type {ReturnType<typeof hub.command>} */ ack, /** @type {string} */ action) => {
    if (ack.ok) analytics?.consoleAction(action);
    return ack;
  };
  const socket = live ? createLiveSocket({ hub: liveHub, checkPin, log: write, helloTimeoutMs, analytics: analytics?.ingest }) : null;
  /** @type {{ lan: string[] }} */
  const boothInfo = { lan: [] };
  const handler = createRequestHandler({
    securityHeaders: headers,
    serveStatic: createStaticHandler(root),
    boothInfo,
    command: live ? createCommandHandler({ hub: liveHub, checkPin, log: limitedLog(write) }) : null,
    boothExtra: { ...(analytics ? { analytics: true } : {}), ...(publicUrl ? { publicUrl } : {}) },
    analytics: analytics?.routes(checkPin) ?? null,
  });
  const httpsServer = https.createServer({ key: certificate.key, cert: certificate.cert }, handler);
  const httpServer = http.createServer(handler);
  for (const server of [httpsServer, httpServer]) server.on('clientError', clientErrorHandler(headers));
  socket?.attach(httpsServer, 'https');
  socket?.attach(httpServer, 'http');

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
    await socket?.close();
    hub.close();
    await analytics?.close();
    await Promise.all([closeServer(httpsServer), closeServer(httpServer)]);
    throw e;
  }

  const wildcard = host === undefined || host === '0.0.0.0' || host === '::';
  const loopback = host !== undefined && (host === 'localhost' || host === '::1' || host.startsWith('127.'));
  const lanUrlHosts = wildcard ? lan : loopback ? [] : [host];
  boothInfo.lan = lanUrlHosts.map((ip) => `https://${urlHost(ip)}:${boundHttps}/`);

  /** @type {Promise<void> | null} */
  let closing = null;
  const stop = async () => {
    // Live sockets first: an upgraded connection no longer belongs to its HTTP server's bookkeeping.
    await socket?.close();
    hub.close();
    await Promise.all([closeServer(httpsServer), closeServer(httpServer)]);
    await analytics?.close();
  };
  return {
    https: httpsServer,
    http: httpServer,
    close: () => (closing ??= stop()),
    urls: {
      local: `http://localhost:${boundHttp}/`,
      localHttps: `https://localhost:${boundHttps}/`,
      lan: [...boothInfo.lan],
    },
    certificate,
    headers,
    headersFromBuild: fromBuild,
    pin: thePin,
    hub,
    analytics,
  };
}

/**
 * Starts the booth server for a test or a script: 127.0.0.1 only, free ports by default, quiet by default.
 * @param {import('./index.d.mts').StartOptions} options
 * @returns {Promise<import('./index.d.mts').StartedBoothServer>}
 */
export async function startBoothServer({ dist, certDir, httpsPort = 0, httpPort = 0, pin, quiet = true, helloTimeoutMs, analytics, publicUrl }) {
  const server = await createBoothServer({
    distDir: dist,
    certDir,
    httpsPort,
    httpPort,
    host: '127.0.0.1',
    ips: [],
    pin,
    helloTimeoutMs,
    analytics,
    publicUrl,
    log: quiet ? () => {} : undefined,
    onWarning: quiet ? () => {} : undefined,
  });
  const portOf = (/** @type {import('node:net').Server} */ s) => /** @type {import('node:net').AddressInfo} */ (s.address()).port;
  const httpsUrl = `https://127.0.0.1:${portOf(server.https)}/`;
  const httpUrl = `http://127.0.0.1:${portOf(server.http)}/`;
  return { httpsUrl, httpUrl, pin: server.pin, consoleUrl: `${httpsUrl}console?pin=${server.pin}`, server, close: () => server.close() };
}
