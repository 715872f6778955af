// 类目与资质: one official table per subject type, chosen by address or by the subject links; the filter
// (everyday words, documents, ?q=, ?only=documents); a category missing for this subject; deep links to
// a row; reading without JavaScript; phones; axe in light and dark.
import { expect, test, type Page } from '@playwright/test';
import { expectAxeClean, expectCleanInBothSchemes } from './axe.ts';
import { sitemapPaths, watchErrors } from './pages.ts';

const filter = (page: Page) => page.getByRole('searchbox', { name: '筛选类目和资质文件' });
const onlyDocuments = (page: Page) => page.getByRole('checkbox', { name: /只看列出资质文件的类目/ });
const subjectNav = (page: Page) => page.getByRole('navigation', { name: '按主体类型查类目' });
const rows = (page: Page) => page.locator('tr[data-row]');
const row = (page: Page, name: string | RegExp) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
const status = (page: Page) => page.locator('[data-q-browser] [data-status]');
const pages = ['/tools/categories/enterprise/', '/tools/categories/overseas/', '/tools/categories/personal/', '/tools/categories/special/'];

test('the subject type is in the address, and the subject links switch it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/tools/categories/enterprise/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('非个人主体的服务类目与资质');
  await expect(subjectNav(page).getByRole('link', { name: '企业等非个人' })).toHaveAttribute('aria-current', 'page');
  await expect(rows(page)).toHaveCount(283);
  await subjectNav(page).getByRole('link', { name: '海外主体' }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/overseas\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('海外主体的服务类目与资质');
  await expect(rows(page)).toHaveCount(54);
  await expect(page.getByText('依据官方 2018-11-15 版类目表')).toBeVisible();
  await subjectNav(page).getByRole('link', { name: '个人', exact: true }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/$/);
  await expect(subjectNav(page).getByRole('link', { name: '个人', exact: true })).toHaveAttribute('aria-current', 'page');
  await subjectNav(page).getByRole('link', { name: '2018-11 版个人表' }).click();
  await expect(rows(page)).toHaveCount(44);
  await expect(row(page, /律师/)).toContainText('《律师执业资格证》');
  await subjectNav(page).getByRole('link', { name: /特殊行业资质/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('特殊行业所需资质材料（指南同日版，不分主体）');
  await expect(rows(page)).toHaveCount(60);
  expect(errors).toEqual([]);
});

test('everyday words find the categories and their documents; the address keeps the words', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/tools/categories/enterprise/');
  await filter(page).fill('网约车');
  await expect(rows(page).filter({ visible: true })).toHaveCount(4);
  for (const name of ['快车', '出租车', '专车', '其他网约车']) {
    await expect(row(page, new RegExp(`打车（网约车） › ${name}$`))).toContainText('《网络预约出租汽车经营许可证》');
  }
  await expect(status(page)).toHaveText(/显示 4 个类目/);
  await expect(page).toHaveURL(/\?q=%E7%BD%91%E7%BA%A6%E8%BD%A6$/);
  // The search dialog does not take ?q= for itself on this page.
  await page.reload();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(filter(page)).toHaveValue('网约车');
  await expect(rows(page).filter({ visible: true })).toHaveCount(4);

  await filter(page).fill('律所');
  await expect(row(page, /律所$/)).toContainText('《律师事务所执业许可证书》或');
  await expect(row(page, /法律服务 › 法律咨询/)).toBeVisible();
  await filter(page).fill('律师');
  await expect(row(page, /律所$/)).toBeVisible(); // found by its documents
  await filter(page).fill('医疗器械');
  await expect(row(page, /医疗器械生产企业/)).toContainText('《医疗器械生产许可证》');
  await expect(row(page, /成人用品/)).toContainText('第二类医疗器械经营备案凭证');
  await expect(row(page, /互联网医院/)).toBeHidden();
  // Groups without a match step aside.
  await expect(page.getByRole('heading', { level: 3, name: /^教育/ })).toBeHidden();
  await filter(page).fill('');
  await expect(rows(page).filter({ visible: true })).toHaveCount(283);
  await expect(page).toHaveURL(/\/enterprise\/$/);
  expect(errors).toEqual([]);
});

test('a category missing for this subject says so, and where another subject\'s table has it', async ({ page }) => {
  await page.goto('/tools/categories/personal/?q=%E7%BD%91%E7%BA%A6%E8%BD%A6');
  const missing = page.locator('[data-missing]');
  await expect(missing).toContainText('2018-11-15 版个人主体类目表中没有“网约车”；非个人主体表中有：');
  await expect(rows(page).filter({ visible: true })).toHaveCount(0);
  await missing.getByRole('link', { name: '出行与交通 › 打车（网约车） › 快车' }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/enterprise\/#c-/);
  await expect(row(page, /打车（网约车） › 快车$/)).toBeInViewport();
  await page.goto('/tools/categories/enterprise/?q=%E7%81%AB%E6%98%9F');
  await expect(page.locator('[data-missing]')).toContainText('2018-11-15 版非个人主体类目表中没有“火星”，其他主体的类目表中也没有');
});

test('a deep link to one category scrolls to its row and marks it', async ({ page }) => {
  const anchor = encodeURIComponent('c-医疗>医疗器械生产企业');
  await page.goto(`/tools/categories/enterprise/#${anchor}`);
  const target = page.locator(`tr[id="c-医疗>医疗器械生产企业"]`);
  await expect(target).toBeInViewport();
  await expect(target).toContainText('《医疗器械生产许可证》');
  const marked = await target.locator('th').evaluate((th) => getComputedStyle(th).backgroundColor);
  const plain = await page.locator('tr[data-row]').first().locator('th').evaluate((th) => getComputedStyle(th).backgroundColor);
  expect(marked).not.toBe(plain);
  // The row's name is its own link: the address to share.
  await page.goto('/tools/categories/enterprise/');
  await row(page, /律所$/).getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent('c-商业服务>律所')}$`));
  // A deep link with a filter that would hide the row still shows it.
  await page.goto(`/tools/categories/enterprise/?q=%E7%BD%91%E7%BA%A6%E8%BD%A6#${anchor}`);
  await expect(target).toBeInViewport();
});

test('?only=documents shows only the categories that list documents (R26\'s tip links there)', async ({ page }) => {
  await page.goto('/guide/preparation/');
  await page.getByRole('link', { name: /特殊行业所需资质材料（只看需资质的类目）/ }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/special\/\?only=documents$/);
  await expect(onlyDocuments(page)).toBeChecked();
  await expect(rows(page).filter({ visible: true })).toHaveCount(60); // the 2018-04 page lists only such categories
  await page.goto('/tools/categories/enterprise/?only=documents');
  await expect(rows(page).filter({ visible: true })).toHaveCount(165);
  await expect(row(page, /教育信息服务/)).toBeHidden();
  await onlyDocuments(page).uncheck();
  await expect(rows(page).filter({ visible: true })).toHaveCount(283);
  await expect(page).toHaveURL(/\/enterprise\/$/);
  await onlyDocuments(page).check();
  await filter(page).fill('教育');
  await expect(page).toHaveURL(/\?q=%E6%95%99%E8%82%B2&only=documents$/);
  await expect(row(page, /驾校培训/)).toBeVisible();
  await expect(row(page, /在线教育/)).toBeHidden();
});

test('the wizard\'s outcome and the checklist link to the table for the reader\'s subject', async ({ page }) => {
  await page.goto('/tools/checklist/enterprise-remittance/');
  await page.locator('[data-step="choose-category"]').getByRole('link', { name: '查非个人主体类目表及所需资质' }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/enterprise\/$/);
  await page.goto('/tools/checklist/personal/');
  await expect(page.locator('[data-step="choose-category"]').getByRole('link', { name: '查个人可选的类目' })).toHaveAttribute('href', '/tools/categories/');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every table is readable: all rows, grouped with counts, the filter out of the way', async ({ page }) => {
    for (const [path, count] of [[pages[0]!, 283], [pages[1]!, 54], [pages[2]!, 44], [pages[3]!, 60]] as const) {
      await page.goto(path);
      await expect(rows(page).filter({ visible: true })).toHaveCount(count);
      await expect(filter(page)).toBeHidden();
      await expect(page.getByText(/个类目，其中 \d+ 个需资质/).first()).toBeVisible();
    }
    await page.goto('/tools/categories/enterprise/');
    await expect(row(page, /教育信息服务/)).toContainText('未列出资质文件');
    await page.getByText('读表说明').click();
    await expect(page.getByText(/“教育”一格（一级分类列）写 rowspan=16/)).toBeVisible();
  });
});

// A page in the sitemap is loaded at both widths in both schemes by site.spec.ts already.
const inSitemap = new Set(sitemapPaths());
for (const path of pages) {
  const widths = inSitemap.has(path) ? [] : [375, 1280];
  test(`${path}${widths.length ? ' at 375 and 1280 px, light and dark,' : ''} filtered at 375 px: no sideways scroll, axe clean`, async ({ page }) => {
    // axe over a table of up to 283 rows takes several seconds on a busy 2-core machine: a limit, not a measurement.
    test.setTimeout(120_000);
    const errors = watchErrors(page);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      await expectCleanInBothSchemes(page, async () => {
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
    await page.setViewportSize({ width: 375, height: 800 });
    if (!widths.length) await page.goto(path);
    await filter(page).fill('医疗');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAxeClean(page);
    expect(errors).toEqual([]);
  });
}
