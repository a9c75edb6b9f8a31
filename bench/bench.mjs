#!/usr/bin/env node
/**
 * Performance benchmark of the production build: `node bench/bench.mjs [--runs N] [--out FILE] [--quiet]`.
 *
 * Builds the app into a temporary folder (never `dist/`), serves it with `vite preview` on a free local port,
 * measures it in headless Chromium (system Chromium, CHROME_PATH overrides; software WebGL), prints a table
 * and writes `bench/results.json`. Every figure is the median of N runs (default 3). What each figure means
 * and how it is measured: bench/README.md.
 *
 * The runs are in desktop-run.mjs and vr-run.mjs, the table in report.mjs. The measuring itself (in-page probe,
 * network log, the build's JavaScript, the emulated headset, the idle wait) is in measure/, shared with the
 * budget tests (tests/e2e/budgets.test.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../measure/chromium.mjs';
import { analyseBuild } from './build-figures.mjs';
import { headsetFirstVisit } from '../measure/first-visit.mjs';
import { desktopRun, VIEWPORT } from './desktop-run.mjs';
import { machine, printTable } from './report.mjs';
import { countResponseBytes } from './server-bytes.mjs';
import { medianOf } from './stats.mjs';
import { vrRun } from './vr-run.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    out: { type: 'string', default: join(root, 'bench', 'results.json') },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log('Usage: node bench/bench.mjs [--runs N] [--out FILE] [--quiet]\n  --runs N   runs per figure (median reported), default 3\n  --out FILE JSON results, default bench/results.json\n  --quiet    no progress lines');
  process.exit(0);
}
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 50) {
  console.error(`--runs must be an integer from 1 to 50, got "${args.runs}"`);
  process.exit(2);
}
const t0 = Date.now();
const log = (msg) => {
  if (!args.quiet) console.error(`[bench ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
};

async function main() {
  const started = Date.now();
  // Vite's build takes NODE_ENV over its mode: make sure React's production build is bundled.
  process.env.NODE_ENV = 'production';
  const { build, preview } = await import('vite');
  const outDir = mkdtempSync(join(os.tmpdir(), 'exhibit-bench-'));
  let server;
  let browser;
  try {
    log(`building into ${outDir}`);
    await build({ root, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    const analysis = await analyseBuild(outDir);
    // Server-side count of response bytes (after compression) as a cross-check of the browser's figures.
    const serverLog = [];
    const countBytes = countResponseBytes(serverLog);
    server = await preview({ root, logLevel: 'warn', plugins: [countBytes], build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report a local URL');
    const base = url.endsWith('/') ? url : `${url}/`;
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
    const perRun = [];
    for (let i = 0; i < runs; i++) {
      log(`run ${i + 1}/${runs}: desktop`);
      const desktop = await desktopRun(browser, base, analysis, serverLog);
      log(`run ${i + 1}/${runs}: VR (emulated Quest 3, stereo)`);
      const vr = await vrRun(browser, base, log);
      log(`run ${i + 1}/${runs}: headset first visit (emulated Quest 3, fresh browser, until offline-ready)`);
      const headset = await headsetFirstVisit(browser, base);
      perRun.push({ desktop, vr, headset });
    }
    const result = {
      date: new Date().toISOString(),
      runs,
      machine: machine(browser.version()),
      viewport: VIEWPORT,
      build: {
        files: analysis.files,
        bytes: analysis.buildBytes,
        initialJs: analysis.initialJs,
        totalJs: analysis.totalJs,
        lazyJs: analysis.lazyJs,
        perFile: analysis.perFile,
      },
      median: medianOf(perRun),
      perRun,
      seconds: Math.round((Date.now() - started) / 1000),
    };
    const table = printTable(result);
    mkdirSync(dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify({ ...result, table: table.split('\n') }, null, 2)}\n`);
    console.log(table);
    console.log(`\nWrote ${relative(process.cwd(), args.out) || args.out} in ${result.seconds} s.`);
  } finally {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
    if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
