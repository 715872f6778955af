// Hand-off that works inside WeChat: a share link carrying the checklist's progress (offered, never
// overwriting what is saved), 复制为文字, a QR code of the link, what WeChat's browser is offered
// instead of downloads and print, and the tags a shared link's card is made from.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { watchErrors } from './pages.ts';
import { expectStatus, key, open, personalPage, remitPage, setStatus } from './checklist-pages.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { checklistTracks } from '../../src/lib/checklist.ts';
import { accountOf } from '../../src/lib/steps.ts';

const rules = loadRuleSet();
const label = (step: string) => rules.steps.find((s) => s.id === step)!.label;
/** Every step of the personal list, every track: the length of its progress digits. */
const personalSteps = checklistTracks(rules.tracks, rules.steps, accountOf('personal', null, rules)).flatMap((t) => t.steps).length;

const weChatUa = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const phone = { viewport: { width: 375, height: 800 } };
const tools = (page: Page) => page.locator('.checklist-tools');

async function withClipboard(browser: Browser, options = phone): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  return { context, page: await context.newPage() };
}
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Makes progress on a fresh device and copies its share link. */
async function shareLink(page: Page): Promise<string> {
  await open(page, personalPage);
  await setStatus(page, 'open-register', 'done');
  await setStatus(page, 'activate-email', 'doing');
  await tools(page).getByRole('button', { name: '复制链接' }).click();
  await expect(tools(page)).toContainText('已复制链接');
  return clipboard(page);
}

test('a share link carries the progress: a fresh device loads it, and can undo', { tag: '@race' }, async ({ browser }) => {
  const a = await withClipboard(browser);
  const link = await shareLink(a.page);
  expect(link).toMatch(/\/tools\/checklist\/personal\/\?progress=1\.[012]+\.\.[0-9a-z]+$/);
  expect(link.length).toBeLessThan(200);

  const b = await browser.newContext(phone);
  const page = await b.newPage();
  const errors = watchErrors(page);
  await open(page, link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(tools(page).locator('.checklist-message')).toContainText('已导入链接中的进度。更改了 2 处。');
  // 撤销 sits at the foot of the list: the top of the page says so and links there.
  await page.getByRole('status').filter({ hasText: '已载入链接中的进度' }).getByRole('link', { name: '可在页面下方撤销' }).click();
  await expect(tools(page).getByRole('button', { name: '撤销' })).toBeInViewport();
  await expectStatus(page, 'open-register', 'done');
  await expectStatus(page, 'activate-email', 'doing');
  // Saved on this device, and the address now carries the list as saved here (issue 23), so a reload asks nothing.
  await expect(page).toHaveURL(/\/tools\/checklist\/personal\/\?progress=1\.2[01]+\.\.[0-9a-z]+(#|$)/);
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!);
  expect(saved.data.profiles.personal.statuses['open-register'].value).toBe('done');
  await tools(page).getByRole('button', { name: '撤销' }).click();
  await expectStatus(page, 'open-register', 'todo');
  expect(errors).toEqual([]);
  await a.context.close();
  await b.close();
});

test('over saved progress a share link is only offered: 取消 keeps it, 确定导入 merges (newer here wins)', { tag: '@race' }, async ({ browser }) => {
  const a = await withClipboard(browser);
  const link = (await shareLink(a.page)).replace(/^https?:\/\/[^/]+/, '');
  const b = await browser.newContext(phone);
  const page = await b.newPage();
  await open(page, personalPage);
  await setStatus(page, 'activate-email', 'done'); // after the link was made

  await open(page, link);
  const ask = page.getByRole('group', { name: /导入链接中的进度？/ });
  await expect(ask).toBeFocused();
  await expect(ask).toContainText('将更改 1 处');
  await expect(ask).toContainText(`${label('open-register')}：未开始 → 已完成`);
  await expectStatus(page, 'open-register', 'todo'); // nothing changed before the answer
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(tools(page)).toContainText('已取消导入，你的进度没有改变。');
  await expectStatus(page, 'open-register', 'todo');
  await expectStatus(page, 'activate-email', 'done');
  // The address no longer holds the link but the reader's own list: a reload asks nothing.
  await expect(page).not.toHaveURL(link);
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expect(page.getByRole('group', { name: /导入链接中的进度？/ })).toHaveCount(0);

  await open(page, link);
  await page.getByRole('group', { name: /导入链接中的进度？/ }).getByRole('button', { name: '确定导入' }).click();
  await expectStatus(page, 'open-register', 'done');
  await expectStatus(page, 'activate-email', 'done');
  await a.context.close();
  await b.close();
});

test('a forged or cut-short progress link is refused with a message, and nothing changes', async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  await open(page, personalPage);
  await setStatus(page, 'activate-email', 'done');
  for (const [value, reason] of [
    ['1.<b>x</b>..1', '格式不对，可能复制时不完整'],
    ['1.22..1', '另一版本'],
    ['1.' + '2'.repeat(300) + '..1', '另一版本'],
  ] as const) {
    await open(page, `${personalPage}?progress=${encodeURIComponent(value)}`);
    await expect(page.getByRole('status').filter({ hasText: '链接中的进度无法读取' })).toContainText(reason);
    await expect(page.getByRole('status').filter({ hasText: '链接中的进度无法读取' })).toContainText('你的进度没有改变');
    await expectStatus(page, 'activate-email', 'done');
  }
  await expect(page.locator('.checklist b')).toHaveCount(0);
});

test('a share link whose progress is refused still brings its tracks, as a plain ?tracks= link would', { tag: '@race' }, async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  await open(page, `${remitPage}?tracks=payment&progress=${encodeURIComponent('1.22..1')}`);
  await expect(page.getByRole('status').filter({ hasText: '链接中的进度无法读取' })).toContainText('另一版本');
  await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked();
});

test('复制为文字 copies the list as chat-ready text', async ({ browser }) => {
  const { context, page } = await withClipboard(browser);
  await page.clock.setFixedTime(new Date('2024-03-01T04:00:00Z'));
  await open(page, `${remitPage}?tracks=payment`);
  await setStatus(page, 'open-register', 'done');
  await page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
  await tools(page).getByRole('button', { name: '复制为文字' }).click();
  await expect(tools(page)).toContainText('已复制文字');
  const text = await clipboard(page);
  const lines = text.split('\n');
  expect(lines[0]).toBe('注册清单：企业 · 对公打款');
  expect(lines[1]).toMatch(/^已完成 1 \/ \d+ 步（\d+%）$/);
  expect(lines).toContain('【微信支付（可选）】');
  expect(lines).not.toContain('【绑定开放平台帐号（可选）】');
  expect(text).toMatch(/\n1\. \[已完成\] .+\n2\. \[未开始\] /);
  expect(lines).toContain('提交主体信息：2024年2月29日');
  expect(text).toContain('最稳妥 2024年3月9日 及以前（提交当天算第 1 天）；最晚可能 2024年3月10日（提交当天不计入）');
  expect(lines.at(-1)).toMatch(/^清单链接（含进度）：http:\/\/[^/]+\/tools\/checklist\/enterprise-remittance\/\?tracks=payment&progress=1\.2[01]+\.20240229\.[0-9a-z]+$/);
  await context.close();
});

test('where the clipboard is refused, the text is shown selected to copy by hand', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
  });
  await page.setViewportSize(phone.viewport);
  await open(page, personalPage);
  await tools(page).getByRole('button', { name: '复制为文字' }).click();
  const area = page.getByRole('textbox', { name: /请选中全部文字后复制/ });
  await expect(area).toHaveJSProperty('readOnly', true);
  await expect(area).toHaveValue(/^注册清单：个人\n/);
  const selected = await area.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd) === el.value);
  expect(selected).toBe(true);
  await tools(page).getByRole('button', { name: '收起' }).click();
  await expect(area).toHaveCount(0);
});

test('at 1280px the QR code decodes to the share link, which restores the progress on another device', { tag: '@race' }, async ({ browser }) => {
  const { context, page } = await withClipboard(browser, { viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await open(page, personalPage);
  await setStatus(page, 'open-register', 'done');
  await setStatus(page, 'activate-email', 'doing');
  await tools(page).getByRole('button', { name: '二维码' }).click();
  const code = page.getByRole('img', { name: '本页链接的二维码' });
  await expect(code).toBeVisible();
  await expect(page.getByRole('group', { name: '用手机扫码，在手机上继续' })).toBeFocused();
  const png = PNG.sync.read(await code.screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toMatch(/\/tools\/checklist\/personal\/\?progress=1\.[012]+\.\.[0-9a-z]+$/);
  await tools(page).getByRole('button', { name: '复制链接' }).click();
  await expect(tools(page)).toContainText('已复制链接');
  expect(decoded!.data.replace(/\.[0-9a-z]+$/, '')).toBe((await clipboard(page)).replace(/\.[0-9a-z]+$/, ''));
  expect(errors).toEqual([]);

  const phoneContext = await browser.newContext(phone);
  const other = await phoneContext.newPage();
  await open(other, new URL(decoded!.data).pathname + new URL(decoded!.data).search);
  await expectStatus(other, 'open-register', 'done');
  await expectStatus(other, 'activate-email', 'doing');
  await phoneContext.close();

  await tools(page).getByRole('button', { name: '收起二维码' }).click();
  await expect(code).toHaveCount(0);
  await expect(tools(page).getByRole('button', { name: '二维码' })).toBeFocused();
  await context.close();
});

test('on a narrow touch screen no QR code is offered (the link is shared from the phone itself)', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await open(page, personalPage);
  await expect(tools(page).getByRole('button', { name: '复制链接' })).toBeVisible();
  await expect(tools(page).getByRole('button', { name: '二维码' })).toHaveCount(0);
  await context.close();
});

test('in WeChat\'s browser, downloads and print give way to saying so and the alternatives', async ({ browser }) => {
  const context = await browser.newContext({ ...phone, userAgent: weChatUa });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2024-03-01T04:00:00Z'));
  await open(page, remitPage);
  const note = tools(page).locator('.share-wechat');
  await expect(note).toContainText('在微信里打开时，通常无法下载文件或打印');
  await expect(note).toContainText('点右上角 ··· 选择在浏览器（iPhone 上为 Safari）中打开');
  for (const name of ['复制链接', '复制为文字']) await expect(tools(page).getByRole('button', { name })).toBeEnabled();
  for (const name of [/导出进度/, '打印清单']) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByLabel('导入进度文件')).toBeAttached(); // choosing a file works in WeChat

  await page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
  const step = page.locator('[data-step="remit"]');
  await expect(step).toContainText('最稳妥：2024年3月9日及以前汇款');
  await expect(step.getByRole('button', { name: /加入日历/ })).toHaveCount(0);
  await expect(step).toContainText('在微信里打开时，通常无法下载日历文件');
  await expect(step).toContainText('在浏览器（iPhone 上为 Safari）中打开');
  await context.close();
});

test('outside WeChat the downloads and print stay', async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  await open(page, personalPage);
  for (const name of [/导出进度/, '打印清单']) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.locator('.share-wechat')).toHaveCount(0);
});

test('a page names the title and description its shared card shows', async ({ page }) => {
  await page.goto(personalPage);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /^注册清单：个人 · /);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /个人帐号从注册到发布的逐步清单/);
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', '小程序接入指南');
});

test('the share UI is axe clean at 375px and 1280px, light and dark', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('NotAllowedError')) } });
  });
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page, personalPage);
    await tools(page).getByRole('button', { name: '复制为文字' }).click();
    await tools(page).getByRole('button', { name: '二维码' }).click();
    await expect(page.getByRole('img', { name: '本页链接的二维码' })).toBeVisible();
    await expectCleanInBothSchemes(page, async () => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
  // The offer over saved progress.
  await setStatus(page, 'activate-email', 'done');
  await open(page, `${personalPage}?progress=1.${'2'.repeat(personalSteps)}..1`);
  await expect(page.getByRole('group', { name: /导入链接中的进度？/ })).toBeVisible();
  await expectCleanInBothSchemes(page);
});
