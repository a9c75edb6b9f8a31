/**
 * How every tool of this project starts Chromium: the e2e tests (tests/e2e/browser.ts), the benchmark and the
 * screenshot script. Plain JavaScript so the .mjs scripts and the TypeScript tests share one copy.
 */

/** Flags: no sandbox as root, no background traffic to hosts we cannot reach, software WebGL. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

/** The browser binary: `CHROME_PATH`, else the system Chromium that `.ci/run` installs. */
export const chromiumPath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';
