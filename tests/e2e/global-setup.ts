/**
 * Global setup for the e2e project: builds the production bundle once, serves it with `vite preview` on a free
 * local port, and hands its URL to the tests (`inject('baseUrl')`). The returned function closes the server.
 *
 * The build goes to a temporary folder, not `dist/`: a test run neither overwrites a developer's build nor is
 * disturbed by another `vite build` running at the same time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's base URL, ending in `/`. */
    baseUrl: string;
    /** The production build's folder (for tests that serve it with the booth server: startBoothServer). */
    distDir: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'exhibit-e2e-'));
  const removeOutDir = () => rmSync(outDir, { recursive: true, force: true });
  // Vitest sets NODE_ENV=test, and Vite's build takes NODE_ENV over its mode: without this, React's development
  // build would be bundled and tested instead of the production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } catch (e) {
    removeOutDir();
    throw e;
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    removeOutDir();
    throw new Error('vite preview did not report a local URL');
  }
  project.provide('baseUrl', url.endsWith('/') ? url : `${url}/`);
  project.provide('distDir', outDir);
  return async () => {
    await server.close();
    removeOutDir();
  };
}
