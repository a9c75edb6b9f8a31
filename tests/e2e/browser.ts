/** Launches the system Chromium (CHROME_PATH overrides) headless with the flags shared in measure/chromium.mjs. */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../measure/chromium.mjs';

/** Launches the browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumArgs] });
}

/**
 * One browser per test file: launched before the file's tests, closed after them.
 * Call at the top level of a test file; the returned getter gives the browser inside tests.
 */
export function browserPerFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browserPerFile: the browser is only available inside tests');
    return browser;
  };
}
