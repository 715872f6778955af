// Links as WeChat shares them and text pasted from a chat (issue 12, items 5–8): the parameters WeChat
// and trackers add are ignored silently, the site's own values are read whole (or refused, saying
// so), and invisible characters in what a reader pastes change nothing.
import { expect, test, type Page } from '@playwright/test';
import { watchErrors } from './pages.ts';
import { searchBox as box, searchOptions as options } from './search-page.ts';

const root = '/tools/eligibility/';
const outcome = `${root}subject-enterprise/email-yes/path-remittance/payment-no/unionid-yes/`;
const chat = 'from=singlemessage&isappinstalled=0';
const moments = 'from=timeline&isappinstalled=0&nsukey=ABC%3D%3D&scene=1&clicktime=1700000000&enterid=1700000000&utm_source=wechat';

const step = (page: Page) => page.locator('#wz-heading');
const notice = (page: Page) => page.locator('.wz-notice');
/** Hydrated, and the island's first effects (which read the address) have run. */
async function hydrated(page: Page) {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

test.describe('资格自查 links shared in WeChat', () => {
  for (const [name, query] of [['to a chat', chat], ['to moments, with trackers', moments]] as const) {
    test(`an outcome shared ${name} opens as the outcome, with no notice`, { tag: '@race' }, async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto(`${outcome}?${query}`);
      await hydrated(page);
      await expect(step(page)).toHaveText('可以注册小程序（企业主体，对公打款）');
      await expect(page.getByRole('heading', { name: '接下来怎么做' })).toBeVisible();
      await expect(notice(page)).toHaveCount(0);
      await expect(page.getByText('已忽略')).toHaveCount(0);
      // Nothing of the reader's is in WeChat's parameters, so the address is left as it came.
      expect(page.url()).toContain(`${outcome}?${query}`);
      // Answering on from a shared question works as usual.
      await page.getByRole('link', { name: /^更改\s*“微信支付”/ }).click();
      await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
      await expect(notice(page)).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }

  test('a link with 500 unknown parameters shows the question and no notice', { tag: '@race' }, async ({ page }) => {
    const junk = Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&');
    await page.goto(`${root}subject-media/?${junk}&${chat}`);
    await hydrated(page);
    await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
    await expect(notice(page)).toHaveCount(0);
  });

  test('500 unusable answers are counted, and only the first three are named', { tag: '@race' }, async ({ page }) => {
    const errors = watchErrors(page, { documentIs404: true });
    await page.goto(`${root}subject-media/${Array.from({ length: 500 }, (_, i) => `x${i}/`).join('')}?${chat}`);
    await expect(page).toHaveURL(`${root}subject-media/`);
    await expect(notice(page)).toContainText('地址中有 500 处内容已忽略');
    const items = notice(page).getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(items.nth(0)).toHaveText('“x0”：无法识别');
    await expect(items.nth(2)).toHaveText('“x2”：无法识别');
    await expect(items.nth(3)).toHaveText('以及另外 497 处');
    await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
    expect(errors).toEqual([]);
  });

  test('a mistyped wizard address shared in WeChat names only the mistake', { tag: '@race' }, async ({ page }) => {
    const errors = watchErrors(page, { documentIs404: true });
    await page.goto(`${root}subject-enterprise/email-yes/path-remitance/?${chat}`);
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/`);
    await expect(notice(page)).toContainText('地址中有 1 处内容已忽略');
    await expect(notice(page)).toContainText('“path-remitance”：无法识别');
    await expect(notice(page)).not.toContainText('singlemessage');
    // 微信支付 is asked before the verification method.
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    expect(errors).toEqual([]);
  });

  test('an old hand-over link (?from= with answers) still opens its question', { tag: '@race' }, async ({ page }) => {
    await page.goto(`${root}?from=${encodeURIComponent('subject-government/email-no/')}`);
    await expect(page).toHaveURL(`${root}subject-government/email-no/`);
    await expect(step(page)).toHaveText(/^按你的回答/);
    await expect(notice(page)).toHaveCount(0);
  });
});

test.describe('配额计算 links shared in WeChat', () => {
  test('developers=00000000000000000000000000000000000000005 is 5, whatever WeChat adds', { tag: '@race' }, async ({ page }) => {
    const value = `${'0'.repeat(40)}5`;
    await page.goto(`/tools/quotas/?developers=${value}&${moments}`);
    await hydrated(page);
    const calc = page.getByRole('group', { name: '成员名额计算' });
    await expect(calc.getByLabel('已绑定的开发者（个）')).toHaveValue(value);
    await expect(calc.locator('.calc-result')).toContainText('开发者：已绑定 5 个');
    await expect(calc.locator('.calc-error')).toHaveCount(0);
  });

  test('an overlong value in the link is refused with a message, not cut and not silently dropped', { tag: '@race' }, async ({ page }) => {
    await page.goto(`/tools/quotas/?developers=${'1'.repeat(300)}&submitted=${'2'.repeat(300)}&${chat}`);
    await hydrated(page);
    const calc = page.getByRole('group', { name: '成员名额计算' });
    await expect(calc.locator('.calc-error')).toContainText('链接中的“developers”过长（300 个字符），已忽略。');
    const deadline = page.getByRole('group', { name: '对公打款期限计算' });
    await expect(deadline.locator('.calc-error')).toContainText('过长（300 个字符），已忽略。');
    await deadline.getByLabel('提交主体信息的日期').fill('2024-02-29');
    await expect(deadline.locator('.calc-error')).toHaveCount(0);
  });

  test('counts and dates pasted with invisible characters are read as typed', { tag: '@race' }, async ({ page }) => {
    await page.goto(`/tools/quotas/?submitted=%E2%80%8B2024-02-29%E2%80%AC&${chat}`);
    await hydrated(page);
    const deadline = page.getByRole('group', { name: '对公打款期限计算' });
    await expect(deadline.locator('.calc-error')).toHaveCount(0);
    await expect(deadline.getByLabel('提交主体信息的日期')).toHaveValue('2024-02-29');
    const calc = page.getByRole('group', { name: '成员名额计算' });
    await calc.getByLabel('已绑定的开发者（个）').fill('\u200b3\u200d');
    await expect(calc.locator('.calc-result')).toContainText('开发者：已绑定 3 个');
    await expect(calc.locator('.calc-error')).toHaveCount(0);
  });
});

test.describe('search pasted from a chat', () => {

  test('"体验者" with a zero-width space inside finds the 体验者 answer', { tag: '@race' }, async ({ page }) => {
    await page.goto('/guide/registration/');
    await page.keyboard.press('/');
    await box(page).fill('体\u200b验者最多能加多少人');
    const card = page.getByRole('region', { name: /^答案/ });
    await expect(card).toContainText('10个体验者');
    await box(page).fill('\u202e体验\u200d者\u202c');
    await expect(options(page).first()).toContainText('体验者');
    await expect(options(page).first().locator('mark').first()).toHaveText('体验者');
  });

  test('a shared search link with WeChat\'s parameters and a zero-width space opens that search', { tag: '@race' }, async ({ page }) => {
    await page.goto(`/guide/registration/?${chat}&q=${encodeURIComponent('体\u200b验者')}`);
    await expect(box(page)).toHaveValue('体验者');
    await expect(options(page).first()).toContainText('体验者');
  });

  test('the category filter finds 快递 typed with a zero-width joiner', { tag: '@race' }, async ({ page }) => {
    await page.goto(`/tools/categories/?${chat}`);
    const filter = page.getByRole('searchbox', { name: '筛选类目' });
    await filter.fill('快\u200d递');
    await expect(page.getByRole('status').filter({ hasText: /找到 \d+ 个类目/ })).toBeVisible();
    await expect(page.locator('[data-notices]')).toBeHidden();
  });
});
