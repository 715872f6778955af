// 注册清单: choosing a profile, statuses that persist, storage that fails or is corrupt, two tabs,
// export/import, printing, reset with confirmation, no JavaScript, keyboard only.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchErrors } from './pages.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
import { key, open, personalPage, remitPage } from './checklist-pages.ts';
const statusOf = (page: Page, label: string) => page.getByRole('combobox', { name: `${label}：` });
const progressText = (page: Page) => page.locator('.checklist-progress-text');
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), key);

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('备案 is a task from after the guide, with its source, and the known changes are those of the subject', async ({ page }) => {
  const filing = rules.superseded.find((n) => n.id === 'filing')!;
  for (const [path, personal] of [[personalPage, true], [remitPage, false]] as const) {
    await open(page, path);
    const track = page.getByRole('region', { name: '指南之后新增的要求' });
    await expect(track.getByRole('link', { name: /上架前完成小程序备案/ })).toHaveAttribute('href', '/history/filing/');
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
  await expect(page.getByRole('link', { name: '向指定收款帐号汇入指定金额' })).toHaveAttribute('href', '/guide/registration/#点击确认完成注册流程');
});

test('status changes show in the progress and survive a reload', async ({ page }) => {
  await open(page, personalPage);
  await expect(progressText(page)).toContainText('已完成 0 /');
  await statusOf(page, '在公众平台首页点击“立即注册”').selectOption('done');
  await statusOf(page, '激活邮箱').selectOption('doing');
  await expect(progressText(page)).toContainText('已完成 1 /');
  await expect(progressText(page)).toContainText('进行中 1 步');
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expect(statusOf(page, '在公众平台首页点击“立即注册”')).toHaveValue('done');
  await expect(statusOf(page, '激活邮箱')).toHaveValue('doing');
  const data = JSON.parse((await stored(page))!);
  expect(data.v).toBe(3);
  expect(data.data.profiles.personal.statuses['open-register'].value).toBe('done');
});

test('?tracks= preselects optional tracks; steps that do not apply never show', async ({ page }) => {
  await open(page, `${remitPage}?tracks=payment,nonsense,<script>`);
  await expect(page.getByRole('checkbox', { name: '微信支付' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '绑定开放平台帐号' })).not.toBeChecked();
  await expect(page.getByRole('heading', { name: /微信支付/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: /绑定开放平台帐号/ })).toHaveCount(0);
  await page.getByRole('checkbox', { name: '绑定开放平台帐号' }).check();
  await expect(page.getByRole('link', { name: '在开放平台绑定小程序' })).toBeVisible();
  // A personal account has no certification track at all (R41), whatever the link says.
  await open(page, `${personalPage}?tracks=certification,payment`);
  await expect(page.getByRole('checkbox', { name: '微信认证' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: '申请微信支付（已认证的小程序可申请）' })).toHaveCount(0);
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
  await statusOf(page, '激活邮箱').selectOption('done');
  await page.reload();
  await expect(page.locator('.checklist').getByRole('alert')).toContainText('之前保存的进度无法读取');
  await expect(statusOf(page, '激活邮箱')).toHaveValue('done');
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
  await expect(statusOf(page, '在公众平台首页点击“立即注册”')).toHaveValue('done');
  await expect(statusOf(page, '填写符合要求的邮箱和密码')).toHaveValue('done');
  await expect(statusOf(page, '激活邮箱')).toHaveValue('todo');
  expect(JSON.parse((await stored(page))!).v).toBe(3);
});

test('two open tabs stay in step', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, personalPage);
  await open(second, personalPage);
  await statusOf(first, '激活邮箱').selectOption('done');
  await expect(statusOf(second, '激活邮箱')).toHaveValue('done');
  await expect(progressText(second)).toContainText('已完成 1 /');
  await statusOf(second, '激活邮箱').selectOption('doing');
  await expect(statusOf(first, '激活邮箱')).toHaveValue('doing');
});

test('when storage is unavailable the list still works and says it cannot remember', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, personalPage);
  await expect(page.getByRole('status').filter({ hasText: '关闭页面后不会记住进度' })).toBeVisible();
  await statusOf(page, '激活邮箱').selectOption('done');
  await expect(progressText(page)).toContainText('已完成 1 /');
  expect(errors).toEqual([]);
});

test('export, then import of a bad file is refused with a clear message, and a good file restores', async ({ page }) => {
  await open(page, personalPage);
  await statusOf(page, '激活邮箱').selectOption('done');
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
    await expect(statusOf(page, '激活邮箱')).toHaveValue('done');
  }
  await expect(page.locator('b')).toHaveCount(0);

  // The list changed since the export: merging keeps the newer 未开始; replacing restores the file.
  await statusOf(page, '激活邮箱').selectOption('todo');
  await input.setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
  const ask = page.getByRole('group', { name: /导入“progress.json”/ });
  await expect(ask).toContainText('文件中没有比现在更新的进度');
  await ask.getByRole('radio', { name: /替换/ }).check();
  await expect(ask.getByRole('listitem')).toHaveText(['激活邮箱：未开始 → 已完成']);
  await ask.getByRole('button', { name: '确定导入' }).click();
  await expect(page.locator('.checklist-message')).toContainText('已导入“progress.json”');
  await expect(statusOf(page, '激活邮箱')).toHaveValue('done');
});

test('reset asks first: cancel keeps everything, confirm clears', async ({ page }) => {
  await open(page, personalPage);
  await statusOf(page, '激活邮箱').selectOption('done');
  await page.getByRole('button', { name: '清空进度' }).click();
  const confirm = page.getByRole('group', { name: /确定要清空/ });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: '清空进度' })).toBeFocused();
  await expect(statusOf(page, '激活邮箱')).toHaveValue('done');
  await page.getByRole('button', { name: '清空进度' }).click();
  await page.getByRole('button', { name: '确定清空' }).click();
  await expect(statusOf(page, '激活邮箱')).toHaveValue('todo');
  await expect(progressText(page)).toContainText('已完成 0 /');
  await page.reload();
  await expect(statusOf(page, '激活邮箱')).toHaveValue('todo');
});

test('keyboard only: set a status and reset with confirmation', async ({ page }) => {
  await open(page, personalPage);
  const select = statusOf(page, '激活邮箱');
  await select.focus();
  await page.keyboard.press('ArrowDown');
  await expect(select).toHaveValue('doing');
  await page.getByRole('button', { name: '打印清单' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '清空进度' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: /确定要清空/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '确定清空' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(select).toHaveValue('todo');
});

test('the print view shows each status as text and leaves the controls off the paper', async ({ page }) => {
  await open(page, remitPage);
  await statusOf(page, '激活邮箱').selectOption('done');
  await page.emulateMedia({ media: 'print' });
  await expect(statusOf(page, '激活邮箱')).toBeHidden();
  await expect(page.locator('[data-step="activate-email"] .status-print')).toHaveText('已完成');
  await expect(page.locator('[data-step="fill-email"] .status-print')).toHaveText('未开始');
  await expect(page.getByRole('button', { name: '清空进度' })).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('link', { name: '激活邮箱' })).toBeVisible();
  // Fits the paper: nothing wider than an A4 page's printable width.
  await page.setViewportSize({ width: 700, height: 1000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(700);
});

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a checklist with progress at ${width}px ${colorScheme}: axe clean, no sideways scroll`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await open(page, `${remitPage}?tracks=payment,official-account`);
      await statusOf(page, '激活邮箱').selectOption('done');
      await statusOf(page, '填写管理员信息').selectOption('doing');
      await page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
      await page.getByRole('button', { name: '清空进度' }).click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await axeClean(page);
    });
  }
}

test('every per-profile page opens with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  for (const slug of ['personal', 'enterprise-remittance', 'enterprise-certification', 'individual-business-remittance', 'individual-business-certification', 'government', 'media', 'other']) {
    await open(page, `/tools/checklist/${slug}/`);
    await expect(page.getByRole('link', { name: '审核通过后手动点击发布' })).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('each profile page is a readable, printable list of every applicable step', async ({ page }) => {
    await page.goto(remitPage);
    await expect(page.getByRole('heading', { level: 2, name: '注册帐号' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: /微信支付/ })).toBeVisible(); // optional tracks are listed too
    await expect(page.getByRole('link', { name: '向指定收款帐号汇入指定金额' })).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByText('打印后可逐项勾选')).toBeVisible();
    await page.goto(personalPage);
    await expect(page.getByRole('link', { name: '向指定收款帐号汇入指定金额' })).toHaveCount(0);
  });
});
