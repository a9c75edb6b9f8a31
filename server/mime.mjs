/** Content types for the static files, and which of them are worth gzipping. Types: mime.d.mts. */

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

/** For extensions not listed above. */
export const UNKNOWN_TYPE = Object.freeze({ type: 'application/octet-stream', gzip: false });
