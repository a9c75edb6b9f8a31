/**
 * Vite plugin: writes `sw.js` with the list of every file the build emitted, split into the core (what the
 * first picture needs: page, scripts, styles, fonts, manifest, icons) and extras (controller profiles and
 * models, cached in the background after the first picture). The version is a hash of the list, so each
 * build gets its own cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

const template = () => readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');

/** Whether an emitted file belongs in the background (VR-only) precache. */
export const isExtra = (file: string): boolean => file.startsWith('xr-profiles/');
/** Files never precached: source maps, the server's header file, the worker itself. */
const skip = (file: string) => file.endsWith('.map') || file.startsWith('.well-known/') || file === 'sw.js';

/** Files in Vite's public folder (copied into the build as they are, so not in the bundle). */
function publicFiles(dir: string): string[] {
  if (!dir || !existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out;
}

/** The plugin (build only). */
export function serviceWorker(): Plugin {
  let publicDir = '';
  return {
    name: 'exhibit-service-worker',
    apply: 'build',
    // After Vite's own HTML plugin, so index.html is in the bundle too.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_, bundle) {
      const fromPublic = publicFiles(publicDir).filter((f) => !skip(f));
      const files = [...Object.keys(bundle).filter((f) => !skip(f)), ...fromPublic];
      const core = [...new Set(['./', './index.html', ...files.filter((f) => !isExtra(f)).map((f) => `./${f}`)])].sort();
      const extra = files.filter(isExtra).map((f) => `./${f}`).sort();
      const hash = createHash('sha256');
      for (const f of files.sort()) {
        const item = bundle[f];
        hash.update(f);
        if (!item) hash.update(readFileSync(join(publicDir, f)));
        else hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const version = hash.digest('hex').slice(0, 12);
      const source = template().replace('__VERSION__', version).replace('__CORE__', JSON.stringify(core)).replace('__EXTRA__', JSON.stringify(extra)); // file names hold no quotes
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
