// 类目查询: filtering by characters, pinyin, initials and typos; deep links; the address; no-JS reading;
// the official editions of the table (?edition=): it opens on the newest, the guide's one tap away, and
// every category says in which editions it was open.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { watchErrors } from './pages.ts';

const filter = (page: Page) => page.getByRole('searchbox', { name: '筛选类目' });
const hits = (page: Page) => page.getByRole('list', { name: '筛选结果' }).getByRole('listitem');
const editionRadio = (page: Page, id: string) => page.getByRole('group', { name: '类目表版本' }).getByRole('radio', { name: new RegExp(`^${id}`) });
const tree = (page: Page) => page.getByRole('list', { name: /服务类目/ });
const summary = (page: Page) => page.locator('[data-category-browser] [data-summary]');
const elsewhere = (page: Page) => page.getByRole('list', { name: '其他版本' });
/** A second-level row of the tree, by its category's name. */
const row = (page: Page, name: string) => tree(page).locator('li', { has: page.getByRole('link', { name, exact: true }) }).last();
const history = (page: Page, name: string) => row(page, name).locator(':scope > .cat-history');

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

test('a shop owner\'s word finds the category it means and says so; the address keeps the word', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/tools/categories/');
  const also = page.locator('[data-category-browser] [data-also]');
  // The newest table has no 外送: the answer says so, and since when, never that it is open.
  await filter(page).fill('外卖');
  await expect(page.getByText('没有与“外卖”匹配的类目')).toBeVisible();
  await expect(also).toHaveText('也搜索了：外送');
  await expect(elsewhere(page)).toContainText('生活服务 › 外送：2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放。');
  await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent('外卖')}$`));
  await filter(page).fill('搬家');
  await expect(hits(page).first()).toContainText('装卸搬运');
  await expect(also).toHaveText('也搜索了：装卸搬运');
  await filter(page).fill('快递');
  await expect(hits(page).first()).toContainText('快递业与邮政');
  await expect(also).toBeHidden();
  expect(errors).toEqual([]);
});

test('a deep link that names the 2018-04 edition with a shop owner\'s word opens on the category it means there', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/tools/categories/?edition=2018-04&q=' + encodeURIComponent('外卖'));
  await expect(editionRadio(page, '2018-04')).toBeChecked();
  await expect(filter(page)).toHaveValue('外卖');
  await expect(hits(page)).toHaveCount(1);
  await expect(hits(page).first()).toContainText('生活服务 › 外送');
  await expect(hits(page).first().locator('.cat-history')).toHaveText('2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');
  await expect(page.getByText('也搜索了：外送')).toBeVisible();
  await hits(page).first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`\\?edition=2018-04&q=${encodeURIComponent('外卖')}&c=`));
  await expect(page.locator('[data-current-path]')).toHaveText('生活服务 › 外送');
  await expect(page.locator('[data-current-history]')).toHaveText('2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');
  expect(errors).toEqual([]);
});

// A page of its own: navigating away from the tool page could abort its late requests (the favicon).
test('a deep link with a shop owner\'s word opens the category in the 开发前准备 chapter too', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/guide/preparation/?q=' + encodeURIComponent('保洁'));
  await expect(hits(page).first()).toContainText('生活服务 › 家政');
  await expect(page.getByText('也搜索了：家政')).toBeVisible();
  expect(errors).toEqual([]);
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
  await filter(page).fill('chajian');
  await hits(page).first().getByRole('link').click();
  await expect(page).toHaveURL(/c=%E5%BF%AB%E9%80%92%E4%B8%9A%E4%B8%8E%E9%82%AE%E6%94%BF%3E/);
  const link = await page.getByRole('link', { name: '本类目的链接' }).getAttribute('href');
  expect(decodeURIComponent(link!)).toContain('快递业与邮政>快递、物流>查件');

  await page.goto(`/tools/categories/?c=${encodeURIComponent('快递业与邮政>快递、物流>查件')}`);
  await expect(page.getByText('已选类目：')).toBeVisible();
  await expect(page.locator('[data-current-path]')).toHaveText('快递业与邮政 › 快递、物流 › 查件');
  await expect(page.locator('[data-current-history]')).toHaveText('2017-06 版起各版均开放');
  const selected = page.locator('.tree a[aria-current="true"]');
  await expect(selected).toHaveText('查件');
  await expect(selected).toBeFocused();
});

test('an old category link without an edition (it meant the guide\'s table) still opens the category, in the guide\'s table', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(`/tools/categories/?c=${encodeURIComponent('商业服务>法律服务>法律咨询')}`);
  await expect(editionRadio(page, '2018-04')).toBeChecked();
  await expect(page.getByRole('alert')).toContainText('链接中的类目“商业服务 › 法律服务 › 法律咨询”不在 2018-09 版类目表中，已显示含有它的 2018-04 版指南类目表。');
  await expect(page.locator('[data-current-path]')).toHaveText('商业服务 › 法律服务 › 法律咨询');
  await expect(page.locator('[data-current-history]')).toHaveText('2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');
  await expect(tree(page).locator('a[aria-current="true"]')).toBeFocused();
  await expect(page).toHaveURL(/\?edition=2018-04&c=/);
  expect(errors).toEqual([]);
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
  await expect(page.getByRole('link', { name: '查件' })).toBeHidden();
  await page.getByText('快递业与邮政', { exact: true }).click();
  await expect(page.getByRole('link', { name: '查件' })).toBeVisible();
  await page.getByRole('button', { name: '全部展开' }).click();
  await expect(page.getByRole('link', { name: '在线健身' })).toBeVisible();
});

test('the 开发前准备 chapter embeds the browser next to the category rules', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/guide/preparation/');
  await filter(page).fill('jiazheng');
  await expect(hits(page).first()).toContainText('生活服务 › 家政');
  await expect(page.locator('[data-decision="D1"]')).toBeVisible();
});

test.describe('editions', () => {
  test('a 个人 reader at 375px sees the newest table first, taps to the guide\'s, and searching 外卖 is told when 外送 stopped being open', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/tools/categories/enterprise/');
    await page.getByRole('navigation', { name: '按主体类型查类目' }).getByRole('link', { name: '个人', exact: true }).click();
    await expect(page).toHaveURL(/\/tools\/categories\/$/);
    // The newest table first, saying it is not today's.
    await expect(editionRadio(page, '2018-09')).toBeChecked();
    await expect(summary(page)).toHaveText('共 9 个一级类目、35 个二级类目、11 个三级类目。');
    const info = page.locator('[data-edition-info="2018-09"]');
    await expect(info).toContainText('2018-11 之后的现行类目表本站未能读取，现行以平台为准。');
    await expect(history(page, '丽人')).toHaveText('2018-07 版起开放');
    await expect(tree(page).getByRole('link', { name: '外送', exact: true })).toBeHidden();
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
    // One tap to the guide's table.
    await editionRadio(page, '2018-04').check();
    await expect(page).toHaveURL(/\?edition=2018-04$/);
    await expect(summary(page)).toHaveText('共 9 个一级类目、40 个二级类目、4 个三级类目。');
    await expect(tree(page).getByRole('link', { name: '外送', exact: true })).toBeVisible();
    await expect(history(page, '外送')).toHaveText('2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');
    // 外卖: 外送 is found in this table, and told when it stopped being open.
    await filter(page).fill('外卖');
    await expect(hits(page).first()).toContainText('生活服务 › 外送');
    await expect(hits(page).first()).toContainText('2018-07 版起不再对个人开放');
    await expect(elsewhere(page)).toContainText('餐饮 › 外卖：仅 2017-06 版中开放；2017-11 版起不再对个人开放。');
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
    // Back to the newest: no 外送 there, and the answer says since when.
    await editionRadio(page, '2018-09').check();
    await expect(page).toHaveURL(new RegExp(`/tools/categories/\\?q=${encodeURIComponent('外卖')}$`));
    await expect(page.getByText('没有与“外卖”匹配的类目')).toBeVisible();
    await expect(elsewhere(page)).toContainText('生活服务 › 外送：2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放。');
    expect(errors).toEqual([]);
  });

  test('switching edition updates the address, the counts, the differences and the tree', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/tools/categories/');
    await expect(editionRadio(page, '2018-09')).toBeChecked();
    await expect(summary(page)).toHaveText('共 9 个一级类目、35 个二级类目、11 个三级类目。');
    await expect(page.locator('[data-edition-info="2018-09"]')).toContainText('官方 2018-09-11 版类目表（仅供参考，现行以平台为准）');
    await expect(page.locator('[data-edition-info="2018-09"]')).toContainText('新增 12 项，删除 10 项，改名 2 项');
    await expect(history(page, '图片')).toHaveText('2018-09 版起开放（此前名为“图片/音频/视频”）');
    // The 2018-09 table's own order: 旅游 lists 出境WiFi first.
    await expect(tree(page).locator('li', { hasText: '旅游攻略' }).first().locator('.level2 > li:not([hidden]) > a')).toHaveText(['出境WiFi', '旅游攻略']);

    await editionRadio(page, '2018-07').check();
    await expect(page).toHaveURL(/\/tools\/categories\/\?edition=2018-07$/);
    await expect(summary(page)).toHaveText('共 9 个一级类目、36 个二级类目、13 个三级类目。');
    const info = page.locator('[data-edition-info="2018-07"]');
    await expect(info).toBeVisible();
    await expect(info).toContainText('官方 2018-07-04 版类目表（仅供参考，现行以平台为准）');
    await expect(info).toContainText('与 2018-04 版指南相比：新增 13 项，删除 8 项。');
    await expect(info).toContainText('与指南相比删除了：');
    await expect(info.locator('del', { hasText: '票务' })).toBeVisible();
    await expect(info.getByRole('link', { name: /接入指南 2018-07-04 版（存档）/ })).toHaveAttribute('href', /weapp-document-tracker\/blob\/8a3bcd2c766b24a44cdcc9b8f607de824c48e903\//);
    await expect(history(page, '图片/音频/视频')).toHaveText('2017-06 至 2018-07 版中开放；2018-09 版起改名为“图片”');
    await expect(row(page, 'SPA').locator('.cat-history')).toHaveText('仅 2018-07 版中开放；2018-09 版起不再对个人开放');
    await expect(tree(page).getByRole('link', { name: '票务', exact: true })).toBeHidden();
    await expect(page.getByText('生活服务5 个二级类目')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('新增 13 项，删除 8 项');

    await editionRadio(page, '2018-04').check();
    await expect(page).toHaveURL(/\?edition=2018-04$/);
    await expect(summary(page)).toHaveText('共 9 个一级类目、40 个二级类目、4 个三级类目。');
    await expect(tree(page).getByRole('link', { name: '票务', exact: true })).toBeVisible();
    await expect(history(page, '票务')).toHaveText('2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');

    await editionRadio(page, '2018-09').check();
    await expect(page).toHaveURL(/\/tools\/categories\/$/);
    await expect(summary(page)).toHaveText('共 9 个一级类目、35 个二级类目、11 个三级类目。');
    await expect(tree(page).getByRole('link', { name: '票务', exact: true })).toBeHidden();
    expect(errors).toEqual([]);
  });

  test('a deep link opens its edition: ?edition=2018-07&q=丽人 shows when 丽人 was open', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/tools/categories/?edition=2018-07&q=' + encodeURIComponent('丽人'));
    await expect(editionRadio(page, '2018-07')).toBeChecked();
    await expect(filter(page)).toHaveValue('丽人');
    const first = hits(page).first();
    await expect(first).toContainText('生活服务 › 丽人');
    await expect(first.locator('.cat-history')).toHaveText('2018-07 版起开放');
    await expect(elsewhere(page)).toBeHidden();
    await filter(page).fill('SPA');
    await expect(hits(page).first()).toContainText('生活服务 › 丽人 › SPA');
    await expect(hits(page).first().locator('.cat-history')).toHaveText('仅 2018-07 版中开放；2018-09 版起不再对个人开放');
    await filter(page).fill('丽人');
    await first.getByRole('link').click();
    await expect(page).toHaveURL(/\?edition=2018-07&q=.+&c=/);
    expect(errors).toEqual([]);
  });

  test('a deep link to a category of another edition selects it there; in an edition without it it gets a notice', async ({ page }) => {
    await page.goto(`/tools/categories/?edition=2018-07&c=${encodeURIComponent('生活服务>丽人>SPA')}`);
    await expect(page.locator('[data-current-path]')).toHaveText('生活服务 › 丽人 › SPA');
    await expect(tree(page).locator('a[aria-current="true"]')).toBeFocused();
    // Without an edition: the newest lacks SPA, so the edition that has it opens, with a notice.
    await page.goto(`/tools/categories/?c=${encodeURIComponent('生活服务>丽人>SPA')}`);
    await expect(editionRadio(page, '2018-07')).toBeChecked();
    await expect(page.getByRole('alert')).toContainText('不在 2018-09 版类目表中，已显示含有它的 2018-07 版类目表');
    await expect(page.locator('[data-current-path]')).toHaveText('生活服务 › 丽人 › SPA');
    // An edition named: it stays, and a category it lacks gets a notice.
    await page.goto(`/tools/categories/?edition=2018-04&c=${encodeURIComponent('生活服务>丽人')}`);
    await expect(editionRadio(page, '2018-04')).toBeChecked();
    await expect(page.getByRole('alert')).toContainText('不在类目表中');
    await expect(page.locator('[data-current]')).toBeHidden();
  });

  test('searching 律师 in the guide\'s edition finds 法律服务 and says since when 律师 was open', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/tools/categories/?edition=2018-04');
    await filter(page).fill('律师');
    await expect(hits(page).first()).toContainText('商业服务 › 法律服务');
    await expect(page.getByText('也搜索了：法律咨询、法律服务')).toBeVisible();
    await expect(elsewhere(page)).toContainText('商业服务 › 律师：2018-07 版起开放。');
    await filter(page).fill('纹身');
    await expect(page.getByText('没有与“纹身”匹配的类目')).toBeVisible();
    await expect(page.getByText('这里只列出2018-04 版指南类目表中的类目')).toBeVisible();
    await expect(elsewhere(page)).toHaveText('生活服务 › 丽人 › 纹身：2018-07 版起开放。');
    await filter(page).fill('法律');
    await expect(hits(page).first()).toContainText('商业服务 › 法律服务');
    await editionRadio(page, '2018-09').check();
    await expect(page).toHaveURL(/\/tools\/categories\/\?q=/);
    await expect(elsewhere(page)).toContainText('商业服务 › 法律服务：2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放。');
    await expect(elsewhere(page).getByRole('listitem')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('a junk ?edition= gets a notice and the newest edition, never a crash', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/tools/categories/?edition=abc&q=kd');
    await expect(page.getByRole('alert')).toContainText('链接中的类目表版本“abc”不存在，已显示 2018-09 版的类目表');
    await expect(editionRadio(page, '2018-09')).toBeChecked();
    await expect(hits(page).first()).toContainText('快递业与邮政');
    await expect(page).toHaveURL(/\/tools\/categories\/\?q=kd$/);
    await page.goto('/tools/categories/?edition=%3Cimg%20src%3Dx%3E');
    await expect(page.getByRole('alert')).toContainText('不存在');
    await expect(page.locator('[data-category-browser] img')).toHaveCount(0);
    await expect(summary(page)).toHaveText('共 9 个一级类目、35 个二级类目、11 个三级类目。');
    expect(errors).toEqual([]);
  });

  test('the 开发前准备 chapter switches edition in place', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/guide/preparation/');
    await expect(editionRadio(page, '2018-09')).toBeChecked();
    await editionRadio(page, '2017-06').check();
    await expect(page).toHaveURL(/\/guide\/preparation\/\?edition=2017-06$/);
    await expect(summary(page)).toHaveText('共 9 个一级类目、45 个二级类目、4 个三级类目。');
    expect(errors).toEqual([]);
  });

  test('at 375px, light and dark: axe clean with an older edition chosen, its rows and notes shown; no sideways scroll', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/tools/categories/?edition=2018-07');
    await expect(summary(page)).toHaveText(/36 个二级类目/);
    await expectCleanInBothSchemes(page);
    await filter(page).fill('律师');
    await expect(hits(page).first().locator('.cat-history')).toHaveText('2018-07 版起开放');
    await editionRadio(page, '2018-04').check();
    await expect(elsewhere(page)).toBeVisible();
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the whole newest tree is readable: three levels, counts, "无三级类目" instead of "/", each row\'s editions', async ({ page }) => {
    await page.goto('/tools/categories/');
    const tree = page.getByRole('list', { name: /服务类目/ });
    // The other editions' categories are in the page too, hidden.
    await expect(tree.locator(':scope > li:visible')).toHaveCount(9);
    await expect(tree.locator('.level2 > li:visible')).toHaveCount(35);
    await expect(tree.locator('.level3 > li:visible')).toHaveCount(11);
    await expect(summary(page)).toHaveText('共 9 个一级类目、35 个二级类目、11 个三级类目。');
    await expect(summary(page)).toBeVisible();
    await expect(tree.getByText('无三级类目').filter({ visible: true })).toHaveCount(33);
    await expect(tree.locator('.cat-history:visible')).toHaveCount(9 + 35 + 11);
    expect(await tree.locator('li').evaluateAll((lis) => lis.some((li) => li.textContent?.trim() === '/'))).toBe(false);
    await expect(page.getByRole('searchbox', { name: '筛选类目' })).toBeHidden();
    await expect(page.locator('[data-decision="D1"]')).toContainText('合并单元格');
    await expect(page.getByRole('link', { name: '完善小程序信息' })).toHaveAttribute('href', /\/guide\/preparation\/#完善小程序信息$/);
  });

  test('the newest edition shows with its source and its limits; every edition\'s differences are listed in 各版本的类目表, newest first', async ({ page }) => {
    await page.goto('/tools/categories/');
    await expect(page.getByRole('group', { name: '类目表版本' })).toBeHidden();
    await expect(tree(page).getByRole('link', { name: '丽人', exact: true })).toBeVisible();
    await expect(tree(page).getByRole('link', { name: '外送', exact: true })).toBeHidden();
    const shown = page.locator('[data-edition-info="2018-09"]');
    await expect(shown).toContainText('官方 2018-09-11 版类目表（仅供参考，现行以平台为准）');
    await expect(shown).toContainText('2018-11 之后的现行类目表本站未能读取，现行以平台为准。');
    const section = page.locator('h2#editions ~ .edition-info');
    await expect(section).toHaveCount(5);
    await expect(page.getByRole('heading', { name: '官方 2018-07-04 版类目表（仅供参考，现行以平台为准）' })).toBeVisible();
    await expect(section.nth(0)).toContainText('2018-11 之后的现行类目表本站未能读取');
    await expect(section.nth(0)).toContainText('工具 › 图片/音频/视频 → 图片');
    await expect(section.nth(1)).toContainText('与 2018-04 版指南相比：新增 13 项，删除 8 项。');
    await expect(section.nth(1)).toContainText('生活服务 › 丽人（含 美甲、美容、美睫、美发、纹身、祛痘、纤体瘦身、SPA、舞蹈、瑜伽、其他）');
    await expect(section.nth(4)).toContainText('新增 5 项，删除 0 项');
  });

  test('the chapter that embeds the browser points to the other editions', async ({ page }) => {
    await page.goto('/guide/preparation/');
    await expect(page.getByRole('link', { name: '类目查询 › 各版本的类目表' })).toHaveAttribute('href', /\/tools\/categories\/#editions$/);
  });
});
