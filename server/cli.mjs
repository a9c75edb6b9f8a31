#!/usr/bin/env node
// Booth server (`npm start`): builds the exhibit if the build is missing or older than its sources, then serves
// dist/ over HTTPS on every interface for the headsets (self-signed certificate kept in .booth/) and over plain
// HTTP on 127.0.0.1 for the booth laptop's own browser, and prints the URLs and a QR code for booth staff.
//
//   node scripts/booth-server.mjs [--no-build] [--https-port N] [--http-port N] [--dist DIR] [--quiet]
//
// Ports also come from PORT_HTTPS / PORT_HTTP (flags win); defaults 8443 and 8080. The logic lives in
// scripts/booth/server-core.mjs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { createBoothServer } from './booth/server-core.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const defaultDist = path.join(repoRoot, 'dist');
const certDir = path.join(repoRoot, '.booth');

const usage = `Usage: node scripts/booth-server.mjs [options]
  --no-build         serve the existing build as it is (never run vite build)
  --https-port N     HTTPS port for the headsets (default 8443, or PORT_HTTPS)
  --http-port N      plain-HTTP port on 127.0.0.1 for this laptop (default 8080, or PORT_HTTP)
  --dist DIR         folder to build into and serve (default dist/)
  --quiet            no banner
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
      quiet: { type: 'boolean', default: false },
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
const quiet = args.quiet;
const distDir = args.dist ? path.resolve(args.dist) : defaultDist;
const distIndex = path.join(distDir, 'index.html');

/**
 * The newest modification time under a file or folder (0 if it does not exist); skips src/generated/, which
 * the build itself writes.
 * @param {string} p
 * @returns {{ mtimeMs: number, file: string }}
 */
function newest(p) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return { mtimeMs: 0, file: p };
  }
  if (!st.isDirectory()) return { mtimeMs: st.mtimeMs, file: p };
  let best = { mtimeMs: 0, file: p };
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    const child = path.join(p, entry.name);
    if (entry.name === 'node_modules' || child === path.join(repoRoot, 'src', 'generated')) continue;
    const n = newest(child);
    if (n.mtimeMs > best.mtimeMs) best = n;
  }
  return best;
}

/** @param {string} p A path, relative to the repository when inside it. */
const shown = (p) => (path.relative(repoRoot, p).startsWith('..') ? p : path.relative(repoRoot, p));

/** Why the app must be built first, or null when the build is up to date. */
function buildReason() {
  if (!existsSync(distIndex)) return `no build at ${shown(distIndex)}`;
  const built = statSync(distIndex).mtimeMs;
  // The build's inputs: the app, its static files and config, the dependencies, and the Vite plugins and
  // modules under scripts/ (*.ts; the .mjs tools there are not part of the build).
  const scriptsDir = path.join(repoRoot, 'scripts');
  const buildScripts = existsSync(scriptsDir) ? readdirSync(scriptsDir).filter((f) => f.endsWith('.ts')).map((f) => path.join('scripts', f)) : [];
  const inputs = ['src', 'public', 'index.html', 'vite.config.ts', 'package-lock.json', 'package.json', ...buildScripts];
  for (const input of inputs) {
    const n = newest(path.join(repoRoot, input));
    if (n.mtimeMs > built) return `${shown(n.file)} changed since the last build`;
  }
  return null;
}

if (!args['no-build']) {
  const reason = buildReason();
  if (reason) {
    if (!quiet) console.log(`Building the exhibit (${reason})...`);
    const buildArgs = ['vite', 'build', ...(distDir === defaultDist ? [] : ['--outDir', distDir])];
    const result = spawnSync('npx', buildArgs, {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
      shell: process.platform === 'win32',
    });
    if (result.error) fail(`Could not run the build (npx ${buildArgs.join(' ')}): ${result.error.message}`);
    if (result.status !== 0) fail(`The build failed (see above). Fix it, or serve the previous build with --no-build.`);
  }
}
if (!existsSync(distIndex)) fail(`Nothing to serve: ${distIndex} does not exist. Run without --no-build to build the app first.`);

/** @type {import('./booth/server-core.mjs').BoothServer} */
let server;
try {
  server = await createBoothServer({ distDir, certDir, httpsPort, httpPort, onWarning: (m) => console.warn(`Warning: ${m}`) });
} catch (e) {
  const err = /** @type {NodeJS.ErrnoException & { listener?: string, port?: number }} */ (e);
  const which = err.listener === 'http' ? { name: 'HTTP (this laptop)', flag: '--http-port', env: 'PORT_HTTP' } : { name: 'HTTPS (headsets)', flag: '--https-port', env: 'PORT_HTTPS' };
  if (err.code === 'EADDRINUSE')
    fail(`Port ${err.port} is already in use, so the ${which.name} server can't start: stop the other server or choose another port with ${which.flag} N (or ${which.env}=N).`);
  if (err.code === 'EACCES')
    fail(`Not allowed to listen on port ${err.port} for the ${which.name} server: choose a port above 1023 with ${which.flag} N (or ${which.env}=N).`);
  fail(`The booth server could not start: ${err.message}`);
}

if (!quiet) {
  const { urls, certificate } = server;
  const out = [''];
  out.push('  Exhibit booth server is running');
  out.push(`  Serving ${distDir}`);
  out.push('');
  out.push(`  On this laptop:  ${urls.local}`);
  if (urls.lan.length) {
    out.push('  On headsets (same Wi-Fi / LAN as this laptop):');
    for (const url of urls.lan) out.push(`    ${url}`);
    out.push('');
    let qr = '';
    try {
      qr = await QRCode.toString(urls.lan[0] ?? '', { type: 'terminal', small: true });
    } catch {
      qr = '  (could not draw the QR code)\n';
    }
    out.push(`  Scan to open ${urls.lan[0]}:`);
    out.push(qr.replace(/\n$/, ''));
    out.push('  First visit on each headset: the browser warns about the self-signed certificate; choose Advanced → Proceed.');
  } else {
    out.push('  No LAN address found: connect this laptop to the booth network and restart to serve headsets.');
    out.push('  Until then only this laptop can open the exhibit.');
  }
  out.push('');
  out.push(
    certificate.generated
      ? `  New self-signed certificate (${certificate.reason}); headsets must accept it once.`
      : `  Certificate reused from ${shown(certDir)}/ (valid until ${certificate.validTo.toISOString().slice(0, 10)}).`,
  );
  out.push(`  SHA-256 fingerprint: ${certificate.fingerprint256}`);
  out.push('  Press Ctrl+C to stop.');
  out.push('');
  console.log(out.join('\n'));
}

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
