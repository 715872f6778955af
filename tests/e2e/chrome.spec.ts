// The site's chrome: theme without flash, skip link, navigation, 404, no-JS reading.
import { expect, test } from '@playwright/test';

test('the chosen theme survives a reload and applies before first paint', async ({ page }) => {
  await page.goto('/guide/registration/');
  await page.getByLabel('配色').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // Record the theme at the first moment the body exists, before any module script runs.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive') (window as any).__themeAtParse = document.documentElement.dataset.theme;
    }, { once: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as any).__themeAtParse)).toBe('dark');
  await expect(page.getByLabel('配色')).toHaveValue('dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 24, 29)');
  await page.getByLabel('配色').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('a corrupt stored theme is ignored', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('theme', '<script>alert(1)</script>'));
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect(page.getByLabel('配色')).toHaveValue('auto');
});

test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
  await page.goto('/guide/preparation/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('#main')).toBeFocused();
});

test('the sidebar marks the current chapter and prev/next walk the chapters', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/registration/');
  await expect(page.getByRole('navigation', { name: '全站导航', exact: true }).getByRole('link', { name: '小程序注册' })).toHaveAttribute('aria-current', 'page');
  const pager = page.getByRole('navigation', { name: '上一页与下一页' });
  await pager.getByRole('link', { name: /下一页/ }).click();
  await expect(page).toHaveURL(/\/guide\/preparation\/$/);
  await expect(page.locator('h1')).toHaveText('小程序信息完善及开发前准备');
});

test('the table of contents links to headings on the page', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 800 });
  await page.goto('/guide/preparation/');
  await page.getByRole('complementary', { name: '本页目录' }).getByRole('link', { name: '绑定开发者' }).click();
  await expect(page.locator('h3#绑定开发者')).toBeInViewport();
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('/guide/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await page.getByRole('link', { name: '首页' }).click();
  await expect(page.locator('h1')).toHaveText('微信小程序接入指南');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a phone reader can open the site menu and reach a chapter', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 });
    await page.goto('/guide/registration/');
    await expect(page.getByLabel('配色')).toBeHidden();
    // The disclosure, not the header's 目录 panel, which needs JavaScript (navigation.spec.ts).
    await expect(page.getByRole('button', { name: '目录', exact: true })).toBeHidden();
    await page.locator('summary').getByText('全站目录').click();
    await page.getByRole('navigation', { name: '全站导航（折叠）' }).getByRole('link', { name: '公众号关联小程序' }).click();
    await expect(page.locator('h1')).toHaveText('公众号关联小程序');
  });
});

test('numbers on guide pages come from the rule data', async ({ page }) => {
  await page.goto('/guide/preparation/');
  const table = page.getByRole('table', { name: '成员名额上限' });
  await expect(table.getByRole('row', { name: /个人主体小程序/ })).toContainText('5');
  await expect(table.getByRole('row', { name: /已认证的小程序/ })).toContainText('40');
  await page.goto('/guide/registration/');
  await expect(page.locator('.admonition').getByText(/请在\s*10\s*天内完成汇款/)).toBeVisible();
});

test('printing shows the content without site chrome and spells out external addresses', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/review-and-release/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('complementary', { name: '侧边栏' })).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  const after = await page.locator('a.external').first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://mp.weixin.qq.com');
});

test('the narrowest phones (360 px) get no sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/guide/registration/', '/guide/preparation/', '/rules/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
});
