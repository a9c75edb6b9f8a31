/** An in-memory cache of gzipped files for the static handler, bounded in total size. Types: none (internal). */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gzip = promisify(zlib.gzip);

/** Files larger than this are streamed as they are, never gzipped (and never held in memory). */
export const MAX_GZIP_INPUT = 32 * 1024 * 1024;
/** Upper bound on the cache's total size; least recently used entries are dropped first. */
const MAX_GZIP_CACHE = 128 * 1024 * 1024;

/**
 * A function giving the gzipped bytes of an open file, cached while its size and mtime are unchanged.
 * @returns {(file: string, fh: import('node:fs/promises').FileHandle, st: import('node:fs').Stats) => Promise<Buffer>}
 */
export function createGzipCache() {
  /** @type {Map<string, { size: number, mtimeMs: number, bytes: number, data: Promise<Buffer> }>} */
  const gzipCache = new Map();
  let gzipCacheBytes = 0;

  /**
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

  return gzipped;
}
