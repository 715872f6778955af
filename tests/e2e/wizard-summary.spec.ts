// 多少钱、多久 for a seller: a 个体户 who needs 微信支付 is steered to 微信认证 before choosing, the
// outcome opens with a summary card (cost, deadlines, what the guide does not say, changes since
// 2018), it copies as plain text for a chat, and older links keep their place.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { watchErrors } from './pages.ts';

const root = '/tools/eligibility/';
test.describe.configure({ timeout: 120_000 });

const step = (page: Page) => page.locator('#wz-heading');
const option = (page: Page, name: string | RegExp) => page.locator('.wz-options').getByRole('link', { name, exact: typeof name === 'string' });
const intro = (page: Page) => page.getByText('一次回答一个问题，只问和你的情况有关的。');


test('a 个体户 seller on a phone is told to pick 微信认证 for 微信支付, sees what it costs and how long, and copies it as text', async ({ page, context }) => {
  const errors = watchErrors(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(root);
  await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
  await expect(intro(page)).toBeVisible();
  await option(page, /^企业\(个体工商户\)/).click();
  // The intro is said once, on the first question.
  await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
  await expect(intro(page)).toBeHidden();
  await option(page, /^符合/).click();
  await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
  await expect(page.locator('.wz-step')).toContainText('下一步选验证方式时，本站会据此给出建议。');
  await option(page, '需要').click();

  await expect(step(page)).toHaveText('你打算用哪种方式验证主体身份？');
  await expect(page.locator('.wz-step .wz-hint').first()).toContainText('本站建议选择微信认证（注意：选微信认证的，须认证完成后才能补充名称、头像等信息）');
  for (const id of ['R13', 'R25', 'R43']) await expect(page.locator('.wz-step .wz-hint').first().getByRole('link', { name: `依据规则 ${id}` })).toBeVisible();
  await expect(option(page, /^微信认证/)).toContainText('推荐');
  await expect(option(page, /^对公打款/)).toContainText('须有公司的对公账户才能用这种方式');
  await expectCleanInBothSchemes(page); // the step as it stands, in light and dark
  await option(page, /^微信认证/).click();
  await option(page, '不需要').click();

  await expect(page).toHaveURL(`${root}subject-individual-business/email-yes/path-certification/payment-yes/unionid-no/`);
  await expect(step(page)).toHaveText('可以注册小程序（企业(个体工商户)主体，微信认证）');
  const card = page.locator('.wz-summary');
  const rowText = (label: string) => card.locator('div').filter({ has: page.locator('dt', { hasText: label }) }).locator('dd');
  await expect(rowText('能否注册')).toContainText('可以');
  await expect(rowText('费用')).toContainText('需支付 300 元认证费');
  await expect(rowText('费用').getByRole('link', { name: '见解读 D2' })).toBeVisible();
  await expect(rowText('期限')).toContainText('原文未规定期限');
  await expect(rowText('审核时长')).toContainText('指南未说明');
  await expect(rowText('2018 年后的变化')).toContainText('上架前须完成小程序备案（指南之后新增的要求；可信度中）');
  await expect(rowText('费用').getByRole('link', { name: '依据规则 R14' })).toHaveAttribute('href', /\/guide\//);
  await rowText('2018 年后的变化').getByRole('link', { name: '来源见下方' }).click();
  await expect(page.getByRole('heading', { name: '2018 年后的已知变化' })).toBeInViewport();
  await expectCleanInBothSchemes(page); // the step as it stands, in light and dark

  // 你的回答: each 更改 stays on one line beside its answer.
  for (const link of await page.locator('.wz-answers dd a').all()) {
    const box = (await link.boundingBox())!;
    const lineHeight = await link.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
    expect(box.height).toBeLessThanOrEqual(Math.max(lineHeight * 1.5, 48));
    expect(box.x + box.width).toBeLessThanOrEqual(375);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await page.getByRole('button', { name: '复制为文字' }).click();
  await expect(page.getByText('已复制文字')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text.split('\n')[0]).toBe('微信小程序资格自查：可以注册小程序（企业(个体工商户)主体，微信认证）');
  // The guide's fee and today's on one line, today's with its source and confidence.
  expect(text).toMatch(/费用：指南（2018-04-16）：需支付 300 元认证费。 · 现在：.*年审.*可信度中；\d{4}-\d{2}-\d{2} 核对）/);
  expect(text).toContain('审核时长：指南未说明');
  expect(text).toContain('\n2018 年后的变化：\n- ');
  expect(text).toContain('\n- 上架前须完成小程序备案（指南之后新增的要求；来源：微信公众平台：关于开展微信小程序备案的通知');
  expect(text).toContain('接下来怎么做：\n1. ');
  expect(text.trim().endsWith(page.url())).toBe(true);
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an older link that chose 对公打款 before 微信支付 keeps the choice and asks 微信支付 next; its outcome names the 10 days', async ({ page }) => {
    const response = await page.goto(`${root}subject-enterprise/email-yes/path-remittance/`);
    expect(response?.status()).toBe(200);
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    await expect(page.locator('.wz-answers')).toContainText('对公打款');
    await option(page, '需要').click();
    await option(page, '不需要').click();
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/path-remittance/payment-yes/unionid-no/`);
    const card = page.locator('.wz-summary');
    await expect(card).toContainText('须在 10 天内完成汇款，否则注册失败');
    await expect(card).toContainText('要微信支付还须另行申请微信认证（R40、R43）；其费用指南未说明（作为验证方式的微信认证为 300 元，R14），现行以平台为准。');
    await expect(card).not.toContainText('需支付 300 元');
    await expect(card.getByRole('link', { name: '见解读 D4' })).toBeVisible();
  });

  test('a government that cannot register yet: the card says no, and states no fee the guide does not give', async ({ page }) => {
    await page.goto(`${root}subject-government/email-no/`);
    const card = page.locator('.wz-summary');
    await expect(card).toContainText('暂时不能，1 项不符合：注册邮箱');
    await expect(card).toContainText('指南未说明：原文只对企业类型写明了认证费');
    await expect(card).not.toContainText('300');
  });
});
