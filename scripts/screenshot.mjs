// Takes a screenshot of the production build: `node scripts/screenshot.mjs "<hash or ?query>" out.png [waitMs] [WxH]`.
// Used for the README picture and for looking at the exhibit by hand; needs a built dist/ and Chromium.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../measure/chromium.mjs';

const [route = '', out = 'docs/screenshot.png', wait = '6000', size = '1280x720'] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, build: { outDir: process.env.DIST_DIR ?? 'dist' }, logLevel: 'silent' });
const base = server.resolvedUrls.local[0];
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: chromiumArgs,
});
const page = await browser.newPage({ viewport: { width, height } });
page.on('pageerror', (e) => console.log('page error:', e.message));
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
await page.goto(base + route);
await page.waitForTimeout(Number(wait));
await page.screenshot({ path: out });
console.log(out, await page.evaluate(() => JSON.stringify(window.exhibit?.state())));
await browser.close();
await server.close();
