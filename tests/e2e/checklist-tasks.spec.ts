// 注册清单 as a task list: each row's checkbox is the control (tick = 已完成), a 进行中 toggle, status
// tags, a separate 怎么做 link, the wait before 补充名称… (R24/R25), and "继续上次的清单" on the index.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { watchErrors } from './pages.ts';
import { checkbox, doingButton, expectStatus, key, open, personalPage, remitPage, row } from './checklist-pages.ts';

const progressText = (page: Page) => page.locator('.checklist-progress-text');
const resume = (page: Page) => page.getByRole('region', { name: '继续上次的清单' });
const at = (value: unknown) => ({ value, at: 1 });
/** Saved progress (version 3) written into storage, then the page reloaded to read it. */
async function seed(page: Page, raw: string) {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, raw]);
  await page.reload();
}
const personalSaved = JSON.stringify({ v: 3, data: { profiles: { personal: {
  statuses: { 'open-register': at('done'), 'choose-account-type': at('done'), 'fill-email': at('doing'), 'log-in': at('done') },
  tracks: at(null), submittedOn: at(null),
} } } });

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });

  test('tapping a row\'s checkbox marks it 已完成 and counts it; tapping again puts it back to 未开始', async ({ page }) => {
    await open(page, personalPage);
    await expect(progressText(page)).toContainText('已完成 0 /');
    await checkbox(page, 'activate-email').tap();
    await expectStatus(page, 'activate-email', 'done');
    await expect(progressText(page)).toContainText('已完成 1 /');
    await checkbox(page, 'activate-email').tap();
    await expectStatus(page, 'activate-email', 'todo');
    await expect(progressText(page)).toContainText('已完成 0 /');
    // The step's title is the checkbox's label: tapping it works too.
    await row(page, 'fill-email').getByText('填写符合要求的邮箱和密码', { exact: true }).tap();
    await expectStatus(page, 'fill-email', 'done');
    await page.reload();
    await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
    await expectStatus(page, 'fill-email', 'done');
  });

  test('a long step can be marked 进行中, then ticked, then unticked to 未开始', async ({ page }) => {
    await open(page, personalPage);
    const doing = doingButton(page, 'bind-developers');
    await expect(doing).toHaveAccessibleName('标记为进行中：绑定开发者和体验者');
    await doing.tap();
    await expect(doing).toHaveAttribute('aria-pressed', 'true');
    await expectStatus(page, 'bind-developers', 'doing');
    await expect(progressText(page)).toContainText('进行中 1 步');
    await doing.tap();
    await expectStatus(page, 'bind-developers', 'todo');
    await doing.tap();
    await checkbox(page, 'bind-developers').tap();
    await expectStatus(page, 'bind-developers', 'done');
    await expect(doing).toHaveCount(0); // nothing to mark on a finished step
    await checkbox(page, 'bind-developers').tap();
    await expectStatus(page, 'bind-developers', 'todo');
    await expect(doing).toHaveAttribute('aria-pressed', 'false');
  });

  test('the 怎么做 link is separate from the checkbox and opens the guide at the step\'s heading', async ({ page }) => {
    await open(page, personalPage);
    const how = page.getByRole('link', { name: '怎么做：激活邮箱' });
    await expect(how).toHaveText('怎么做');
    await how.tap();
    await expect(page).toHaveURL(/\/guide\/[^/]+\/#/);
    const target = page.locator(':target');
    await expect(target).toHaveCount(1);
    expect(await target.evaluate((e) => /^H[1-6]$/.test(e.tagName))).toBe(true);
    await expect(target).toBeInViewport();
  });

  test('resume: the index lists the saved list with its progress and opens it at the first unfinished step', async ({ page }) => {
    await page.goto('/tools/checklist/');
    await expect(resume(page)).toHaveCount(0); // nothing saved, nothing offered
    await seed(page, personalSaved);
    const offer = resume(page);
    await expect(offer.getByRole('listitem')).toHaveCount(1);
    await expect(offer.getByRole('listitem')).toContainText(/已完成 3 \/ \d+ 步，下一步：填写符合要求的邮箱和密码/);
    const total = (await offer.getByRole('listitem').textContent())!.match(/已完成 3 \/ (\d+) 步/)![1];
    await offer.getByRole('link', { name: '个人' }).tap();
    await expect(page).toHaveURL(/\/tools\/checklist\/personal\/(\?progress=[^#]+)?#step-fill-email$/);
    await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
    await expect(checkbox(page, 'fill-email')).toBeFocused();
    await expect(row(page, 'fill-email')).toBeInViewport();
    await expect(progressText(page)).toContainText(`已完成 3 / ${total} 步`);
  });

  test('resume after choosing tracks: the step is in view once unchosen tracks are hidden', async ({ page }) => {
    await page.goto('/tools/checklist/');
    const done = ['open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject', 'choose-remittance', 'fill-admin',
      'confirm-subject', 'remit', 'log-in', 'complete-info', 'choose-category', 'bind-developers', 'get-appid', 'icp-filing',
      'submit-review', 'function-pages', 'test-account', 'track-review', 'publish'];
    await seed(page, JSON.stringify({ v: 3, data: { profiles: { 'enterprise-remittance': {
      statuses: Object.fromEntries(done.map((id) => [id, at('done')])), tracks: at(['official-account']), submittedOn: at(null),
    } } } }));
    await expect(resume(page).getByRole('listitem')).toContainText('下一步：在公众号后台关联小程序');
    await resume(page).getByRole('link', { name: '企业 · 对公打款' }).click();
    await expect(checkbox(page, 'associate-official-account')).toBeFocused();
    await expect(row(page, 'associate-official-account')).toBeInViewport();
    await expect(row(page, 'apply-payment')).toHaveCount(0);
  });

  test('corrupted storage on the index: a short note, no errors, the chooser still works', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/tools/checklist/');
    await seed(page, '{"v":3,"data":{"profiles":{"personal":{"statuses":');
    await expect(resume(page)).toContainText('保存的清单进度无法读取');
    await expect(resume(page).getByRole('link')).toHaveCount(0);
    await page.getByRole('row', { name: /^个人/ }).getByRole('link', { name: '开始清单' }).click();
    await expect(page.locator('.checklist').getByRole('alert')).toContainText('之前保存的进度无法读取');
    expect(errors).toEqual([]);
  });
});

test('keyboard only: Space ticks and unticks, Enter on the toggle marks 进行中', async ({ page }) => {
  await open(page, personalPage);
  await checkbox(page, 'get-appid').focus();
  await page.keyboard.press('Space');
  await expectStatus(page, 'get-appid', 'done');
  await page.keyboard.press('Space');
  await expectStatus(page, 'get-appid', 'todo');
  await doingButton(page, 'get-appid').focus();
  await page.keyboard.press('Enter');
  await expectStatus(page, 'get-appid', 'doing');
  await page.keyboard.press('Space');
  await expectStatus(page, 'get-appid', 'todo');
});

test('补充名称… waits for the verification: the reason and the step that lifts it stay visible', async ({ page }) => {
  await open(page, remitPage);
  const wait = row(page, 'complete-info').locator('.step-blocked');
  await expect(wait).toContainText('暂不能办理');
  await expect(wait).toContainText('完成汇款验证后');
  await expect(wait.getByRole('link', { name: '规则 R24' })).toBeVisible();
  await wait.getByRole('link', { name: '向指定收款帐号汇入指定金额' }).click();
  await expect(checkbox(page, 'remit')).toBeInViewport();
  await checkbox(page, 'remit').check();
  await expect(wait).toContainText('现在可以办理');
  await open(page, '/tools/checklist/enterprise-certification/');
  await expect(row(page, 'complete-info').locator('.step-blocked')).toContainText('需先完成微信认证');
  await expect(row(page, 'complete-info').locator('.step-blocked').getByRole('link', { name: '规则 R25' })).toBeVisible();
  await open(page, personalPage); // 个人: no verification to wait for (R23)
  await expect(row(page, 'complete-info').locator('.step-blocked')).toHaveCount(0);
});

for (const width of [375, 1280]) {
  test(`the index with saved lists and with unreadable storage at ${width}px, light and dark: axe clean, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto('/tools/checklist/');
    await seed(page, personalSaved);
    await expect(resume(page).getByRole('listitem')).toHaveCount(1);
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
    await seed(page, 'not json');
    await expect(resume(page)).toContainText('无法读取');
    await expectCleanInBothSchemes(page);
  });

  test(`a list with every status and the wait note at ${width}px, light and dark: axe clean`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '/tools/checklist/enterprise-certification/');
    await checkbox(page, 'activate-email').check();
    await doingButton(page, 'fill-admin').click();
    await expectStatus(page, 'fill-admin', 'doing');
    await expect(row(page, 'complete-info').locator('.step-blocked')).toBeVisible();
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}
