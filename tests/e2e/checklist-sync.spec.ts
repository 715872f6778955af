// 注册清单, nothing lost and nothing silent: two tabs racing, a link's tracks over saved progress,
// import with a preview and undo, a full origin that cannot keep a copy, controls before hydration.
import { expect, test, type Locator, type Page } from '@playwright/test';

import { holdChunk, refuseChunk } from './code-loading.ts';
import { checkbox, expectStatus, key, open, personalPage, remitPage, setStatus, type Status } from './checklist-pages.ts';
const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!);
const at = (value: unknown) => ({ value, at: 1 });
/** Saved progress (version 3) for one profile, written before the page opens. */
const seed = (page: Page, profile: string, p: object) =>
  page.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k!, v!); sessionStorage.setItem('seeded', '1'); } },
    [key, JSON.stringify({ v: 3, data: { profiles: { [profile]: p } } })]);

test('two tabs changing steps at the same moment, 20 times: no change is lost and each tab follows the other live', { tag: '@race' }, async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await open(a, personalPage);
  await open(b, personalPage);
  const steps = await a.locator('[data-step]').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')!));
  expect(steps.length).toBeGreaterThan(10);
  const expected: Record<string, Status> = {};
  for (let i = 0; i < 20; i++) {
    const [x, y] = [steps[i % steps.length]!, steps[(i + 7) % steps.length]!];
    const [vx, vy] = [(['done', 'doing', 'todo'] as const)[i % 3]!, (['doing', 'done'] as const)[i % 2]!];
    await Promise.all([setStatus(a, x, vx, { force: true }), setStatus(b, y, vy, { force: true })]);
    expected[x] = vx;
    expected[y] = vy;
    for (const page of [a, b]) {
      await expectStatus(page, x, vx);
      await expectStatus(page, y, vy);
    }
  }
  await expect.poll(async () => {
    const s = (await stored(a)).data.profiles.personal.statuses;
    return Object.fromEntries(Object.keys(expected).map((id) => [id, s[id]?.value]));
  }).toEqual(expected);
  await a.reload();
  await expect(a.locator('.checklist[data-ready]')).toHaveCount(1);
  for (const [id, value] of Object.entries(expected)) await expectStatus(a, id, value);
});

for (const [param, offered] of [['', '（无）'], ['payment', '微信支付']] as const) {
  test(`?tracks=${param} over saved progress is offered, never applied silently; the hidden track keeps its progress`, { tag: '@race' }, async ({ page }) => {
    await seed(page, 'enterprise-remittance', { statuses: { 'apply-payment': at('done'), 'activate-email': at('done') }, tracks: at(param ? [] : ['payment']), submittedOn: at(null) });
    await open(page, `${remitPage}?tracks=${param}`);
    const offer = page.getByRole('group', { name: /链接中的设置与你保存的不同/ });
    await expect(offer).toContainText(`链接选择的可选项目：${offered}；你保存的：${param ? '（无）' : '微信支付'}`);
    // Until answered, the saved choice stands.
    await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked({ checked: !param });
    await offer.getByRole('button', { name: '保留我的' }).click();
    await expect(offer).toHaveCount(0);
    // The address now holds the tracks kept, not the link's (issue 23: it follows the list).
    await expect.poll(() => new URL(page.url()).searchParams.get('tracks')).toBe(param ? '' : 'payment');
    expect((await stored(page)).data.profiles['enterprise-remittance'].tracks.value).toEqual(param ? [] : ['payment']);

    await page.goto(`${remitPage}?tracks=${param}`);
    await page.getByRole('button', { name: '使用链接的' }).click();
    await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked({ checked: !!param });
    // Hiding or showing a track never drops a step's progress.
    expect((await stored(page)).data.profiles['enterprise-remittance'].statuses['apply-payment'].value).toBe('done');
    await page.getByRole('checkbox', { name: '微信支付', exact: true }).setChecked(true);
    await expectStatus(page, 'apply-payment', 'done');
    await expectStatus(page, 'activate-email', 'done');
  });
}

test('?tracks= with junk is ignored with a notice; with nothing saved the link sets the tracks', { tag: '@race' }, async ({ page }) => {
  await seed(page, 'enterprise-remittance', { statuses: { 'apply-payment': at('done') }, tracks: at(['payment']), submittedOn: at(null) });
  await open(page, `${remitPage}?tracks=nonsense,<b>x</b>`);
  await expect(page.getByRole('status').filter({ hasText: '不是本清单的可选项目，已忽略' })).toContainText('nonsense、<b>x</b>');
  await expect(page.locator('b')).toHaveCount(0);
  await expect(page.getByRole('group', { name: /链接中的设置/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked();
  expect((await stored(page)).data.profiles['enterprise-remittance'].tracks.value).toEqual(['payment']);
  // The eligibility wizard's hand-over to a list with nothing saved: applied directly.
  await open(page, '/tools/checklist/enterprise-certification/?tracks=open-platform');
  await expect(page.getByRole('group', { name: /链接中的设置/ })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: '绑定开放平台帐号', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).not.toBeChecked();
});

test('import shows what will change and asks; merging is the default and can be undone', { tag: '@race' }, async ({ page }) => {
  await seed(page, 'enterprise-remittance', {
    statuses: { 'activate-email': { value: 'todo', at: 50 }, 'fill-email': { value: 'doing', at: 5 } },
    tracks: at(['payment']), submittedOn: { value: '2024-02-29', at: 5 },
  });
  await open(page, remitPage);
  const file = { v: 3, data: { profiles: { 'enterprise-remittance': {
    statuses: { 'activate-email': { value: 'done', at: 10 }, 'fill-email': { value: 'done', at: 10 } },
    tracks: at(null), submittedOn: { value: null, at: 0 },
  } } } };
  await page.getByLabel('导入进度文件').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const ask = page.getByRole('group', { name: /导入“backup.json”/ });
  await expect(ask).toBeFocused();
  await expect(ask.getByRole('radio', { name: /合并/ })).toBeChecked();
  await expect(ask.getByRole('listitem')).toHaveText(['填写符合要求的邮箱和密码：进行中 → 已完成']);
  // Replacing would change more, including the date: shown before anything happens.
  await ask.getByRole('radio', { name: /替换/ }).check();
  await expect(ask.getByRole('listitem')).toHaveText([
    '激活邮箱：未开始 → 已完成', '填写符合要求的邮箱和密码：进行中 → 已完成', '可选项目：微信支付 → （无）', '提交主体信息的日期：2024-02-29 → （无）',
  ]);
  await ask.getByRole('button', { name: '取消' }).click();
  await expectStatus(page, 'fill-email', 'doing');

  await page.getByLabel('导入进度文件').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole('button', { name: '确定导入' }).click();
  await expect(page.locator('.checklist-message')).toContainText('已导入“backup.json”。更改了 1 处');
  await expectStatus(page, 'fill-email', 'done');
  await expectStatus(page, 'activate-email', 'todo');
  await expect(page.getByLabel('提交主体信息的日期（计算最后汇款日）')).toHaveValue('2024-02-29');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(page.locator('.checklist-message')).toContainText('已撤销');
  await expectStatus(page, 'fill-email', 'doing');
  await page.reload();
  await expectStatus(page, 'fill-email', 'doing');
});

for (const [what, original, reason] of [
  ['unreadable', '{"v":2,"data":' + 'x'.repeat(2000), 'JSON'],
  ['from a newer version', '{"v":9,"data":{"profiles":{}}}', '更新版本'],
] as const) {
  test(`${what} data on a full origin: read-only, the original offered, nothing written`, { tag: '@race' }, async ({ page }) => {
    // A nearly full origin: replacing a value works, adding a key (the copy) fails with a quota error
    // while the original takes up the room.
    await page.addInitScript(([k, v]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(k!, v!); sessionStorage.setItem('seeded', '1'); }
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (name: string, value: string) {
        if (this === localStorage && this.getItem(name) === null && this.getItem(k!) === v) throw new DOMException('full', 'QuotaExceededError');
        set.call(this, name, value);
      };
    }, [key, original]);
    await open(page, personalPage);
    const alert = page.locator('.checklist').getByRole('alert');
    await expect(alert).toContainText('清单暂时只读');
    await expect(alert).toContainText(reason);
    await expect(alert).not.toContainText('已原样另存');
    await expect(checkbox(page, 'activate-email')).toBeDisabled();
    await expect(page.getByRole('button', { name: '清空进度' })).toBeDisabled();
    await expect(page.getByLabel('导入进度文件')).toBeDisabled();
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: '下载原数据' }).click();
    expect(await (await download).failure()).toBeNull();
    await alert.getByText('显示原数据（可全选复制）').click();
    await expect(alert.getByRole('textbox', { name: '原数据' })).toHaveValue(original);
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(original);
    await page.reload();
    await expect(page.locator('.checklist').getByRole('alert')).toContainText('清单暂时只读');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(original);
    // Once saved, the reader lets the original go and the list works.
    await page.getByRole('button', { name: '已留档，删除原数据并开始使用' }).click();
    await expect(page.locator('.checklist').getByRole('alert')).toHaveCount(0);
    await setStatus(page, 'activate-email', 'done');
    expect((await stored(page)).data.profiles.personal.statuses['activate-email'].value).toBe('done');
  });
}

/** Every control that changes or hands off the list: the steps, the tracks, and the tools beside them. */
async function expectControls(page: Page, state: 'enabled' | 'disabled') {
  const check = (l: Locator) => (state === 'enabled' ? expect(l).toBeEnabled() : expect(l).toBeDisabled());
  await check(checkbox(page, 'activate-email'));
  await check(page.getByRole('checkbox', { name: '绑定开放平台帐号', exact: true }));
  for (const name of [/导出进度/, '打印清单', '清空进度', '复制链接']) await check(page.getByRole('button', { name }));
  await check(page.getByLabel('导入进度文件'));
}

// The list and its tools are one island, so they go live together. Astro retries a failed island
// import a second later (…?astro-retry=…): refuseChunk refuses that too, so the failure is final and the
// test waits for the state it produces (the 重试 bar), not for time.
test('when the list\'s code never arrives, the list and its tools stay disabled and say so', { tag: '@race' }, async ({ page }) => {
  await refuseChunk(page, 'Checklist');
  await page.goto(personalPage);
  await expect(page.getByText('清单功能加载中，加载完成前不能记录进度。')).toBeVisible();
  await expectControls(page, 'disabled');
  // After Astro's retry has failed too: the bar, and still nothing that could change the list.
  await expect(page.getByRole('alert').filter({ hasText: '部分功能未能加载（网络不稳定）。' })).toBeVisible();
  await expectControls(page, 'disabled');
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(0);
});

test('when the list\'s code arrives late, everything stays disabled until it is there, then works at once', { tag: '@race' }, async ({ page }) => {
  const code = await holdChunk(page, 'Checklist');
  await page.goto(personalPage);
  await code.requested;
  await expect(page.getByText('清单功能加载中，加载完成前不能记录进度。')).toBeVisible();
  await expectControls(page, 'disabled');
  code.release();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expectControls(page, 'enabled');
  await expect(page.getByText('清单功能加载中，加载完成前不能记录进度。')).toHaveCount(0);
  await setStatus(page, 'activate-email', 'done');
  expect((await stored(page)).data.profiles.personal.statuses['activate-email'].value).toBe('done');
});
