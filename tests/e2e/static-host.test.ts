/**
 * On a plain static host (here `vite preview` serving the build, as a CDN would) the page makes no failed request
 * and logs no console error: the build ships a default booth.json (no LAN address), which the booth server
 * answers itself.
 */
import type { Response } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { baseUrl, type ExhibitPage, finish, newExhibitPage, openExhibit, waitForIdle } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;
afterAll(() => finish(t));

it('loads with no failed request and no console error, booth.json included', async () => {
  t = await newExhibitPage(browser());
  const responses: Response[] = [];
  const failed: string[] = [];
  t.page.on('response', (r) => responses.push(r));
  t.page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await openExhibit(t.page);
  await waitForIdle(t.page);
  // Read before navigating again (a response's body is gone once its page is).
  const booth = responses.filter((r) => r.url().startsWith(`${baseUrl()}booth.json`));
  expect(booth.length, 'booth.json asked for').toBeGreaterThan(0);
  expect(await booth[0]!.json()).toEqual({ lan: [] });
  // And once more, now through the service worker.
  await openExhibit(t.page);
  await waitForIdle(t.page);
  expect(responses.filter((r) => r.status() >= 400).map((r) => `${r.status()} ${r.url()}`), 'failed responses').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
  // finish() checks that nothing was logged as an error and nothing was fetched from another host.
});
