// 注册清单: choosing a profile, statuses that persist, storage that fails or is corrupt, two tabs,
// export/import, printing, reset with confirmation, no JavaScript, keyboard only.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { watchErrors } from './pages.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
import { checkbox, doingButton, expectStatus, key, open, personalPage, remitPage, row, setStatus } from './checklist-pages.ts';
const progressText = (page: Page) => page.locator('.checklist-progress-text');
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);

test('备案 is a task from after the guide, with its source, and the known changes are those of the subject', async ({ page }) => {
  const filing = rules.superseded.find((n) => n.id === 'filing')!;
  for (const [path, personal] of [[personalPage, true], [remitPage, false]] as const) {
    await open(page, path);
    const track = page.getByRole('region', { name: '指南之后新增的要求' });
    await expect(track.getByRole('link', { name: /^怎么做：上架前完成小程序备案/ })).toHaveAttribute('href', '/filing/');
    const note = page.getByRole('complementary', { name: `指南之后新增的要求：${filing.title}` });
    await expect(note.getByRole('link', { name: new RegExp(filing.sources[0]!.title) })).toHaveAttribute('href', filing.sources[0]!.url);
    await expect(page.getByRole('complementary', { name: /个人帐号现在可以申请微信认证/ })).toHaveCount(personal ? 1 : 0);
  }
});

test('the chooser leads to the checklist of a subject and path', async ({ page }) => {
  await page.goto('/tools/checklist/');
  const row = page.getByRole('row', { name: /^企业 / });
  await row.getByRole('link', { name: /对公打款/ }).click();
  await expect(page).toHaveURL(new RegExp(`${remitPage}$`));
  await expect(page.locator('h1')).toHaveText('注册清单：企业 · 对公打款');
  await expect(page.getByRole('link', { name: '怎么做：向指定收款帐号汇入指定金额' })).toHaveAttribute('href', '/guide/registration/#点击确认完成注册流程');
});

test('status changes show in the progress and survive a reload', async ({ page }) => {
  await open(page, personalPage);
  await expect(progressText(page)).toContainText('已完成 0 /');
  await setStatus(page, 'open-register', 'done');
  await setStatus(page, 'activate-email', 'doing');
  await expect(progressText(page)).toContainText('已完成 1 /');
  await expect(progressText(page)).toContainText('进行中 1 步');
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expectStatus(page, 'open-register', 'done');
  await expectStatus(page, 'activate-email', 'doing');
  const data = JSON.parse((await stored(page))!);
  expect(data.v).toBe(3);
  expect(data.data.profiles.personal.statuses['open-register'].value).toBe('done');
});

test('?tracks= preselects optional tracks; steps that do not apply never show', async ({ page }) => {
  await open(page, `${remitPage}?tracks=payment,nonsense,<script>`);
  await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '绑定开放平台帐号', exact: true })).not.toBeChecked();
  await expect(page.getByRole('heading', { name: /微信支付/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /绑定开放平台帐号/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: '绑定开放平台帐号', exact: true }).check();
  await expect(page.getByRole('checkbox', { name: '在开放平台绑定小程序' })).toBeVisible();
  // A personal account has no certification track at all (R41), whatever the link says.
  await open(page, `${personalPage}?tracks=certification,payment`);
  await expect(page.getByRole('checkbox', { name: '微信认证', exact: true })).toHaveCount(0);
  await expect(row(page, 'apply-payment')).toHaveCount(0);
});

test('the remittance deadline is shown beside the remit step and remembered', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2024-03-01T04:00:00Z'));
  await open(page, remitPage);
  await page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
  const step = page.locator('[data-step="remit"]');
  await expect(step).toContainText('最稳妥：2024年3月9日及以前汇款');
  await expect(step).toContainText('最晚可能：2024年3月10日');
  await expect(step).toContainText(`包括今天在内，还有 ${rules.limits.remittance.deadlineDays - 1} 天`);
  await page.reload();
  await expect(page.getByLabel('提交主体信息的日期（计算最后汇款日）')).toHaveValue('2024-02-29');
  await expect(page.locator('[data-step="remit"]')).toContainText('2024年3月9日');
  // Profiles that certify instead have no remittance step and no date.
  await open(page, '/tools/checklist/enterprise-certification/');
  await expect(page.getByLabel('提交主体信息的日期（计算最后汇款日）')).toHaveCount(0);
});

test('corrupted storage is kept aside, the reader is told and can download it', async ({ page }) => {
  await open(page, personalPage); // the list has read storage before we write into it
  await page.evaluate((k) => localStorage.setItem(k, '{"v":2,"data":{"profiles":{"personal":{"statuses":{"open-register":"finished"}'), key);
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  const warning = page.locator('.checklist').getByRole('alert');
  await expect(warning).toContainText('之前保存的进度无法读取');
  await expect(warning).toContainText('原来的数据没有删除');
  const asideKeys = await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}.unreadable.`)), key);
  expect(asideKeys).toHaveLength(1);

  const download = page.waitForEvent('download');
  await warning.getByRole('button', { name: '下载无法读取的数据' }).click();
  const file = await download;
  expect(readFileSync((await file.path())!, 'utf8')).toBe('{"v":2,"data":{"profiles":{"personal":{"statuses":{"open-register":"finished"}');

  // The list works from a clean start; the kept copy stays until the reader deletes it.
  await setStatus(page, 'activate-email', 'done');
  await page.reload();
  await expect(page.locator('.checklist').getByRole('alert')).toContainText('之前保存的进度无法读取');
  await expectStatus(page, 'activate-email', 'done');
  await page.getByRole('button', { name: '删除这份数据' }).click();
  await expect(page.locator('.checklist').getByRole('alert')).toHaveCount(0);
  expect(await page.evaluate((k) => Object.keys(localStorage).filter((x) => x.startsWith(`${k}.unreadable.`)), key)).toEqual([]);
});

test('progress saved by the older version (ticks) is migrated, not lost', async ({ page }) => {
  await open(page, personalPage); // the list has read storage before we write into it
  await page.evaluate((k) => localStorage.setItem(k, JSON.stringify({ v: 1, data: { personal: { 'open-register': true, 'fill-email': true, 'activate-email': false } } })), key);
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: '已把旧版（第 1 版）保存的进度升级' })).toBeVisible();
  await expectStatus(page, 'open-register', 'done');
  await expectStatus(page, 'fill-email', 'done');
  await expectStatus(page, 'activate-email', 'todo');
  expect(JSON.parse((await stored(page))!).v).toBe(3);
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, personalPage);
  await open(second, personalPage);
  await setStatus(first, 'activate-email', 'done');
  await expectStatus(second, 'activate-email', 'done');
  await expect(progressText(second)).toContainText('已完成 1 /');
  await setStatus(second, 'activate-email', 'doing');
  await expectStatus(first, 'activate-email', 'doing');
});

test('when storage is unavailable the list still works and says it cannot remember', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, personalPage);
  await expect(page.getByRole('status').filter({ hasText: '关闭页面后不会记住进度' })).toBeVisible();
  await setStatus(page, 'activate-email', 'done');
  await expect(progressText(page)).toContainText('已完成 1 /');
  expect(errors).toEqual([]);
});

test('export, then import of a bad file is refused with a clear message, and a good file restores', async ({ page }) => {
  await open(page, personalPage);
  await setStatus(page, 'activate-email', 'done');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /导出进度/ }).click();
  const exported = readFileSync((await (await download).path())!, 'utf8');
  expect(JSON.parse(exported).data.profiles.personal.statuses['activate-email'].value).toBe('done');

  const input = page.getByLabel('导入进度文件');
  for (const [name, content, reason] of [
    ['notes.json', 'not json at all', /不是本站导出的注册清单进度文件.*JSON/],
    ['other.json', '{"theme":"dark"}', /不是本站导出的注册清单进度文件/],
    ['bad-status.json', '{"v":2,"data":{"profiles":{"personal":{"statuses":{"activate-email":"<b>x</b>"},"tracks":null,"submittedOn":null}}}}', /状态无效/],
    ['empty.json', '', /文件是空的/],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    await expect(page.locator('.checklist-message')).toContainText(reason);
    await expect(page.locator('.checklist-message')).toContainText('你的进度没有改变');
    await expectStatus(page, 'activate-email', 'done');
  }
  await expect(page.locator('b')).toHaveCount(0);

  // The list changed since the export: merging keeps the newer 未开始; replacing restores the file.
  await setStatus(page, 'activate-email', 'todo');
  await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const ask = page.getByRole('group', { name: /导入“progress.json”/ });
  await expect(ask).toContainText('其中没有比现在更新的进度');
  await ask.getByRole('radio', { name: /替换/ }).check();
  await expect(ask.getByRole('listitem')).toHaveText(['激活邮箱：未开始 → 已完成']);
  await ask.getByRole('button', { name: '确定导入' }).click();
  await expect(page.locator('.checklist-message')).toContainText('已导入“progress.json”');
  await expectStatus(page, 'activate-email', 'done');
});

test('reset asks first: cancel keeps everything, confirm clears', async ({ page }) => {
  await open(page, personalPage);
  await setStatus(page, 'activate-email', 'done');
  await page.getByRole('button', { name: '清空进度' }).click();
  const confirm = page.getByRole('group', { name: /确定要清空/ });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空进度' })).toBeFocused();
  await expectStatus(page, 'activate-email', 'done');
  await page.getByRole('button', { name: '清空进度' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expectStatus(page, 'activate-email', 'todo');
  await expect(progressText(page)).toContainText('已完成 0 /');
  await page.reload();
  await expectStatus(page, 'activate-email', 'todo');
});

test('keyboard only: tick with Space, mark 进行中, and reset with confirmation', async ({ page }) => {
  await open(page, personalPage);
  await checkbox(page, 'activate-email').focus();
  await page.keyboard.press('Space');
  await expectStatus(page, 'activate-email', 'done');
  await page.keyboard.press('Space');
  await expectStatus(page, 'activate-email', 'todo');
  await page.keyboard.press('Tab'); // 怎么做, the rule, then the 进行中 toggle
  await expect(page.getByRole('link', { name: '怎么做：激活邮箱' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(doingButton(page, 'activate-email')).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStatus(page, 'activate-email', 'doing');
  await page.getByRole('button', { name: '打印清单' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '清空进度' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /确定要清空/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '确定清空' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expectStatus(page, 'activate-email', 'todo');
});

test('the print view shows each status as text and leaves the controls off the paper', async ({ page }) => {
  await open(page, remitPage);
  await setStatus(page, 'activate-email', 'done');
  await page.emulateMedia({ media: 'print' });
  await expect(doingButton(page, 'fill-email')).toBeHidden();
  await expect(row(page, 'activate-email').locator('.status-tag')).toHaveText('已完成');
  await expect(row(page, 'fill-email').locator('.status-tag')).toHaveText('未开始');
  await expect(page.getByRole('button', { name: '清空进度' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(row(page, 'activate-email').getByText('激活邮箱', { exact: true })).toBeVisible();
  // Fits the paper: nothing wider than an A4 page's printable width.
  await page.setViewportSize({ width: 700, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
});

for (const width of [375, 1280]) {
  test(`a checklist with progress at ${width}px, light and dark: axe clean, no sideways scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await open(page, `${remitPage}?tracks=payment,official-account`);
    await setStatus(page, 'activate-email', 'done');
    await setStatus(page, 'fill-admin', 'doing');
    await page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
    await page.getByRole('button', { name: '清空进度' }).click();
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  });
}

test('every per-profile page opens with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  for (const slug of ['personal', 'enterprise-remittance', 'enterprise-certification', 'individual-business-remittance', 'individual-business-certification', 'government', 'media', 'other']) {
    await open(page, `/tools/checklist/${slug}/`);
    await expect(page.getByRole('checkbox', { name: '审核通过后手动点击发布' })).toBeEnabled();
  }
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each profile page is a readable, printable list of every applicable step', async ({ page }) => {
    await page.goto(remitPage);
    await expect(page.getByRole('heading', { level: 2, name: '注册帐号' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /微信支付/ })).toBeVisible(); // optional tracks are listed too
    await expect(row(page, 'remit').getByText('向指定收款帐号汇入指定金额', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: '怎么做：向指定收款帐号汇入指定金额' })).toBeVisible();
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByText('未开始').first()).toBeHidden(); // no status the page cannot know
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByText('打印后可逐项勾选')).toBeVisible();
    await page.goto(personalPage);
    await expect(row(page, 'remit')).toHaveCount(0);
  });
});
