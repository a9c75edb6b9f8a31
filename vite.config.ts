/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { exhibitContent } from './build/vite-content-plugin.ts';
import { stripXrEmulator } from './build/vite-strip-emulator.ts';
import { xrProfiles } from './build/vite-xr-profiles.ts';
import { securityPolicy } from './build/vite-security.ts';
import { serviceWorker } from './build/vite-service-worker.ts';
import { threeCatalogue } from './build/vite-three-catalogue.ts';

export default defineConfig({
  plugins: [exhibitContent(), stripXrEmulator(), threeCatalogue(), xrProfiles(), securityPolicy(), react(), serviceWorker()],
  // iwer's dev UI depends on an older three; one copy only.
  resolve: { dedupe: ['three'] },
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Two pages: the exhibit, and the staff console the booth server serves at /console (DOM only, no three).
    rolldownOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), console: fileURLToPath(new URL('console.html', import.meta.url)) } },
  },
  server: { host: true },
  preview: { host: true },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'scene', include: ['tests/scene/**/*.test.tsx'], environment: 'node', setupFiles: ['tests/scene/setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
