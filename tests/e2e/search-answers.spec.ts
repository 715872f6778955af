// The answer cards a reader sees (issue 22): a question the guide does not cover gets "指南未涉及" with
// the closest topic and the official channels; a documents card quotes its table exactly; the home
// page's 问一句 box opens search with what was typed, and without JavaScript goes to /search/.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { watchErrors } from './pages.ts';
import { searchBox as box, searchOptions as options, watchRequests } from './search-page.ts';

const ask = (page: Page) => page.getByRole('search', { name: '问一句' }).getByRole('searchbox');

test('at 375 px, a question the guide does not cover, asked in the home page\'s box, gives the 指南未涉及 card', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  const errors = watchErrors(page);
  await page.goto('/');
  // The box is on the first screen.
  const field = ask(page);
  await expect(field).toBeInViewport();
  await field.fill('小程序名字被占用了怎么办');
  await field.press('Enter');
  await expect(box(page)).toBeFocused();
  await expect(box(page)).toHaveValue('小程序名字被占用了怎么办');
  await expect(page).toHaveURL((u) => u.pathname === '/' && u.searchParams.get('q') === '小程序名字被占用了怎么办');
  const card = page.getByRole('region', { name: '答案：指南未涉及' });
  await expect(card).toContainText('指南未涉及');
  await expect(card).toContainText('2018 年版指南和本站的规则变迁都没有讲到“小程序名称被占用或重名”');
  await expect(card.getByRole('link', { name: '完善小程序信息' })).toHaveAttribute('href', /\/guide\/preparation\/#/);
  await expect(card.getByRole('link', { name: '微信公众平台' })).toHaveAttribute('href', 'https://mp.weixin.qq.com');
  await expect(card).toContainText('微信开放社区');
  const rect = (await card.boundingBox())!;
  expect(rect.x + rect.width).toBeLessThanOrEqual(375);
  await expectCleanInBothSchemes(page);
  // Closed, focus is back in the box.
  await page.keyboard.press('Escape');
  await expect(field).toBeFocused();
  expect(errors).toEqual([]);
});

test('the home page\'s box at 1280 px: the 搜索 button opens search with the text; a number card names its subjects and edition', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await ask(page).fill('一个公众号能关联几个小程序');
  await page.getByRole('search', { name: '问一句' }).getByRole('button', { name: '搜索' }).click();
  await expect(box(page)).toHaveValue('一个公众号能关联几个小程序');
  const card = page.getByRole('region', { name: '答案：数量上限' });
  await expect(card).toContainText('10个同主体的小程序、3个不同主体的小程序');
  await expect(card).toContainText('指南（2018-04-16） · 所有公众号');
  await expect(card).not.toContainText('13次');
  await expect(options(page).first()).toBeVisible();
  await box(page).fill('认证要多少钱');
  const fee = page.getByRole('region', { name: '答案：费用' });
  await expect(fee).toContainText('300元认证费');
  await expect(fee).toContainText('指南（2018-04-16） · 企业类型');
  await expect(fee).toContainText(/现在：.*可信度.*核对）/);
});

test('a documents card quotes the table: 律所 keeps its "或", fetched only when such a card shows', async ({ page }) => {
  const requests = watchRequests(page);
  await page.goto('/guide/preparation/');
  await page.keyboard.press('/');
  await box(page).fill('体验者');
  await expect(options(page).first()).toBeVisible();
  expect(requests.filter((p) => p.endsWith('/search-answers.json'))).toHaveLength(0);
  await box(page).fill('律所需要什么资质');
  const card = page.getByRole('region', { name: '答案：资质文件' });
  await expect(card).toContainText('小程序开放的服务类目（2018-11-15） · 非个人主体');
  await expect(card.locator('.search-answer-docs')).toHaveText('《律师事务所执业许可证书》或\n经司法厅批准成立法律服务机构的文件');
  await box(page).fill('医疗器械经营需要什么资质');
  await expect(card.locator('.search-answer-docs')).toHaveText('《医疗器械经营许可证》、市食品药品监督管理部门备案凭证');
  expect(requests.filter((p) => p.endsWith('/search-answers.json'))).toHaveLength(1);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the box goes to /search/, which lists every heading of the guide', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto('/');
    await ask(page).fill('认证失败怎么办');
    await ask(page).press('Enter');
    await expect(page).toHaveURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === '认证失败怎么办');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
    await expect(page.getByRole('link', { name: '认证入口' })).toHaveAttribute('href', /\/guide\/certification\/#/);
    await expect(page.getByRole('link', { name: '资格自查' }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(375);
  });
});

test('/search/?q= opens search with the question; the page is clean at 375 px, light and dark', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto('/search/?q=' + encodeURIComponent('管理员换人'));
  await expect(box(page)).toHaveValue('管理员换人');
  await expect(page.getByRole('region', { name: '答案：指南未涉及' })).toContainText('更换小程序管理员');
  await page.keyboard.press('Escape');
  await expectCleanInBothSchemes(page);
});
