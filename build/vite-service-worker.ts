/**
 * Vite plugin: writes `sw.js` with the build's files in precache groups, so each device caches only what it
 * can use:
 * - `core`: what the desktop exhibit needs (page, scripts including its lazy chunks, styles, fonts, manifest,
 *   icons): cached when the worker installs;
 * - `vr`: the chunks only the VR code reaches (everything behind `import('./XRRoot')`) and the controller
 *   profile list: asked for by browsers that can enter VR;
 * - `profile:<id>`: one controller (or hand) profile with its models: asked for once a session reports that
 *   input profile (see src/booth/service-worker.ts).
 * The version is a hash of every file, so each build gets its own cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

const template = () => readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');

/** Files never precached: source maps, the server's header file, the worker itself, booth.json (the worker answers it). */
const skip = (file: string) => file.endsWith('.map') || file.startsWith('.well-known/') || file === 'sw.js' || file === 'booth.json';
/** The module whose dynamic import starts the VR code. */
const isVrEntry = (c: OutputChunk) => c.isDynamicEntry && /[\\/]src[\\/]xr[\\/]XRRoot\.tsx$/.test(c.facadeModuleId ?? '');

/** The staff console's page (a second HTML entry of the build, served by the booth server at /console). */
const isStaffPage = (c: OutputChunk) => /[\\/]console\.html$/.test(c.facadeModuleId ?? '');

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

/** Chunks reachable from `start` through static and dynamic imports, not entering `stop`. */
function reachable(bundle: OutputBundle, start: string[], stop: (c: OutputChunk) => boolean): Set<string> {
  const seen = new Set<string>();
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop()!;
    const c = bundle[f];
    if (seen.has(f) || !c || c.type !== 'chunk' || stop(c)) continue;
    seen.add(f);
    todo.push(...c.imports, ...c.dynamicImports);
  }
  return seen;
}

/** Precache groups from the list of emitted files: pure, so a unit test can check the split. */
export function precacheGroups(files: string[], vrOnly: Set<string>): Record<string, string[]> {
  const groups: Record<string, string[]> = { core: ['./', './index.html'], vr: [] };
  for (const f of files) {
    const profile = /^xr-profiles\/([^/]+)\//.exec(f)?.[1];
    const group = profile ? `profile:${profile}` : f.startsWith('xr-profiles/') || vrOnly.has(f) ? 'vr' : 'core';
    (groups[group] ??= []).push(`./${f}`);
  }
  for (const k of Object.keys(groups)) groups[k] = [...new Set(groups[k])].sort();
  return groups;
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
      const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
      const entries = chunks.filter((c) => c.isEntry);
      const desktop = reachable(bundle, entries.filter((c) => !isStaffPage(c)).map((c) => c.fileName), isVrEntry);
      const vr = reachable(bundle, chunks.filter(isVrEntry).map((c) => c.fileName), () => false);
      const vrOnly = new Set([...vr].filter((f) => !desktop.has(f)));
      // The staff console is no visitor's page: its own chunks, styles and HTML stay out of every precache.
      const staff = [...reachable(bundle, entries.filter(isStaffPage).map((c) => c.fileName), () => false)].filter((f) => !desktop.has(f) && !vr.has(f));
      const staffFiles = new Set(['console.html', ...staff, ...staff.flatMap((f) => [...((bundle[f] as OutputChunk).viteMetadata?.importedCss ?? [])])]);
      const fromPublic = publicFiles(publicDir).filter((f) => !skip(f));
      const files = [...Object.keys(bundle).filter((f) => !skip(f) && !staffFiles.has(f)), ...fromPublic];
      const groups = precacheGroups(files, vrOnly);
      const hash = createHash('sha256');
      for (const f of files.sort()) {
        const item = bundle[f];
        hash.update(f);
        if (!item) hash.update(readFileSync(join(publicDir, f)));
        else hash.update(item.type === 'chunk' ? item.code : typeof item.source === 'string' ? item.source : Buffer.from(item.source));
      }
      const version = hash.digest('hex').slice(0, 12);
      const source = template().replace('__VERSION__', version).replace('__GROUPS__', JSON.stringify(groups)); // file names hold no quotes
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}
