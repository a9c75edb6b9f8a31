/**
 * `npm start` builds the exhibit first when the build is missing or older than its sources. Types: none
 * (internal; cli.mjs uses it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The newest modification time under a file or folder (0 if it does not exist), of files `keep` accepts;
 * skips node_modules and src/generated/, which the build itself writes.
 * @param {string} p
 * @param {string} repoRoot
 * @param {(file: string) => boolean} [keep]
 * @returns {{ mtimeMs: number, file: string }}
 */
function newest(p, repoRoot, keep = () => true) {
  let st;
  try {
    st = statSync(p);
  } catch {
    return { mtimeMs: 0, file: p };
  }
  if (!st.isDirectory()) return keep(p) ? { mtimeMs: st.mtimeMs, file: p } : { mtimeMs: 0, file: p };
  let best = { mtimeMs: 0, file: p };
  for (const entry of readdirSync(p, { withFileTypes: true })) {
    const child = path.join(p, entry.name);
    if (entry.name === 'node_modules' || child === path.join(repoRoot, 'src', 'generated')) continue;
    const n = newest(child, repoRoot, keep);
    if (n.mtimeMs > best.mtimeMs) best = n;
  }
  return best;
}

/**
 * Why the app must be built first, or null when the build in `distDir` is up to date.
 * @param {string} repoRoot
 * @param {string} distDir
 */
export function buildReason(repoRoot, distDir) {
  const shown = (/** @type {string} */ p) => (path.relative(repoRoot, p).startsWith('..') ? p : path.relative(repoRoot, p));
  const distIndex = path.join(distDir, 'index.html');
  if (!existsSync(distIndex)) return `no build at ${shown(distIndex)}`;
  if (existsSync(path.join(repoRoot, 'console.html')) && !existsSync(path.join(distDir, 'console.html'))) return 'the build has no console page';
  const built = statSync(distIndex).mtimeMs;
  // The build's inputs: the app, its pages, static files and config, the dependencies, and the Vite plugins
  // (the .ts files under scripts/ and build/, and build/'s service-worker template).
  /** @type {[string, ((f: string) => boolean)?][]} */
  const inputs = [['src'], ['public'], ['index.html'], ['console.html'], ['vite.config.ts'], ['package-lock.json'], ['package.json'], ['scripts', (f) => f.endsWith('.ts')], ['build', (f) => f.endsWith('.ts') || f.endsWith('.js')]];
  for (const [input, keep] of inputs) {
    const n = newest(path.join(repoRoot, input), repoRoot, keep);
    if (n.mtimeMs > built) return `${shown(n.file)} changed since the last build`;
  }
  return null;
}

/**
 * Runs `vite build` into `distDir`; returns an error message, or null when it worked.
 * @param {string} repoRoot
 * @param {string} distDir
 * @param {string} defaultDist
 */
export function runBuild(repoRoot, distDir, defaultDist) {
  const buildArgs = ['vite', 'build', ...(distDir === defaultDist ? [] : ['--outDir', distDir])];
  const result = spawnSync('npx', buildArgs, {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
    shell: process.platform === 'win32',
  });
  if (result.error) return `Could not run the build (npx ${buildArgs.join(' ')}): ${result.error.message}`;
  if (result.status !== 0) return 'The build failed (see above). Fix it, or serve the previous build with --no-build.';
  return null;
}
