/** Chinese and English: the language switch, `?lang=`, the browser's language, and Chinese text in the HUD. */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPerFile } from './browser';
import { detailsText, type ExhibitPage, exhibitState, expectSelection, finish, newExhibitPage, noticeText, openExhibit, poll } from './helpers';

const browser = browserPerFile();
let t: ExhibitPage | undefined;

afterEach(async () => {
  await finish(t);
  t = undefined;
});

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const pressed = (page: Page, group: string, name: string) =>
  page.getByRole('group', { name: group }).getByRole('button', { name, exact: true }).getAttribute('aria-pressed');

/** Asserts the HUD is in Chinese: labels, names, html lang and the switch. */
async function expectChineseHud(page: Page): Promise<void> {
  await poll(() => htmlLang(page)).toBe('zh-CN');
  expect(await exhibitState(page)).toMatchObject({ lang: 'zh' });
  const nav = page.getByRole('navigation', { name: '展馆' });
  for (const name of ['抖音Pico', 'Pico', '大朋VR', '歌尔']) expect(await nav.getByRole('button', { name, exact: true }).count(), name).toBe(1);
  expect(await page.getByRole('navigation', { name: '数据' }).getByRole('button', { name: '总览', exact: true }).count()).toBe(1);
  expect(await page.getByRole('navigation', { name: 'Pavilions' }).count()).toBe(0);
  expect(await pressed(page, '语言', '中文')).toBe('true');
  expect(await pressed(page, '语言', 'English')).toBe('false');
  expect(await page.getByRole('button', { name: '关于', exact: true }).count()).toBe(1);
}

describe('languages', () => {
  it('the 中文 button switches the HUD and the details to Chinese, and English switches back', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/pavilion/goertek');
    await expectSelection(page, { selected: 'goertek' }, '#/pavilion/goertek');
    expect(await pressed(page, 'Language', 'English')).toBe('true');
    expect(await pressed(page, 'Language', '中文')).toBe('false');
    expect(await detailsText(page)).toContain('electroacoustic components manufacturer');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '中文', exact: true }).click();
    await expectChineseHud(page);
    const details = await detailsText(page, '详情');
    expect(details).toContain('歌尔');
    expect(details).toContain('电声器件制造商');
    // Switching language keeps the selection and the link.
    await expectSelection(page, { view: 'pavilion', selected: 'goertek' }, '#/pavilion/goertek');

    await page.getByRole('group', { name: '语言' }).getByRole('button', { name: 'English', exact: true }).click();
    await poll(() => htmlLang(page)).toBe('en');
    expect(await exhibitState(page)).toMatchObject({ lang: 'en', selected: 'goertek' });
    expect(await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'GoerTek', exact: true }).count()).toBe(1);
    expect(await detailsText(page)).toContain('electroacoustic components manufacturer');
  });

  it('the VR industry panel reads 18 billion yuan in English and 180亿元 in Chinese', async () => {
    t = await newExhibitPage(browser());
    const { page } = t;
    await openExhibit(page, '#/panel/vr-industry');
    await expectSelection(page, { panel: 'vr-industry' }, '#/panel/vr-industry');
    expect(await detailsText(page)).toContain('18 billion yuan');
    await page.getByRole('button', { name: '中文', exact: true }).click();
    await poll(() => detailsText(page, '详情')).toContain('180亿元');
    expect(await detailsText(page, '详情')).toContain('虚拟现实产业');
  });

  it('?lang=zh opens in Chinese in an English browser', async () => {
    t = await newExhibitPage(browser(), { locale: 'en-US' });
    const { page } = t;
    await openExhibit(page, '?lang=zh#/pavilion/dapeng-vr');
    await expectChineseHud(page);
    await expectSelection(page, { selected: 'dapeng-vr' }, '#/pavilion/dapeng-vr');
    expect(await detailsText(page, '详情')).toContain('大朋VR');
  });

  it('a Chinese browser opens in Chinese, and ?lang=en overrides it', async () => {
    t = await newExhibitPage(browser(), { locale: 'zh-CN' });
    const { page } = t;
    await openExhibit(page);
    await expectChineseHud(page);

    await openExhibit(page, '?lang=en');
    await poll(() => htmlLang(page)).toBe('en');
    expect(await exhibitState(page)).toMatchObject({ lang: 'en' });
    expect(await page.getByRole('navigation', { name: 'Pavilions' }).getByRole('button', { name: 'Douyin Pico', exact: true }).count()).toBe(1);
  });

  it('in Chinese, About mentions the schematic layout (示意) and the source 中国日报网, and a bad link notice is in Chinese', async () => {
    t = await newExhibitPage(browser(), { locale: 'zh-CN' });
    const { page } = t;
    await openExhibit(page, '#/pavilion/nope');
    await poll(() => noticeText(page)).toContain('未找到该展馆，已显示园区总览。');
    await page.getByRole('button', { name: '关于', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor({ state: 'visible' });
    const text = await dialog.innerText();
    expect(text).toContain('示意');
    expect(text).toContain('中国日报网');
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  });
});
