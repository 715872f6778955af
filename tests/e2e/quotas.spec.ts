// 配额计算: the four calculators as a reader uses them, including the odd ways people type numbers.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const { limits } = loadRuleSet();
const m = limits.members;
const a = limits.association;
const days = limits.remittance.deadlineDays;
const maxGroups = limits.review.maxFunctionPageGroups;

async function open(page: Page, query = '') {
  await page.goto(`/tools/quotas/${query}`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0); // every calculator hydrated
}
const members = (page: Page) => page.getByRole('group', { name: '成员名额计算' });
const association = (page: Page) => page.getByRole('group', { name: '公众号关联计算' });
const deadline = (page: Page) => page.getByRole('group', { name: '对公打款期限计算' });
const functionPages = (page: Page) => page.getByRole('group', { name: '功能页面组数检查' });
const result = (calc: ReturnType<typeof members>) => calc.locator('.calc-result');

test('members: full-width digits and " 3 个" are understood, and the slots left follow the data', async ({ page }) => {
  await open(page);
  const calc = members(page);
  await calc.getByRole('radio', { name: '企业类型' }).check();
  await calc.getByRole('radio', { name: '未认证' }).check();
  await calc.getByLabel('已绑定的开发者（个）').fill('５');
  await calc.getByLabel('已绑定的体验者（个）').fill(' 3 个');
  const r = result(calc);
  await expect(r).toContainText(`最多可绑定 ${m.unverified.developers} 个开发者、${m.unverified.testers} 个体验者`);
  await expect(r).toContainText(`开发者：已绑定 5 个，还可绑定 ${m.unverified.developers - 5} 个`);
  await expect(r).toContainText(`体验者：已绑定 3 个，还可绑定 ${m.unverified.testers - 3} 个`);
  await expect(r.getByRole('link', { name: `依据 ${m.unverified.rule}` })).toHaveAttribute('href', '/guide/preparation/#绑定开发者');
});

const badInputs: [input: string, message: RegExp][] = [
  ['-3', /不能是负数/],
  ['abc', /阿拉伯数字/],
  ['1.5', /整数/],
  ['99999999999999999', /太大/],
];
for (const [input, message] of badInputs) {
  test(`members: "${input}" gets an inline message and no stale result`, async ({ page }) => {
    await open(page);
    const calc = members(page);
    const field = calc.getByLabel('已绑定的开发者（个）');
    await field.fill('2');
    await expect(result(calc)).toContainText('还可绑定');
    await field.fill(input);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const errorId = (await field.getAttribute('aria-describedby'))!.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`#${errorId}`)).toHaveText(message);
    // The result area (a live region) now lists the problem instead of the old answer.
    await expect(result(calc)).toHaveAttribute('aria-live', 'polite');
    await expect(result(calc)).not.toContainText('还可绑定');
    await expect(result(calc)).not.toContainText('最多可绑定');
    await expect(result(calc).getByRole('link', { name: message })).toHaveAttribute('href', `#${await field.getAttribute('id')}`);
    await field.fill('1');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(result(calc)).toContainText('还可绑定');
  });
}

test('members: over the limit, certification is named as the way to raise it', async ({ page }) => {
  await open(page);
  const calc = members(page);
  await calc.getByLabel('已绑定的开发者（个）').fill(String(m.unverified.developers + 1));
  await expect(result(calc)).toContainText('超出上限 1 个');
  await expect(result(calc)).toContainText(`完成微信认证后，上限提高到 ${m.verified.developers} 个开发者、${m.verified.testers} 个体验者`);
  await calc.getByRole('radio', { name: '已认证' }).check();
  await expect(result(calc)).toContainText(`还可绑定 ${m.verified.developers - m.unverified.developers - 1} 个`);
});

test('members: a personal account cannot be certified, so over the limit nothing raises it (R41)', async ({ page }) => {
  await open(page);
  const calc = members(page);
  await calc.getByRole('radio', { name: '个人' }).check();
  await expect(calc.getByRole('radio', { name: '已认证' })).toBeDisabled();
  await calc.getByLabel('已绑定的开发者（个）').fill(String(m.personal.developers));
  await expect(result(calc)).toContainText('已满，不能再绑定');
  await calc.getByLabel('已绑定的开发者（个）').fill(String(m.personal.developers + 1));
  await expect(result(calc)).toContainText('个人类型帐号暂不支持微信认证');
  await expect(result(calc).getByRole('link', { name: '依据 R41' })).toBeVisible();
});

test('inputs live in the address: a shared link shows the same result', async ({ page }) => {
  await open(page);
  const calc = members(page);
  await calc.getByRole('radio', { name: '政府、媒体、其他组织' }).check();
  await calc.getByRole('radio', { name: '已认证' }).check();
  await calc.getByLabel('已绑定的开发者（个）').fill('7');
  await functionPages(page).getByLabel('准备配置的重要业务页面（组）').fill('2');
  await expect(page).toHaveURL(/subject=organisation/);
  await expect(page).toHaveURL(/certified=yes/);
  await expect(page).toHaveURL(/developers=7/);
  await expect(page).toHaveURL(/groups=2/);
  const shared = page.url();
  await page.goto('/');
  await page.goto(shared);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(members(page).getByRole('radio', { name: '已认证' })).toBeChecked();
  await expect(members(page).getByLabel('已绑定的开发者（个）')).toHaveValue('7');
  await expect(result(members(page))).toContainText(`还可绑定 ${m.verified.developers - 7} 个`);
  await expect(result(functionPages(page))).toContainText('符合要求');
});

test('a malformed address gives messages, not a crash, and nothing from it becomes HTML', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, '?subject=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&certified=maybe&developers=%3Cb%3Ex%3C%2Fb%3E&side=both&same=-1&submitted=2023-02-29&groups=%EF%BC%95');
  await expect(members(page)).toContainText('链接里的主体类型或认证状态无法识别');
  await expect(members(page).getByLabel('已绑定的开发者（个）')).toHaveValue('<b>x</b>');
  await expect(members(page).locator('.calc-error')).toContainText('阿拉伯数字');
  await expect(association(page)).toContainText('链接里的计算对象无法识别');
  await expect(association(page).locator('.calc-error')).toContainText('不能是负数');
  await expect(deadline(page).locator('.calc-error')).toContainText('2023年2月没有29日');
  await expect(result(functionPages(page))).toContainText('符合要求'); // "５" from the link is read as 5
  await expect(page.locator('img[src="x"], b')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('association, for a 公众号: what is left of each kind and of this month', async ({ page }) => {
  await open(page);
  const calc = association(page);
  await calc.getByLabel('已关联的同主体小程序（个）').fill(String(a.perOfficialAccount.sameSubject));
  await calc.getByLabel('已关联的不同主体小程序（个）').fill(String(a.perOfficialAccount.differentSubject - 1));
  await expect(result(calc)).toContainText('填写上面三项后显示结果');
  await calc.getByLabel('本月已新增关联（次）').fill('0');
  await expect(result(calc)).toContainText('再关联 1 个同主体小程序：不可以（同主体还剩 0 个名额）');
  await expect(result(calc)).toContainText('再关联 1 个不同主体小程序：可以（不同主体还剩 1 个名额）');
  await expect(result(calc)).toContainText(`本月还可新增关联 ${a.monthly.officialAccount} 次`);
  await calc.getByLabel('本月已新增关联（次）').fill(String(a.monthly.officialAccount));
  await expect(result(calc)).toContainText('再关联 1 个不同主体小程序：不可以');
  await expect(result(calc)).toContainText('自然月');
});

test('association, for a mini program: 公众号 left and this month', async ({ page }) => {
  await open(page);
  const calc = association(page);
  await calc.getByRole('radio', { name: '一个小程序能再关联几个公众号' }).check();
  await calc.getByLabel('已关联的公众号（个）').fill(String(a.perMiniProgram.officialAccounts - 1));
  await calc.getByLabel('本月已新增关联（次）').fill('1,0');
  await expect(calc.locator('.calc-error')).toContainText('阿拉伯数字');
  await calc.getByLabel('本月已新增关联（次）').fill('10');
  await expect(result(calc)).toContainText('再关联 1 个公众号：可以（还剩 1 个名额）');
  await expect(result(calc)).toContainText(`本月还可新增关联 ${a.monthly.miniProgram - 10} 次`);
  await expect(page).toHaveURL(/side=mp/);
});

test('function pages: at the limit is fine, one more is over', async ({ page }) => {
  await open(page);
  const calc = functionPages(page);
  const field = calc.getByLabel('准备配置的重要业务页面（组）');
  await field.fill(`${maxGroups} 组`);
  await expect(result(calc)).toContainText('符合要求');
  await expect(result(calc)).toContainText('已到上限');
  await field.fill(String(maxGroups + 1));
  await expect(result(calc)).toContainText(`超出上限：最多 ${maxGroups} 组，请减少 1 组`);
  await field.fill('0');
  await expect(result(calc)).toContainText(`还可再加 ${maxGroups} 组`);
});

test.describe('deadline, for a reader whose clock is in New York', () => {
  test.use({ timezoneId: 'America/New_York' });
  test('today is counted in China time, and the .ics file holds the safe day', async ({ page }) => {
    // 20:00 on 9 March in New York is already 10 March in Beijing: past the safe day, still the last
    // possible day under the other reading (not overdue).
    await page.clock.setFixedTime(new Date('2024-03-10T01:00:00Z'));
    await open(page);
    const calc = deadline(page);
    await calc.getByLabel('提交主体信息的日期').fill('2024-02-29');
    await expect(result(calc)).toContainText('最稳妥：2024年3月9日及以前汇款（提交当天算第 1 天）');
    await expect(result(calc)).toContainText('最晚可能：2024年3月10日（提交当天不计入）');
    await expect(result(calc)).toContainText('已过最稳妥的汇款日。若提交当天不计入，今天仍在期限内（最后一天）');
    await expect(result(calc)).toContainText('两种算法都是本站的解读（D4）');
    await expect(result(calc)).not.toContainText('超过期限');
    await expect(result(calc)).not.toContainText('按原文');
    await expect(page).toHaveURL(/submitted=2024-02-29/);

    const download = page.waitForEvent('download');
    await calc.getByRole('button', { name: /加入日历/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await file.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VCALENDAR\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20240309\r\n');
    expect(ics).toContain('UID:remittance-20240229-20240309@');
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  test(`the day before, ${days} days after submission counts down to the last day`, async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-03-08T15:00:00Z')); // 23:00 on 8 March in Beijing
    await open(page);
    await deadline(page).getByLabel('提交主体信息的日期').fill('2024-02-29');
    await expect(result(deadline(page))).toContainText('按最稳妥的算法，包括今天在内，还有 2 天');
  });
});

test('keyboard only: choose, type and read the result without a pointer', async ({ page }) => {
  await open(page);
  const calc = members(page);
  await calc.getByRole('radio', { name: '企业类型' }).focus();
  await page.keyboard.press('ArrowRight'); // radio group: arrows move the choice
  await expect(calc.getByRole('radio', { name: '政府、媒体、其他组织' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(calc.getByRole('radio', { name: '未认证' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(calc.getByLabel('已绑定的开发者（个）')).toBeFocused();
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await expect(calc.getByLabel('已绑定的体验者（个）')).toBeFocused();
  await page.keyboard.type('-1');
  await expect(result(calc)).toContainText('不能是负数');
  await page.keyboard.press('Tab'); // the error summary's link is next and leads back to the field
  await expect(result(calc).getByRole('link')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#members-testers$/);
});

for (const width of [375, 1280]) {
  test(`results and errors at ${width}px, light and dark: axe clean, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, '?subject=enterprise&certified=no&developers=12&testers=3&same=1&different=0&oaMonth=2&submitted=2024-02-29&groups=-3');
    await expect(result(members(page))).toContainText('超出上限');
    await expect(result(functionPages(page))).toContainText('不能是负数');
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}

test('each calculator also works beside its rule in the guide', async ({ page }) => {
  const pages: [path: string, group: string, label: string, input: string, expected: string][] = [
    ['/guide/preparation/', '成员名额计算', '已绑定的开发者（个）', '1', `还可绑定 ${m.unverified.developers - 1} 个`],
    ['/guide/official-account/', '公众号关联计算', '已关联的同主体小程序（个）', '0', '填写上面三项'],
    ['/guide/registration/', '对公打款期限计算', '提交主体信息的日期', '2024-02-29', '2024年3月9日'],
    ['/guide/review-and-release/', '功能页面组数检查', '准备配置的重要业务页面（组）', '６', '超出上限'],
  ];
  for (const [path, group, label, input, expected] of pages) {
    await page.goto(path);
    const calc = page.getByRole('group', { name: group });
    await calc.scrollIntoViewIfNeeded();
    await expect(calc.getByLabel(label)).toBeEnabled(); // usable before its code, which loads on first use
    await calc.getByLabel(label).fill(input);
    await expect(calc.locator('.calc-result')).toContainText(expected);
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    expect(page.url()).not.toContain('?'); // the guide's calculators leave the address alone
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every limit is a readable table and no dead form is shown', async ({ page }) => {
    await page.goto('/tools/quotas/');
    await expect(page.getByRole('table', { name: '成员名额上限' })).toContainText(String(m.verified.testers));
    const table = page.getByRole('table', { name: '公众号关联小程序的上限' });
    await expect(table.getByRole('row', { name: /不同主体/ })).toContainText(String(a.perOfficialAccount.differentSubject));
    await expect(table.getByRole('row', { name: /小程序每月/ })).toContainText(String(a.monthly.miniProgram));
    await expect(page.getByText(`须在${days}天内`)).toBeVisible();
    await expect(page.getByText(`不多于${maxGroups}组`)).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.getByText('计算器不可用')).toBeVisible();
  });
});
