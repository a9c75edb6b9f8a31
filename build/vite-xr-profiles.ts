/**
 * Vite plugin: ships the WebXR controller and hand profiles the exhibit supports (Pico, Meta, generic
 * fallbacks) from the npm package @webxr-input-profiles/assets into `xr-profiles/`, with a profile list
 * naming only what we ship, so @react-three/xr never reaches for its CDN and an unknown controller falls
 * back to a generic profile. The build slims each model (build/glb-optimize.ts: quantized geometry, WebP
 * textures sized for a controller; cached between builds); the dev server serves the originals as they are.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { glbCacheDir, optimizeGlbCached } from './glb-optimize.ts';

/** Profiles shipped: Pico 4 / 4 Ultra, Quest 2 / 3 / 3S / Pro, and the generic fallbacks. */
export const shippedProfiles = [
  'pico-4',
  'pico-4u',
  'oculus-touch-v2',
  'oculus-touch-v3',
  'meta-quest-touch-plus',
  'meta-quest-touch-pro',
  'generic-trigger-squeeze-thumbstick',
  'generic-trigger',
  'generic-hand',
] as const;

/** The folder (under the site root) the profiles are served from. */
export const profilesDir = 'xr-profiles';

const require = createRequire(import.meta.url);
const assetsRoot = () => join(dirname(require.resolve('@webxr-input-profiles/assets/package.json')), 'dist', 'profiles');

/** Every file to ship, as [path under xr-profiles/, absolute source path]; `none.glb` models are for hand-less controllers we do not meet. */
export function profileFiles(): [string, string][] {
  const root = assetsRoot();
  const files: [string, string][] = [];
  for (const id of shippedProfiles) {
    const dir = join(root, id);
    if (!existsSync(dir)) throw new Error(`xr-profiles: profile "${id}" is missing from @webxr-input-profiles/assets`);
    for (const f of readdirSync(dir)) if (f === 'profile.json' || f === 'left.glb' || f === 'right.glb') files.push([`${id}/${f}`, join(dir, f)]);
  }
  return files;
}

/** The profile list, reduced to what we ship. */
export function profilesList(): string {
  const all = JSON.parse(readFileSync(join(assetsRoot(), 'profilesList.json'), 'utf8')) as Record<string, { path: string; deprecated?: boolean }>;
  const shipped = Object.fromEntries(Object.entries(all).filter(([id]) => (shippedProfiles as readonly string[]).includes(id)));
  return JSON.stringify(shipped, null, 2);
}

const mime = (f: string) => (f.endsWith('.json') ? 'application/json' : 'model/gltf-binary');

/** A file as the build ships it: models optimized, JSON without whitespace. */
export async function shippedFile(rel: string, src: string, cacheDir: string): Promise<Uint8Array | string> {
  const bytes = readFileSync(src);
  if (rel.endsWith('.glb')) return optimizeGlbCached(bytes, cacheDir);
  return JSON.stringify(JSON.parse(bytes.toString('utf8')));
}

/** The plugin. */
export function xrProfiles(): Plugin {
  let root = process.cwd();
  return {
    name: 'xr-profiles',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      const files = new Map(profileFiles());
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0]!;
        const i = url.indexOf(`/${profilesDir}/`);
        if (i < 0) return next();
        const rel = decodeURIComponent(url.slice(i + profilesDir.length + 2));
        if (rel === 'profilesList.json') {
          res.setHeader('Content-Type', 'application/json');
          res.end(profilesList());
          return undefined;
        }
        const src = files.get(rel);
        if (!src) return next();
        res.setHeader('Content-Type', mime(rel));
        res.end(readFileSync(src));
        return undefined;
      });
    },
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${profilesDir}/profilesList.json`, source: profilesList() });
      // One at a time: sharp runs its own threads, and the machine has two cores.
      for (const [rel, src] of profileFiles()) this.emitFile({ type: 'asset', fileName: `${profilesDir}/${rel}`, source: await shippedFile(rel, src, glbCacheDir(root)) });
    },
  };
}
