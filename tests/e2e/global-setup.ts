/**
 * Global setup for the e2e project: builds the production bundle once, serves it with `vite preview` on a free
 * local port, and hands its URL to the tests (`inject('baseUrl')`). The returned function closes the server.
 */
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The preview server's base URL, ending in `/`. */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../..', import.meta.url));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await build({ root, logLevel: 'warn' });
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a local URL');
  }
  project.provide('baseUrl', url.endsWith('/') ? url : `${url}/`);
  return async () => {
    await server.close();
  };
}
