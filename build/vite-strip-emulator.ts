/**
 * Vite plugin: @pmndrs/xr lazily imports iwer's headset emulator (megabytes of rooms and UI) even though
 * the exhibit disables it (`emulate: false`). In production builds the import resolves to a stub, so none
 * of it reaches `dist/`. Tests inject iwer themselves.
 */
import type { Plugin } from 'vite';

const STUB_ID = '\0xr-emulator-stub';

/** The plugin. */
export function stripXrEmulator(): Plugin {
  return {
    name: 'strip-xr-emulator',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source === './emulate.js' && importer && /[\\/]@pmndrs[\\/]xr[\\/]/.test(importer)) return STUB_ID;
      return undefined;
    },
    load(id) {
      if (id !== STUB_ID) return undefined;
      return `export function emulate() { throw new Error('The XR emulator is not part of this build.'); }`;
    },
  };
}
