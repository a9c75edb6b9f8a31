/** Links: the URL hash names what is shown, deep links open it, and bad links fall back to the overview with a notice. */
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { baseUrl, detailsText, exhibitState, type ExhibitPage, expectSelection, finish, newExhibitPage, noticeText, openExhibit, poll } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

const notFound = 'That pavilion was not found; showing the park overview.';
const notRecognised = 'That link was not recognised; showing the park overview.';

describe('links', () => {
  it('a link to #/pavilion/pico opens with Pico selected and its details shown', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/pico');
    await expectSelection(page, { view: 'pavilion', selected: 'pico', panel: null }, '#/pavilion/pico');
    const button = page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Pico', exact: true });
    expect(await button.getAttribute('aria-current')).toBe('true');
    expect(await detailsText(page)).toContain('Chinese virtual reality headset maker');
    expect(await noticeText(page)).toBe('');
  });

  it('a link to #/panel/vr-industry opens with that figures panel focused', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/panel/vr-industry');
    await expectSelection(page, { view: 'panel', selected: null, panel: 'vr-industry' }, '#/panel/vr-industry');
    const details = await detailsText(page);
    expect(details).toContain('The virtual reality industry');
    expect(details).toContain('18 billion yuan');
    expect(await noticeText(page)).toBe('');
  });

  it('a link to an unknown pavilion shows the overview and says the pavilion was not found', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/nope');
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
    await poll(() => noticeText(page)).toContain(notFound);
  });

  it('a link to an unknown figures panel shows the overview with a notice', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/panel/nope');
    await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
    await poll(() => noticeText(page)).toContain('That figures panel was not found; showing the park overview.');
  });

  it.each(['#%E0%A4%A', '#/<script>', '#/pavilion/<img src=x onerror=window.__pwned=1>', '#/pavilion/goertek/extra'])(
    'a garbled link (%s) shows the overview and says the link was not recognised',
    async (route) => {
      t = await newExhibitPage(browser());
      const { page } = t;
      await openExhibit(page, route);
      await expectSelection(page, { view: 'overview', selected: null, panel: null }, '');
      await poll(() => noticeText(page)).toContain(notRecognised);
      expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
    },
  );

  it('a bad link entered while the exhibit is open returns to the overview with a notice, which can be dismissed', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/goertek');
    await expectSelection(page, { selected: 'goertek' }, '#/pavilion/goertek');

    // Same document: only the hash changes (hashchange), as when a visitor edits the address bar.
    await page.goto(`${baseUrl()}#/pavilion/nope`);
    await poll(() => noticeText(page)).toContain(notFound);
    await poll(() => exhibitState(page)).toMatchObject({ view: 'overview', selected: null });

    await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click();
    await poll(() => noticeText(page)).toBe('');

    await page.goto(`${baseUrl()}#/panel/timeline`);
    await expectSelection(page, { view: 'panel', panel: 'timeline' }, '#/panel/timeline');
    expect(await noticeText(page)).toBe('');
  });

  it('the bad-link notice goes away once the visitor picks something', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/nope');
    await poll(() => noticeText(page)).toContain(notFound);
    await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Pico', exact: true }).click();
    await expectSelection(page, { view: 'pavilion', selected: 'pico' }, '#/pavilion/pico');
    await poll(() => noticeText(page)).toBe('');
  });
});
