// Site search: "/" and Ctrl+K open it, the combobox works by keyboard, Esc closes it, nothing loads
// before it is opened, and it is accessible with results showing.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const box = (page: Page) => page.getByRole('combobox', { name: '搜索指南、规则、类目和工具' });
const options = (page: Page) => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');

test('a guide page loads no search code until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto('/guide/registration/');
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => /search-dialog|search-index|query\.|fuse/i.test(p))).toEqual([]);
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await box(page).fill('体验者');
  await expect(options(page).first()).toBeVisible();
  expect(requests.some((p) => /search-dialog\..+\.js$/.test(p))).toBe(true);
  expect(requests.filter((p) => p.endsWith('/search-index.json'))).toHaveLength(1);
});

test('"/" opens search; arrow keys move, Enter opens the result at its heading', async ({ page }) => {
  await page.goto('/guide/registration/');
  await page.keyboard.press('/');
  await box(page).fill('tiyanzhe');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/找到 \d+ 条结果/);
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const second = options(page).nth(1);
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(box(page)).toHaveAttribute('aria-activedescendant', (await second.getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('group', { name: '规则', exact: true })).toBeVisible();
  await box(page).fill('获取AppID');
  await expect(options(page).first().locator('mark').first()).toHaveText('获取AppID');
  await expect(options(page).first()).toContainText('获取AppID');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guide\/preparation\/#%E8%8E%B7%E5%8F%96appid$/);
  await expect(page.locator('h3#获取appid')).toBeInViewport();
});

test('Ctrl+K opens search from anywhere; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/tools/categories/');
  await page.getByRole('button', { name: /^搜索/ }).focus();
  await page.keyboard.press('Control+k');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
  await expect(page.getByRole('button', { name: /^搜索/ })).toBeFocused();
  // "/" typed into the category filter is text, not a shortcut.
  await page.getByRole('searchbox', { name: '筛选类目' }).fill('');
  await page.getByRole('searchbox', { name: '筛选类目' }).press('/');
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
  // A click on the button opens it too, and the close button closes it.
  await page.getByRole('button', { name: /^搜索/ }).click();
  await expect(box(page)).toBeFocused();
  await page.getByRole('button', { name: /^关闭/ }).click();
  await expect(page.getByRole('dialog', { name: '搜索全站' })).toBeHidden();
});

test('numbers, categories and tools are found and grouped', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await box(page).fill('300');
  await expect(options(page).first()).toContainText('300元');
  await box(page).fill('kuaidi');
  const category = page.getByRole('group', { name: '类目' }).getByRole('option').first();
  await expect(category).toContainText('快递');
  await expect(category.locator('mark').first()).toHaveText('快递');
  await page.getByRole('option', { name: /^快递业与邮政/ }).click();
  await expect(page).toHaveURL(/\/tools\/categories\/\?c=/);
  await expect(page.locator('[data-current-path]')).toHaveText('快递业与邮政');
  await page.keyboard.press('Control+k');
  await box(page).fill('类目查询');
  await expect(page.getByRole('group', { name: '工具' }).getByRole('option').first()).toContainText('类目查询');
});

test('a nonsense query shows the empty state with example queries and links', async ({ page }) => {
  await page.goto('/guide/payment/');
  await page.keyboard.press('/');
  await box(page).fill('xyzqwv');
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('没有找到与“xyzqwv”相关的内容');
  await expect(options(page)).toHaveCount(0);
  await expect(box(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('dialog').getByRole('link', { name: '类目查询' })).toBeVisible();
  await page.getByRole('button', { name: 'UnionID' }).click();
  await expect(box(page)).toHaveValue('UnionID');
  await expect(options(page).first()).toContainText('UnionID');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`search open with results is axe-clean at 375 px, ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.emulateMedia({ colorScheme });
    await page.goto('/guide/preparation/');
    await page.getByRole('button', { name: /^搜索/ }).click();
    await box(page).fill('账号');
    await expect(options(page).first()).toBeVisible();
    const dialog = await page.getByRole('dialog', { name: '搜索全站' }).boundingBox();
    expect(dialog!.width).toBeLessThanOrEqual(375);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await box(page).fill('xyzqwv');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText('没有找到');
    const axeEmpty = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axeEmpty.violations.map((v) => v.id)).toEqual([]);
  });
}
