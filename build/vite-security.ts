/**
 * Vite plugin: puts the Content Security Policy into the built page (`<meta http-equiv>`, for any static
 * host) and writes `.well-known/exhibit-headers.json`, from which the booth server sends the same policy
 * and the other security headers as real HTTP headers. One definition: build/security-headers.ts.
 */
import type { Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from './security-headers.ts';

/** The plugin (build only: the dev server needs inline scripts for hot reload). */
export function securityPolicy(): Plugin {
  return {
    name: 'exhibit-security',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() }, injectTo: 'head-prepend' }],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '.well-known/exhibit-headers.json', source: JSON.stringify({ headers: securityHeaders() }, null, 2) });
    },
  };
}
