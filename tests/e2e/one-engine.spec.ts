// One engine (issue 22): the category browser's filter and the site search share one matcher, so an
// everyday word finds the same first category in both; Fuse.js, which does the typo matching in both,
// loads only for a query with a typo.
import { expect, test, type Page } from '@playwright/test';
import { searchBox as box, searchOptions as options, watchRequests } from './search-page.ts';

const filter = (page: Page) => page.getByRole('searchbox', { name: '筛选类目' });
const hits = (page: Page) => page.getByRole('list', { name: '筛选结果' }).getByRole('listitem');
const fuseLoads = (requests: string[]) => requests.filter((p) => /fuse-match\..+\.js$/.test(p)).length;

test('the category browser and the site search give the same first category for the same everyday word', async ({ page }) => {
  // The guide's table, which the site search indexes.
  await page.goto('/tools/categories/?edition=2018-04');
  for (const word of ['快递', '外卖', '搬家', '保洁', 'kuadi']) {
    await filter(page).fill(word);
    await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 个类目/ })).toBeVisible();
    const inBrowser = await hits(page).first().getByRole('link').getAttribute('data-cat-id');
    await page.keyboard.press('Control+k');
    await box(page).fill(word);
    // The site search's first category: the first option that opens 类目查询 on a category.
    const first = options(page).and(page.locator('[data-href^="/tools/categories/?"]')).first();
    await expect(first).toBeVisible();
    const href = (await first.getAttribute('data-href'))!;
    expect(new URLSearchParams(href.split('?')[1]).get('c'), word).toBe(inBrowser);
    await page.keyboard.press('Escape');
  }
});

test('Fuse.js loads only for a query with a typo, in the site search and in the category browser', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/guide/registration/');
  await page.keyboard.press('/');
  for (const query of ['快递', 'kuaidi', 'kd', '体验者最多能加多少人']) {
    await box(page).fill(query);
    await expect(options(page).first()).toBeVisible();
  }
  expect(fuseLoads(requests)).toBe(0);
  await box(page).fill('kuadi');
  await expect(options(page).first()).toContainText('快递');
  expect(fuseLoads(requests)).toBe(1);

  requests.length = 0;
  await page.goto('/tools/categories/');
  await filter(page).fill('快递');
  await expect(hits(page).first()).toContainText('快递业与邮政');
  expect(fuseLoads(requests)).toBe(0);
  await filter(page).fill('jiazhegn');
  await expect(hits(page).first()).toContainText('家政');
  expect(fuseLoads(requests)).toBe(1);
});
