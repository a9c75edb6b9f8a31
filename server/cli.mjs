#!/usr/bin/env node
// Booth server (`npm start`): builds the exhibit if the build is missing or older than its sources, then serves
// dist/ over HTTPS on every interface for the headsets (self-signed certificate kept in .booth/) and over plain
// HTTP on 127.0.0.1 for the booth laptop's own browser, with the live link and the staff console, and prints
// the URLs, the console PIN and a QR code for booth staff.
//
//   node server/cli.mjs [--no-build] [--https-port N] [--http-port N] [--dist DIR] [--pin N] [--quiet]
//
// Ports also come from PORT_HTTPS / PORT_HTTP (flags win); defaults 8443 and 8080. The server is
// server/index.mjs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { bannerText } from './banner.mjs';
import { buildReason, runBuild } from './build.mjs';
import { createBoothServer } from './index.mjs';
import { validPin } from './live/guards.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultDist = path.join(repoRoot, 'dist');
const certDir = path.join(repoRoot, '.booth');

const usage = `Usage: npm start -- [options]   (or node server/cli.mjs [options])
  --no-build         serve the existing build as it is (never run vite build)
  --https-port N     HTTPS port for the headsets (default 8443, or PORT_HTTPS)
  --http-port N      plain-HTTP port on 127.0.0.1 for this laptop (default 8080, or PORT_HTTP)
  --dist DIR         folder to build into and serve (default dist/)
  --pin N            the staff console PIN, 6 to 12 digits (default: a new random one each start)
  --quiet            no banner and no live-link log
  --no-analytics     record no booth analytics (the exhibit behaves the same)
  --analytics-db F   the analytics database file (default .booth/analytics.db)
  --retention-days N days of analytics kept (default 180)
  --public-url URL   where the exhibit is published (https://...), for the "continue on your phone" QR code
  -h, --help         this text`;

/** @param {string} message */
function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      'https-port': { type: 'string' },
      'http-port': { type: 'string' },
      dist: { type: 'string' },
      pin: { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'no-analytics': { type: 'boolean', default: false },
      'analytics-db': { type: 'string' },
      'retention-days': { type: 'string' },
      'public-url': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (e) {
  fail(`${/** @type {Error} */ (e).message}\n${usage}`, 2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}

/**
 * A port from a flag, else an environment variable, else the default.
 * @param {string | undefined} flagValue
 * @param {string} flag
 * @param {string} envName
 * @param {number} fallback
 */
function port(flagValue, flag, envName, fallback) {
  const raw = flagValue ?? process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n > 65535) fail(`Invalid port "${raw}" (from ${flagValue !== undefined ? flag : envName}): use a number from 0 to 65535.`, 2);
  return n;
}
const httpsPort = port(args['https-port'], '--https-port', 'PORT_HTTPS', 8443);
const httpPort = port(args['http-port'], '--http-port', 'PORT_HTTP', 8080);
if (httpsPort !== 0 && httpsPort === httpPort) fail(`The HTTPS and HTTP ports must differ (both ${httpsPort}).`, 2);
if (args.pin !== undefined && !validPin(args.pin)) fail(`Invalid PIN "${args.pin}": use 6 to 12 digits.`, 2);
const quiet = args.quiet;
const retentionDays = args['retention-days'] === undefined ? undefined : Number(args['retention-days']);
if (retentionDays !== undefined && !(Number.isInteger(retentionDays) && retentionDays >= 1 && retentionDays <= 3650))
  fail(`Invalid --retention-days "${args['retention-days']}": use a whole number of days from 1 to 3650.`, 2);
const publicUrl = args['public-url'];
if (publicUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(publicUrl)) fail(`Invalid --public-url "${publicUrl}": use a full http(s):// URL.`, 2);
/** Booth analytics (issue 17), on unless --no-analytics. */
const analytics = args['no-analytics']
  ? undefined
  : { file: path.resolve(args['analytics-db'] ?? path.join(certDir, 'analytics.db')), retentionDays, contentDir: path.join(repoRoot, 'src', 'content', 'data') };
const distDir = args.dist ? path.resolve(args.dist) : defaultDist;
const distIndex = path.join(distDir, 'index.html');
/** @param {string} p A path, relative to the repository when inside it. */
const shown = (p) => (path.relative(repoRoot, p).startsWith('..') ? p : path.relative(repoRoot, p));

if (!args['no-build']) {
  const reason = buildReason(repoRoot, distDir);
  if (reason) {
    if (!quiet) console.log(`Building the exhibit (${reason})...`);
    const error = runBuild(repoRoot, distDir, defaultDist);
    if (error) fail(error);
  }
}
if (!existsSync(distIndex)) fail(`Nothing to serve: ${distIndex} does not exist. Run without --no-build to build the app first.`);

/** @type {import('./index.d.mts').BoothServer} */
let server;
try {
  server = await createBoothServer({
    distDir,
    certDir,
    httpsPort,
    httpPort,
    pin: args.pin,
    analytics,
    publicUrl,
    onWarning: (m) => console.warn(`Warning: ${m}`),
    log: quiet ? () => {} : (line) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`),
  });
} catch (e) {
  const err = /** @type {NodeJS.ErrnoException & { listener?: string, port?: number }} */ (e);
  const which = err.listener === 'http' ? { name: 'HTTP (this laptop)', flag: '--http-port', env: 'PORT_HTTP' } : { name: 'HTTPS (headsets)', flag: '--https-port', env: 'PORT_HTTPS' };
  if (err.code === 'EADDRINUSE')
    fail(`Port ${err.port} is already in use, so the ${which.name} server can't start: stop the other server or choose another port with ${which.flag} N (or ${which.env}=N).`);
  if (err.code === 'EACCES')
    fail(`Not allowed to listen on port ${err.port} for the ${which.name} server: choose a port above 1023 with ${which.flag} N (or ${which.env}=N).`);
  fail(`The booth server could not start: ${err.message}`);
}

if (!quiet) console.log(await bannerText(server, { distDir, certDirShown: shown(certDir) }));

let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) process.exit(1); // a second Ctrl+C: don't wait
  stopping = true;
  if (!quiet) console.log(`\nStopping the booth server (${signal})...`);
  setTimeout(() => process.exit(0), 5000).unref();
  server.close().then(() => process.exit(0));
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
