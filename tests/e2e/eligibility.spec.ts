// 资格自查 from a reader's side: with JavaScript (questions in place, outcomes as pages of their own,
// history, focus), keyboard only, without JavaScript (plain links between static pages), bad addresses
// with payloads, axe at every step.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { expectAxeClean, expectCleanInBothSchemes } from './axe.ts';
import { everyScriptUrl } from './code-loading.ts';
import { watchErrors } from './pages.ts';

const root = '/tools/eligibility/';
// Each walk runs axe at several steps on a shared two-core machine: allow for it.
test.describe.configure({ timeout: 120_000 });

async function expectLaidOut(page: Page, width: number) {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, 'no sideways scrolling').toBeLessThanOrEqual(width);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
}

async function expectAccessible(page: Page, width: number) {
  await expectAxeClean(page);
  await expectLaidOut(page, width);
}

/**
 * axe needs JavaScript in the page: audit what a no-JS reader sees in a second, scripted page, with
 * every script refused, Astro's retries included (code-loading.ts). Both colour schemes, on the one audit page.
 */
async function expectStaticAccessible(browser: Browser, page: Page, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: 'zh-CN', javaScriptEnabled: true });
  const audit = await context.newPage();
  await audit.route(everyScriptUrl, (route) => route.abort());
  await audit.goto(page.url());
  await expectCleanInBothSchemes(audit, () => expectLaidOut(audit, width));
  await context.close();
}

const step = (page: Page) => page.locator('#wz-heading');
const option = (page: Page, name: string | RegExp) => page.locator('.wz-options').getByRole('link', { name, exact: typeof name === 'string' });

test.describe('with JavaScript', () => {
  test('an enterprise answers in place, with help, back/forward and focus on each question, then opens its outcome', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(root);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    await page.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });

    await expect(step(page)).toHaveText('你以什么主体注册小程序？');
    await expectAccessible(page, 1280);
    await option(page, /^企业 企业、分支机构/).click();
    await expect(page).toHaveURL(`${root}subject-enterprise/`);
    await expect(step(page)).toBeFocused();
    await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
    await option(page, /^符合/).click();
    // 微信支付 comes before the method, so the method that leads there can be recommended.
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    await option(page, '需要').click();
    await expect(step(page)).toHaveText('你打算用哪种方式验证主体身份？');
    await expect(option(page, /^微信认证/)).toContainText('推荐');
    await expect(option(page, /^对公打款/)).not.toContainText('推荐');
    await expectAccessible(page, 1280);

    await page.getByRole('link', { name: /帮我选择/ }).click();
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/payment-yes/path-help/`);
    await expect(step(page)).toHaveText('对公打款还是微信认证？');
    await expect(step(page)).toBeFocused();
    const remittance = page.getByRole('region', { name: '对公打款', exact: true });
    await expect(remittance).toContainText('须在 10 天内完成汇款');
    await expect(page.getByRole('region', { name: '微信认证', exact: true })).toContainText('需支付 300 元认证费');
    await expect(page.getByText(/所以本站建议选择微信认证/)).toBeVisible();
    await expectAccessible(page, 1280);
    await option(page, /^对公打款/).click();

    await expect(step(page)).toHaveText('你需要在多个应用之间识别同一个用户吗？');
    // The questions so far were asked in place, without a page load.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await option(page, '需要').click();

    // The outcome is a page of its own (its wording is not code the reader loads).
    const final = `${root}subject-enterprise/email-yes/path-remittance/payment-yes/unionid-yes/`;
    await expect(page).toHaveURL(final);
    await expect(step(page)).toHaveText('可以注册小程序（企业主体，对公打款）');
    await expect(page).toHaveTitle(/^可以注册小程序（企业主体，对公打款） · 资格自查/);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
    await expect(page.getByText('期限：原文为“请在10天内完成汇款，否则将注册失败”')).toBeVisible();
    await expect(page.locator('.wz-steps')).toContainText('完成汇款验证后，可以补充小程序名称、上传头像、填写介绍并选择服务范围。');
    // What has changed since the guide sits under the members table, with its source and confidence.
    const members = page.getByRole('complementary', { name: '现行规则已变化：成员名额与成员管理已调整' });
    await expect(members).toContainText('可信度：中');
    await expect(members.getByRole('link', { name: /小程序成员管理/ })).toHaveAttribute('href', /developers\.weixin\.qq\.com\/community/);
    await expect(page.getByRole('table', { name: '成员名额上限' })).toContainText('申请微信认证并通过后2040');
    // Reasons link to the exact guide heading.
    await expect(page.getByRole('link', { name: '依据规则 R3' }).first()).toHaveAttribute('href', '/guide/registration/#填写邮箱和密码');
    await expectAccessible(page, 1280);

    await page.goBack();
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/path-remittance/payment-yes/`);
    await expect(step(page)).toHaveText('你需要在多个应用之间识别同一个用户吗？');
    await page.goBack();
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/payment-yes/path-help/`);
    await expect(step(page)).toHaveText('对公打款还是微信认证？');
    await page.goBack();
    await expect(step(page)).toHaveText('你打算用哪种方式验证主体身份？');
    await page.goForward();
    await page.goForward();
    await expect(step(page)).toHaveText('你需要在多个应用之间识别同一个用户吗？');
    await page.goForward();
    await expect(step(page)).toHaveText('可以注册小程序（企业主体，对公打款）');
    expect(errors).toEqual([]);
  });

  test('keyboard only: a personal reader reaches a result and changes an answer', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(root);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    const tabTo = async (name: RegExp) => {
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
        if (name.test(text)) return;
      }
      throw new Error(`never reached ${name}`);
    };
    const answers: [RegExp, string][] = [
      [/^个人/, '你是否已年满 18 岁？'], [/^是，已年满/, '你是否有国内身份信息？'], [/^有$/, '你是否是微信实名用户？'],
      [/^是$/, '你准备的邮箱符合要求吗？'], [/^符合/, '小程序上线后，你需要使用微信支付吗？'],
      [/^需要$/, '你需要在多个应用之间识别同一个用户吗？'], [/^不需要$/, '可以注册小程序（个人主体）'],
    ];
    for (const [choice, next] of answers) {
      await tabTo(choice);
      await page.keyboard.press('Enter');
      await expect(step(page)).toHaveText(next);
      // A question takes focus in place; the outcome is a page load, which starts at the top.
      if (!next.startsWith('可以注册')) await expect(step(page)).toBeFocused();
      await expectAccessible(page, 375);
    }
    await expect(page).toHaveTitle(/^可以注册小程序（个人主体） · 资格自查/);
    await expect(page.getByText(/你需要微信支付，但按指南个人类型帐号暂不支持微信认证/)).toBeVisible();
    // That the profile opens right after registration is the site's reading of R23, and says so.
    await expect(page.locator('.wz-steps')).toContainText('本站的理解：完成注册后就可以补充小程序名称');
    await expect(page.getByRole('link', { name: '查看面向个人开放的服务类目' })).toHaveAttribute('href', '/tools/categories/');
    await expect(page.getByRole('link', { name: '打开为你预填的注册清单' })).toHaveAttribute('href', '/tools/checklist/personal/');

    await tabTo(/^更改“微信支付”/);
    await page.keyboard.press('Enter');
    // The outcome's answers came along (#wz-was=…), marked and then taken off the address.
    await expect(page).toHaveURL(`${root}subject-personal/age-yes/identity-yes/realname-yes/email-yes/`);
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    await expect(step(page)).toBeFocused();
    await expect(option(page, /^需要/)).toContainText('（之前的选择）');
    await tabTo(/^不需要$/);
    await page.keyboard.press('Enter');
    await expect(option(page, /^不需要/)).toContainText('（之前的选择）');
    await tabTo(/^不需要/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${root}subject-personal/age-yes/identity-yes/realname-yes/email-yes/payment-no/unionid-no/`);
    await expect(page.getByText(/你需要微信支付/)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a 海外主体 reader goes from the first question to an outcome of today\'s rules on a phone, in light and dark', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(root);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    // The guide has six subject types; the seventh is marked as answered by today's rules.
    await expect(option(page, /^海外主体/)).toContainText('按现行规则');
    await option(page, /^海外主体/).click();
    await expect(page).toHaveURL(`${root}subject-overseas/`);
    await expect(step(page)).toHaveText('海外主体可以注册小程序（按现行官方来源）');
    await expect(page).toHaveTitle(/^海外主体可以注册小程序（按现行官方来源） · 资格自查/);
    await expect(page.locator('.wz-verdict')).toContainText('指南（2018-04-16）：未涉及海外主体');
    const row = (label: string) => page.locator('.wz-summary > div').filter({ has: page.locator('dt', { hasText: label }) });
    await expect(row('小程序备案与年审')).toContainText('无需备案和年审');
    await expect(row('小程序备案与年审')).toContainText('可信度高');
    await expect(row('微信支付')).toContainText('未能核实');
    await expect(page.locator('.wz-steps a').filter({ hasText: '海外主体的服务类目与资质' })).toHaveAttribute('href', '/tools/categories/overseas/');
    // Long links wrap inside the card on a phone.
    const past = await page.locator('.wz-verdict').evaluate((card) => [...card.querySelectorAll('a')]
      .filter((a) => a.getBoundingClientRect().right > card.getBoundingClientRect().right).map((a) => a.textContent));
    expect(past).toEqual([]);
    await expectCleanInBothSchemes(page, () => expectLaidOut(page, 375));
    // 更改 goes back to the first question with the choice marked.
    await page.locator('.wz-answers').getByRole('link', { name: /^更改/ }).click();
    await expect(step(page)).toHaveText('你以什么主体注册小程序？');
    await expect(option(page, /^海外主体/)).toContainText('（之前的选择）');
    expect(errors).toEqual([]);
  });

  test('a reader failing several conditions sees every one, the path after them, and fixes one', async ({ page }) => {
    const errors = watchErrors(page);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(root);
    await page.waitForFunction(() => document.querySelector('astro-island:not([ssr])') !== null);
    for (const choice of [/^个人/, /^否，未满/, /^没有/, /^不是/, /^不符合/]) await option(page, choice).click();
    await expect(page).toHaveURL(`${root}subject-personal/age-no/identity-no/realname-no/email-no/`);
    await expect(step(page)).toHaveText('按你的回答，暂时不能以个人主体注册小程序（4 项条件不符合）');
    const blockers = page.locator('.wz-line.wz-blocker');
    await expect(blockers).toHaveCount(4);
    for (const text of ['个人主体须年满 18 岁', '个人主体须有国内身份信息', '个人主体须是微信实名用户', '这个邮箱不符合要求']) await expect(blockers.filter({ hasText: text })).toHaveCount(1);
    const pending = page.getByRole('region', { name: '满足以上条件后' });
    await expect(pending).toContainText('完成注册后就可以补充小程序名称');
    await expect(page.getByRole('link', { name: '改选主体类型' })).toBeVisible();
    await expectAccessible(page, 375);

    await page.getByRole('link', { name: '已换用符合要求的邮箱，重新查看结果' }).click();
    await expect(page).toHaveURL(`${root}subject-personal/age-no/identity-no/realname-no/email-yes/`);
    await expect(step(page)).toHaveText('按你的回答，暂时不能以个人主体注册小程序（3 项条件不符合）');
    await expect(blockers).toHaveCount(3);
    expect(errors).toEqual([]);
  });

  test('an unusable address is cleaned up with a visible notice, and nothing from it runs', async ({ page }) => {
    const errors = watchErrors(page, { documentIs404: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${root}subject-enterprise/%3Cscript%3Ealert(1)%3C%2Fscript%3E/age-yes/email-yes/%3Cimg%20src%3Dx%20onerror%3Dalert(2)%3E/`);
    await expect(page).toHaveURL(`${root}subject-enterprise/email-yes/`);
    const notice = page.locator('.wz-notice');
    await expect(notice).toContainText('地址中有 3 处内容已忽略');
    await expect(notice).toContainText('<script>alert(1)</script>');
    await expect(notice).toContainText('age-yes');
    await expect(notice).toContainText('不适用于前面的回答');
    await expect(page.locator('.wizard img, .wizard script')).toHaveCount(0);
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    await expectAccessible(page, 375);

    // The wizard's own parameter is read and what it cannot use is named; parameters it does not
    // own (a link's trackers, another tool's `subject`) are ignored silently.
    await page.goto(`${root}subject-media/?x=%3Csvg%20onload%3Dalert(3)%3E&answers=%3Csvg%20onload%3Dalert(4)%3E&subject=personal`);
    await expect(page).toHaveURL(`${root}subject-media/`);
    await expect(page.locator('.wz-notice')).toContainText('地址中有 1 处内容已忽略');
    await expect(page.locator('.wz-notice')).toContainText('<svg onload=alert(4)>');
    await expect(page.locator('.wz-notice')).not.toContainText('alert(3)');
    await expect(page.locator('.wizard svg')).toHaveCount(0);
    await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
    // An outcome's address with something unusable: the outcome's page, with the notice.
    await page.goto(`${root}subject-government/email-no/x1/`);
    await expect(page).toHaveURL(`${root}subject-government/email-no/`);
    await expect(step(page)).toHaveText(/^按你的回答/);
    await expect(page.locator('.wz-notice')).toContainText('“x1”：无法识别');
    await page.goto(`${root}subject-government/email-no/?answers=%3Csvg%20onload%3Dalert(5)%3E&from=singlemessage`);
    await expect(page).toHaveURL(`${root}subject-government/email-no/`);
    await expect(page.locator('.wz-notice')).toContainText('<svg onload=alert(5)>');
    await expect(page.locator('.wizard svg, #wz-notice svg')).toHaveCount(0);
    // The notice is said once: reloading the outcome shows it without.
    await page.reload();
    await expect(step(page)).toHaveText(/^按你的回答/);
    await expect(page.locator('.wz-notice')).toHaveCount(0);
    // A contradiction: the first answer wins, the other is named.
    await page.goto(`${root}subject-personal/subject-government/`);
    await expect(page).toHaveURL(`${root}subject-personal/`);
    await expect(page.locator('.wz-notice')).toContainText('矛盾');
    expect(errors).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader on a phone reaches the same outcome through plain links, in light and dark', async ({ page, browser }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(root);
    await expectStaticAccessible(browser, page, 375);
    await option(page, /^政府/).click();
    await expect(page).toHaveURL(`${root}subject-government/`);
    await expect(step(page)).toHaveText('你准备的邮箱符合要求吗？');
    await option(page, /^符合/).click();
    await option(page, '需要').click();
    await expectStaticAccessible(browser, page, 375);
    await option(page, '不需要').click();
    await expect(page).toHaveURL(`${root}subject-government/email-yes/payment-yes/unionid-no/`);
    await expect(step(page)).toHaveText('可以注册小程序（政府主体）');
    await expect(page.getByText('微信认证：必须。')).toBeVisible();
    await expect(page.getByRole('heading', { name: '说明 · 认证费用只对企业类型说明' }).or(page.getByText('认证费用只对企业类型说明'))).toBeVisible();
    await expectStaticAccessible(browser, page, 375);
  });

  test('an older help link (before 微信支付 was asked first) still helps choose, then the subject changes from the summary', async ({ page, browser }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${root}subject-individual-business/email-yes/path-help/`);
    await expect(step(page)).toHaveText('对公打款还是微信认证？');
    await expect(page.getByText('个体工商户按企业类型处理').first()).toBeVisible();
    await expectStaticAccessible(browser, page, 1280);
    await option(page, /^微信认证/).click();
    // The older order: the method is kept and 微信支付 is asked next.
    await expect(page).toHaveURL(`${root}subject-individual-business/email-yes/path-certification/`);
    await expect(step(page)).toHaveText('小程序上线后，你需要使用微信支付吗？');
    await option(page, '不需要').click();
    await option(page, '需要').click();
    await expect(page).toHaveURL(`${root}subject-individual-business/email-yes/path-certification/payment-no/unionid-yes/`);
    await expect(step(page)).toHaveText('可以注册小程序（企业(个体工商户)主体，微信认证）');
    await expect(page.getByText('期限：', { exact: false })).toHaveCount(0);
    await page.getByRole('link', { name: /更改\s*“帐号主体”/ }).click();
    // Without JavaScript the outcome's answers stay in the hash, unread.
    await expect(page).toHaveURL(`${root}#wz-was=subject-individual-business/email-yes/path-certification/payment-no/unionid-yes`);
    await option(page, /^个人/).click();
    await option(page, /^否，未满/).click();
    await expect(step(page)).toHaveText('你是否有国内身份信息？');
    await option(page, /^有$/).click();
    await option(page, /^是$/).click();
    await option(page, /^符合/).click();
    await expect(step(page)).toHaveText('按你的回答，暂时不能以个人主体注册小程序（1 项条件不符合）');
    await expect(page.getByText('个人主体须年满 18 岁')).toBeVisible();
    await expect(page.locator('.wz-line.wz-ok')).toHaveCount(3);
    await expect(page.getByRole('region', { name: '满足以上条件后' })).toContainText('完成注册后就可以补充小程序名称');
    await expectStaticAccessible(browser, page, 1280);
  });

  test('an address that is not a wizard page is the 404 page', async ({ page }) => {
    const response = await page.goto(`${root}subject-personal/%3Cscript%3Ealert(1)%3C%2Fscript%3E/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('找不到这个页面');
  });
});
