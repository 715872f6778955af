// 类目查询: filtering by characters, pinyin, initials and typos; deep links; the address; no-JS reading.
import { expect, test } from '@playwright/test';

const filter = (page: import('@playwright/test').Page) => page.getByRole('searchbox', { name: '筛选类目' });
const hits = (page: import('@playwright/test').Page) => page.getByRole('list', { name: '筛选结果' }).getByRole('listitem');

test('pinyin, initials and a typo all find 快递, with the path and the match highlighted', async ({ page }) => {
  await page.goto('/tools/categories/');
  for (const query of ['kuaidi', 'kd', 'kuadi', '快递']) {
    await filter(page).fill(query);
    await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 个类目/ })).toBeVisible();
    const first = hits(page).first();
    await expect(first).toContainText('快递业与邮政');
    await expect(first.locator('mark').first()).toHaveText(/快递/);
  }
  await filter(page).fill('jizhang');
  await expect(hits(page).first()).toContainText('工具 › 记账');
  await expect(page).toHaveURL(/\?q=jizhang$/);
});

test('a nonsense filter shows the empty state with suggestions, and clearing brings the tree back', async ({ page }) => {
  await page.goto('/tools/categories/?q=xyzqwv');
  await expect(page.getByText('没有与“xyzqwv”匹配的类目')).toBeVisible();
  await page.getByRole('button', { name: 'kd', exact: true }).click();
  await expect(filter(page)).toHaveValue('kd');
  await expect(hits(page).first()).toContainText('快递业与邮政');
  await filter(page).fill('');
  await expect(page.getByRole('list', { name: /服务类目/ })).toBeVisible();
  await expect(page).toHaveURL(/\/tools\/categories\/$/);
});

test('choosing a category gives it a deep link that opens the browser on it', async ({ page }) => {
  await page.goto('/tools/categories/');
  await filter(page).fill('flzx');
  await hits(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/c=%E5%95%86%E4%B8%9A%E6%9C%8D%E5%8A%A1%3E/);
  const link = await page.getByRole('link', { name: '本类目的链接' }).getAttribute('href');
  expect(decodeURIComponent(link!)).toContain('商业服务>法律服务>法律咨询');

  await page.goto(`/tools/categories/?c=${encodeURIComponent('商业服务>法律服务>法律咨询')}`);
  await expect(page.getByText('已选类目：')).toBeVisible();
  await expect(page.locator('[data-current-path]')).toHaveText('商业服务 › 法律服务 › 法律咨询');
  const selected = page.locator('.tree a[aria-current="true"]');
  await expect(selected).toHaveText('法律咨询');
  await expect(selected).toBeFocused();
});

test('a malformed address gets a notice, never a crash', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/tools/categories/?c=%3Cimg%20src%3Dx%3E&q=' + 'a'.repeat(90));
  await expect(page.getByRole('alert')).toContainText('不在类目表中');
  await expect(page.getByRole('alert')).toContainText('太长');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(filter(page)).toHaveValue('a'.repeat(64));
  await page.getByRole('button', { name: '知道了' }).click();
  await expect(page.getByRole('alert')).toBeHidden();
  expect(errors).toEqual([]);
});

test('expand and collapse all', async ({ page }) => {
  await page.goto('/tools/categories/');
  await page.getByRole('button', { name: '全部收起' }).click();
  await expect(page.getByRole('link', { name: '寄件/收件' })).toBeHidden();
  await page.getByText('快递业与邮政', { exact: true }).click();
  await expect(page.getByRole('link', { name: '寄件/收件' })).toBeVisible();
  await page.getByRole('button', { name: '全部展开' }).click();
  await expect(page.getByRole('link', { name: '在线健身' })).toBeVisible();
});

test('the 开发前准备 chapter embeds the browser next to the category rules', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/guide/preparation/');
  await filter(page).fill('piaowu');
  await expect(hits(page).first()).toContainText('生活服务 › 票务');
  await expect(page.locator('[data-decision="D1"]')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole tree is readable: three levels, counts, "无三级类目" instead of "/"', async ({ page }) => {
    await page.goto('/tools/categories/');
    const tree = page.getByRole('list', { name: /服务类目/ });
    await expect(tree.locator(':scope > li')).toHaveCount(9);
    await expect(tree.locator('.level2 > li')).toHaveCount(40);
    await expect(tree.locator('.level3 > li')).toHaveCount(4);
    await expect(page.getByText('共 9 个一级类目、40 个二级类目、4 个三级类目。')).toBeVisible();
    await expect(tree.getByText('无三级类目').first()).toBeVisible();
    expect(await tree.locator('li').evaluateAll((lis) => lis.some((li) => li.textContent?.trim() === '/'))).toBe(false);
    await expect(page.getByRole('searchbox', { name: '筛选类目' })).toBeHidden();
    await expect(page.locator('[data-decision="D1"]')).toContainText('合并单元格');
    await expect(page.getByRole('link', { name: '完善小程序信息' })).toHaveAttribute('href', /\/guide\/preparation\/#完善小程序信息$/);
  });
});
