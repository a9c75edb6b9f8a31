/**
 * The build's JavaScript, for the benchmark and the budget tests: what loads before the first picture
 * (index.html's module scripts and modulepreloads and their static imports, transitively), what loads later
 * (`import()`), and everything the build ships, each gzipped at level 9. The files are read through a reader
 * (over HTTP from a server, or from the build folder), so both measure the same thing the same way.
 */
import { readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dynamicImports, staticImports } from './js-imports.mjs';

/** Gzipped size at level 9. */
export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;

const rel = (p) => posix.normalize(p.replace(/^\.\//, ''));

/** index.html's module scripts and modulepreloads, as paths relative to the build's root. */
export function htmlScripts(html) {
  const entries = [...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map((m) => rel(m[1]));
  const preloads = [...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)].map((m) => rel(m[1]));
  return { entries, preloads };
}

/** Reads build files over HTTP from `base` (ending in `/`). */
export const httpReader = (base) => async (path) => {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`GET ${path}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
};

/** Reads build files from a folder. */
export const folderReader = (dir) => (path) => readFile(join(dir, path));

/**
 * Follows index.html's import graph and the service worker's file lists. `allJs`, when given (every .js of a
 * build folder), is the total; otherwise the total is what the graph and the worker's lists reach, plus sw.js.
 */
export async function buildJs(read, { allJs } = {}) {
  const cache = new Map();
  const get = async (path) => {
    if (!cache.has(path)) cache.set(path, await read(path));
    return cache.get(path);
  };
  const { entries, preloads } = htmlScripts((await get('index.html')).toString('utf8'));
  if (!entries.length) throw new Error('index.html has no module script');
  const crawl = async (start, follow) => {
    const seen = new Set();
    const queue = [...start];
    while (queue.length) {
      const f = queue.shift();
      if (seen.has(f)) continue;
      seen.add(f);
      const code = (await get(f)).toString('utf8');
      for (const s of follow(code)) queue.push(rel(posix.join(posix.dirname(f), s)));
    }
    return seen;
  };
  const start = [...entries, ...preloads];
  const initial = await crawl(start, staticImports);
  const graph = await crawl(start, (code) => [...staticImports(code), ...dynamicImports(code)]);
  let all = allJs;
  if (!all) {
    // The service worker's lists name the .js files no import reaches.
    const sw = (await get('sw.js')).toString('utf8');
    const listed = [...sw.matchAll(/["']\.\/([^"'\s]+\.js)["']/g)].map((m) => rel(m[1]));
    all = [...new Set([...graph, ...listed, 'sw.js'])];
  }
  const sizes = new Map();
  const size = async (f) => {
    if (!sizes.has(f)) {
      const buf = await get(f);
      sizes.set(f, { bytes: buf.length, gzip: gzipSize(buf) });
    }
    return sizes.get(f);
  };
  const set = async (files) => {
    const list = [...files].sort();
    const each = await Promise.all(list.map(size));
    return { files: list, bytes: each.reduce((a, x) => a + x.bytes, 0), gzip: each.reduce((a, x) => a + x.gzip, 0) };
  };
  const perFile = {};
  for (const f of [...all].sort()) perFile[f] = { ...(await size(f)), initial: initial.has(f) };
  return {
    entries,
    initial: await set(initial),
    total: await set(all),
    lazy: [...graph].filter((f) => !initial.has(f)).sort(),
    perFile,
  };
}
