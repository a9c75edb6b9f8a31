/**
 * Vite plugin (build only): fiber's `<Canvas>` calls `extend(THREE)` with the whole three namespace, which
 * defeats tree-shaking (about 36 kB gzip of unused classes in the first chunk). Inside that one fiber module,
 * `three` resolves to src/scene/three-catalogue.ts, the classes the exhibit uses as JSX elements; every other
 * importer gets the real three.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const catalogue = fileURLToPath(new URL('../src/scene/three-catalogue.ts', import.meta.url));

/** Whether `importer` is fiber's web entry (the module holding `<Canvas>`). */
export const isFiberCanvasModule = (importer: string): boolean => /[\\/]@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/.test(importer);

/** The plugin. */
export function threeCatalogue(): Plugin {
  return {
    name: 'three-catalogue',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === 'three' && importer && isFiberCanvasModule(importer)) return catalogue;
      return undefined;
    },
  };
}
