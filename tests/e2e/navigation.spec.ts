// Finding one's way on a phone through a long chapter: the header's 目录 panel, the sticky 本页内容
// bar naming the current section, the desktop outline's current mark, 回到顶部, rule chips as tap
// targets, and the category filters within the first screen.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes, wcagTags } from './axe.ts';

const phone = { width: 375, height: 667 };
const menu = (page: Page) => page.getByRole('dialog', { name: '全站目录' });
const menuButton = (page: Page) => page.getByRole('button', { name: '目录', exact: true });

test.describe('the site menu at 375 px', () => {
  test.use({ viewport: phone, hasTouch: true, isMobile: true });

  test('a tap opens the menu, also far down a chapter, and a tap on a chapter goes there', { tag: '@race' }, async ({ page }) => {
    await page.goto('/guide/registration/');
    await page.getByRole('heading', { name: '点击确认完成注册流程' }).scrollIntoViewIfNeeded();
    await expect(menuButton(page)).toBeInViewport();
    await menuButton(page).tap();
    await expect(menu(page)).toBeVisible();
    const nav = menu(page).getByRole('navigation', { name: '全站导航（菜单）' });
    await expect(nav.getByRole('link', { name: '小程序注册' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: '公众号关联小程序' }).tap();
    await expect(page.locator('h1')).toHaveText('公众号关联小程序');
  });

  test('by keyboard: Enter opens, Tab stays inside, Esc closes and focus returns to the button', { tag: '@race' }, async ({ page }) => {
    await page.goto('/guide/preparation/');
    await menuButton(page).focus();
    await page.keyboard.press('Enter');
    await expect(menu(page)).toBeVisible();
    // Tab walks the menu and past its end out to the browser's own controls, never onto the page behind.
    const links = await menu(page).getByRole('link').count();
    const visited = new Set<string>();
    for (let i = 0; i < 2 * (links + 2); i++) {
      await page.keyboard.press('Tab');
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'outside the page';
        return el.closest('#site-menu') ? el.textContent!.trim() : `page behind: ${el.outerHTML.slice(0, 80)}`;
      });
      expect(where).not.toMatch(/^page behind/);
      visited.add(where);
    }
    expect(visited).toContain('关闭');
    expect(visited).toContain('小程序注册');
    await page.keyboard.press('Escape');
    await expect(menu(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
    await expect(page).toHaveURL(/\/guide\/preparation\/$/);
  });

  test('the back gesture closes the menu and stays on the page', { tag: '@race' }, async ({ page }) => {
    await page.goto('/guide/introduction/');
    await page.goto('/guide/preparation/');
    await menuButton(page).tap();
    await expect(menu(page)).toBeVisible();
    await page.goBack();
    await expect(menu(page)).toBeHidden();
    await expect(page.locator('h1')).toHaveText('小程序信息完善及开发前准备');
    // Closing with 关闭 takes back the history entry opening added: back then leaves the page.
    await menuButton(page).tap();
    await menu(page).getByRole('button', { name: '关闭' }).tap();
    await expect(menu(page)).toBeHidden();
    // history.back() is asynchronous: wait until the menu's entry is gone before the reader's own back,
    // or the two traversals can merge (seen once from a fresh clone).
    await expect.poll(() => page.evaluate(() => history.state)).not.toBe('menu');
    await page.goBack();
    await expect(page).toHaveURL(/\/guide\/introduction\/$/);
  });

  test('the menu is on pages without the chapter layout too', async ({ page }) => {
    await page.goto('/');
    await menuButton(page).tap();
    await menu(page).getByRole('link', { name: '类目查询' }).tap();
    await expect(page.locator('h1')).toHaveText('类目查询');
  });

  test('axe finds nothing with the menu open, light and dark', async ({ page }) => {
    await page.goto('/guide/preparation/');
    await menuButton(page).tap();
    await expect(menu(page)).toBeVisible();
    await expectCleanInBothSchemes(page, undefined, { tags: [...wcagTags, 'wcag22aa'] });
  });
});

test.describe('where am I on a long page', () => {
  test('on a phone the 本页内容 bar stays under the header, names the current section and opens the outline', async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/guide/registration/');
    const bar = page.locator('details.toc-mobile');
    const heading = page.getByRole('heading', { name: '填写邮箱和密码' });
    await heading.evaluate((h) => h.scrollIntoView());
    await expect(bar).toBeInViewport();
    await expect(bar.locator('summary')).toContainText('填写邮箱和密码');
    // The heading jumped to is not under the bar.
    const barBottom = (await bar.boundingBox())!.y + (await bar.boundingBox())!.height;
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(barBottom);
    // A tap where the bar is (a locator click would first scroll the sticky bar "into view").
    const summary = (await bar.locator('summary').boundingBox())!;
    await page.mouse.click(summary.x + summary.width / 2, summary.y + summary.height / 2);
    const outline = bar.getByRole('link', { name: '填写管理员信息' });
    await expect(outline).toBeVisible();
    await expect(bar.getByRole('link', { name: '填写邮箱和密码' })).toHaveAttribute('aria-current', 'true');
    await outline.click();
    await expect(outline).toBeHidden();
    await expect(page.getByRole('heading', { name: '填写管理员信息' })).toBeInViewport();
    await expect(bar.locator('summary')).toContainText('填写管理员信息');
  });

  test('on a desktop the outline marks the current section', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.goto('/guide/preparation/');
    const outline = page.getByRole('complementary', { name: '本页目录' });
    await page.getByRole('heading', { name: '开发前准备', exact: true }).evaluate((h) => h.scrollIntoView());
    await expect(outline.getByRole('link', { name: '开发前准备', exact: true })).toHaveAttribute('aria-current', 'true');
    await expect(outline.locator('[aria-current]')).toHaveCount(1);
    await outline.getByRole('link', { name: '登录小程序管理平台' }).click();
    await expect(outline.getByRole('link', { name: '登录小程序管理平台' })).toHaveAttribute('aria-current', 'true');
    await expect(outline.getByRole('link', { name: '开发前准备', exact: true })).not.toHaveAttribute('aria-current', /.*/);
  });

  test('回到顶部 appears when the reader, down a long page, heads back up (not while reading on), and goes back up', { tag: '@race' }, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto('/guide/registration/');
    const toTop = page.getByRole('link', { name: '回到顶部' });
    await expect(toTop).toBeHidden();
    await page.getByRole('heading', { name: '点击确认完成注册流程' }).evaluate((h) => h.scrollIntoView());
    await page.mouse.wheel(0, -200);
    await expect(toTop).toBeVisible();
    await page.mouse.wheel(0, 300);
    await expect(toTop).toBeHidden();
    await page.mouse.wheel(0, -100);
    await expect(toTop).toBeVisible();
    await expect(toTop).toBeInViewport();
    await toTop.click();
    await expect(page.locator('h1')).toBeInViewport();
    await expect(toTop).toBeHidden();
  });
});

test('a jump to a rule lands just under the header, not twice as far down', { tag: '@race' }, async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/rules/#R29');
  const headerBottom = await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().bottom);
  const top = await page.locator('#R29').evaluate((row) => row.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom);
  expect(top).toBeLessThanOrEqual(headerBottom + 24);
});

test('rule chips read "依据 R…" and are tap targets of at least 24 × 24 px', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/guide/registration/');
  const chips = page.locator('.content').getByRole('link', { name: /^依据 R\d+$/ });
  expect(await chips.count()).toBeGreaterThan(3);
  for (const chip of await chips.all()) {
    const box = (await chip.boundingBox())!;
    expect(box.width, await chip.innerText()).toBeGreaterThanOrEqual(24);
    expect(box.height, await chip.innerText()).toBeGreaterThanOrEqual(24);
  }
});

for (const path of ['/tools/categories/', '/tools/categories/enterprise/', '/tools/categories/special/']) {
  test(`${path}: the filter is within the first screen of a phone`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(path);
    const filter = page.getByRole('searchbox');
    await expect(filter).toBeEnabled();
    const box = (await filter.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(phone.height);
  });
}
