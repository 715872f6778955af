// When code does not arrive (a weak connection in WeChat): the controls that need it are disabled and
// marked, a short message with 重试 says so, the page stays readable, and 重试 works once the network
// does. Chunks are made to fail by aborting their requests.
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { allowChunk, refuseChunk } from './code-loading.ts';
import { expectStatus, open, personalPage, setStatus } from './checklist-pages.ts';
import { searchBox, searchOptions } from './search-page.ts';

const pageScript = '**/_astro/Base.astro_astro_type_script_*';
const membersChunk = 'MembersCalculator';
const searchChunk = 'search-dialog';

const bar = (page: Page) => page.getByRole('alert').filter({ hasText: '部分功能未能加载（网络不稳定）。' });
const retry = (page: Page) => bar(page).getByRole('link', { name: '重试' });
const searchButton = (page: Page) => page.getByRole('button', { name: /^搜索/ });
const themeSelect = (page: Page) => page.getByLabel('配色');
const members = (page: Page) => page.getByRole('group', { name: '成员名额计算' });
const association = (page: Page) => page.getByRole('group', { name: '公众号关联计算' });
/** The mark after a calculator's title (CSS generated content). */
const titleMark = (page: Page, name: string) => page.getByRole('group', { name }).locator('.calc-title')
  .evaluate((el) => getComputedStyle(el, '::after').content);

test('everything loads: no message, and the header controls and calculators work', { tag: '@race' }, async ({ page }) => {
  await page.goto('/tools/quotas/');
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(searchButton(page)).toBeEnabled();
  await expect(themeSelect(page)).toBeEnabled();
  await expect(members(page).getByLabel('已绑定的开发者（个）')).toBeEnabled();
  await expect(members(page).getByRole('radio', { name: '企业类型' })).toBeEnabled();
  await expect(page.locator('.js-failed-bar')).toBeHidden();
  expect(await titleMark(page, '成员名额计算')).toBe('none');
});

test('the page script fails: search and 配色 are disabled, the message offers 重试, which works once the network does', { tag: '@race' }, async ({ page }) => {
  await page.route(pageScript, (r) => r.abort());
  await page.goto('/guide/registration/');
  await expect(bar(page)).toBeVisible();
  await expect(bar(page)).toBeInViewport();
  await expect(searchButton(page)).toBeDisabled();
  await expect(themeSelect(page)).toBeDisabled();
  // The chapter itself is all there.
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('article p').first()).toBeVisible();
  await expectAxeClean(page);

  await page.unroute(pageScript);
  await retry(page).click();
  await expect(searchButton(page)).toBeEnabled();
  await expect(page.locator('.js-failed-bar')).toBeHidden();
  await expect(page).toHaveURL(/\/guide\/registration\/$/);
  await themeSelect(page).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await searchButton(page).click();
  await expect(searchBox(page)).toBeFocused();
});

test('a calculator\'s code fails: its inputs stay disabled and marked, the others work, and 重试 brings it back', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, membersChunk);
  await page.goto('/tools/quotas/?developers=3');
  await expect(bar(page)).toBeVisible();
  const calc = members(page);
  await expect(calc.getByLabel('已绑定的开发者（个）')).toBeDisabled();
  await expect(calc.getByLabel('已绑定的体验者（个）')).toBeDisabled();
  await expect(calc.getByRole('radio', { name: '企业类型' })).toBeDisabled();
  expect(await titleMark(page, '成员名额计算')).toContain('未能加载');
  // The other calculators on the page are not affected.
  await expect(association(page).getByLabel('已关联的同主体小程序（个）')).toBeEnabled();
  expect(await titleMark(page, '公众号关联计算')).toBe('none');
  await expectAxeClean(page);

  await allowChunk(page, membersChunk);
  await retry(page).click();
  await expect(calc.getByLabel('已绑定的开发者（个）')).toBeEnabled();
  await expect(calc.getByLabel('已绑定的开发者（个）')).toHaveValue('3'); // the address kept the reader's input
  await calc.getByLabel('已绑定的体验者（个）').fill('2');
  await expect(calc.locator('.calc-result')).toContainText('体验者：已绑定 2 个');
  await expect(page.locator('.js-failed-bar')).toBeHidden();
});

test('a guide calculator\'s code fails when the reader starts typing: the message says so, and its inputs are disabled with what was typed', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, membersChunk);
  await page.goto('/guide/preparation/');
  const calc = members(page);
  const developers = calc.getByLabel('已绑定的开发者（个）');
  // Its code loads on first use: until then the form takes input and says nothing of loading.
  await expect(developers).toBeEnabled();
  expect(await titleMark(page, '成员名额计算')).toBe('none');
  await developers.fill('3');
  await expect(bar(page)).toBeVisible();
  await expect(developers).toBeDisabled();
  await expect(developers).toHaveValue('3');
  await expect(calc.getByRole('radio', { name: '企业类型' })).toBeDisabled();
  expect(await titleMark(page, '成员名额计算')).toContain('未能加载');
  await expectAxeClean(page);
});

test('the category browser\'s code fails on first use: the message says so, and the full table stays', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, 'category-browser');
  await page.goto('/guide/preparation/');
  const filter = page.getByRole('searchbox', { name: '筛选类目' });
  await filter.fill('kd');
  await expect(bar(page)).toBeVisible();
  await expect(filter).toBeDisabled();
  await expect(page.locator('[data-category-browser] [data-status]')).toHaveText(/加载失败/);
  await expect(page.getByRole('list', { name: /服务类目/ })).toBeVisible();
  await expect(page.locator('[data-category-browser] [data-summary]')).toHaveText(/共 9 个一级类目/);
});

test('on a phone, the message sits at the bottom of the screen in dark mode too, and passes axe', { tag: '@race' }, async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.route(pageScript, (r) => r.abort());
  await page.goto('/tools/quotas/');
  await expect(bar(page)).toBeInViewport();
  const box = (await page.locator('.js-failed-bar').boundingBox())!;
  expect(box.y + box.height).toBe(700);
  await expectAxeClean(page);
});

test('the search code fails on opening search: the message offers 重试, and search opens once the network does, from the button or after 重试', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, searchChunk);
  await page.goto('/guide/registration/');
  await expect(searchButton(page)).toBeEnabled();
  await expect(page.locator('.js-failed-bar')).toBeHidden();
  await searchButton(page).click();
  await expect(bar(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toHaveCount(0);

  await allowChunk(page, searchChunk);
  // The button tries again by itself…
  await searchButton(page).click();
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  // …and 重试 reloads the page, without the message.
  await retry(page).click();
  await expect(page.locator('.js-failed-bar')).toBeHidden();
  await searchButton(page).click();
  await searchBox(page).fill('体验者');
  await expect(searchOptions(page).first()).toBeVisible();
});

test('the search index fails to load: the dialog says so with a button that loads it again', { tag: '@race' }, async ({ page }) => {
  await page.route('**/search-index.json', (r) => r.abort());
  await page.goto('/guide/registration/');
  await searchButton(page).click();
  const dialog = page.getByRole('dialog', { name: '搜索全站' });
  await expect(dialog.getByRole('status')).toContainText('加载失败');
  await page.unroute('**/search-index.json');
  await dialog.getByRole('button', { name: '重新加载' }).click();
  await searchBox(page).fill('体验者');
  await expect(searchOptions(page).first()).toBeVisible();
});

test('the share code fails when a progress file is chosen: the message offers 重试 and nothing changes; once it loads, the import works', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, 'share-panel');
  await open(page, personalPage);
  await setStatus(page, 'activate-email', 'done');
  const file = {
    name: 'progress.json', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ v: 3, data: { profiles: { personal: {
      statuses: { 'activate-email': { value: 'doing', at: Date.now() + 60_000 } },
      tracks: { value: null, at: 0 }, submittedOn: { value: null, at: 0 },
    } } } })),
  };
  const input = page.getByLabel('导入进度文件');
  await input.setInputFiles(file);
  await expect(bar(page)).toBeVisible();
  await expect(page.getByRole('group', { name: /导入“progress.json”/ })).toHaveCount(0);
  await expectStatus(page, 'activate-email', 'done');

  await allowChunk(page, 'share-panel');
  await input.setInputFiles(file);
  const ask = page.getByRole('group', { name: /导入“progress.json”/ });
  await expect(ask.getByRole('listitem')).toHaveText(['激活邮箱：已完成 → 进行中']);
  await ask.getByRole('button', { name: '确定导入' }).click();
  await expectStatus(page, 'activate-email', 'doing');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('no message and no dead controls: the page reads as before', { tag: '@race' }, async ({ page }) => {
    await page.goto('/tools/quotas/');
    await expect(page.locator('.js-failed-bar')).toBeHidden();
    await expect(searchButton(page)).toBeHidden();
    await expect(themeSelect(page)).toBeHidden();
    await expect(page.locator('h1')).toBeVisible();
  });
});
