/** Launches the system Chromium (CHROME_PATH overrides) headless with the flags that work on our machines. */
import { chromium, type Browser } from 'playwright-core';

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

/** Launches the browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromiumArgs });
}
