// 注册清单's own address follows the list (issue 23, items 1 and 5): WeChat's "··· → 发送给朋友" and a
// copied address bar share the page's address, so after ticking it carries the progress and opens, on
// another device, through the same load or preview and merge as a 复制链接 link; replaced, never
// pushed, so back still leaves the page; a reload of one's own address asks nothing. And the list names
// only the ways of moving it that this device offers.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { watchErrors } from './pages.ts';
import { expectStatus, key, open, personalPage, remitPage, setStatus } from './checklist-pages.ts';

const weChatUa = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN';
const phone = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const tools = (page: Page) => page.locator('.checklist-tools');
const progressText = (page: Page) => page.locator('.checklist-progress-text');
const question = (page: Page) => page.getByRole('group', { name: /导入链接中的进度？/ });
/** The address as a reader would send it: its path and query (the host differs between devices only in tests). */
const address = (page: Page) => { const u = new URL(page.url()); return u.pathname + u.search; };

async function freshPhone(browser: Browser, userAgent?: string) {
  const context = await browser.newContext({ ...phone, ...(userAgent ? { userAgent } : {}) });
  return { context, page: await context.newPage() };
}

test('after ticking, the page\'s own address carries the progress: a fresh device opens it with the same progress', { tag: '@race' }, async ({ browser }) => {
  const a = await freshPhone(browser, weChatUa);
  // As in the issue: the wizard's hand-over link, then some progress.
  await open(a.page, `${remitPage}?tracks=payment&from=singlemessage`);
  await setStatus(a.page, 'open-register', 'done');
  await setStatus(a.page, 'activate-email', 'doing');
  await a.page.getByLabel('提交主体信息的日期（计算最后汇款日）').fill('2024-02-29');
  // WeChat's own parameter stays; the list's follow, as 复制链接 sets them.
  await expect(a.page).toHaveURL(/\?from=singlemessage&tracks=payment&progress=1\.2[01]+\.20240229\.[0-9a-z]+$/);
  await expect(progressText(a.page)).toContainText('已完成 1 /');
  const total = (await progressText(a.page).textContent())!.match(/已完成 1 \/ (\d+) 步/)![1];

  // Forwarded with WeChat's menu: the colleague opens the page's address on a device with nothing saved.
  const b = await freshPhone(browser, weChatUa);
  const errors = watchErrors(b.page);
  await open(b.page, address(a.page));
  await expect(progressText(b.page)).toContainText(`已完成 1 / ${total} 步`);
  await expect(progressText(b.page)).toContainText('进行中 1 步');
  await expectStatus(b.page, 'open-register', 'done');
  await expectStatus(b.page, 'activate-email', 'doing');
  await expect(b.page.getByRole('checkbox', { name: '微信支付', exact: true })).toBeChecked();
  await expect(b.page.getByLabel('提交主体信息的日期（计算最后汇款日）')).toHaveValue('2024-02-29');
  // As a 复制链接 link does: loaded, said at the top, with 撤销 at the foot.
  await expect(b.page.getByRole('status').filter({ hasText: '已载入链接中的进度' })).toBeVisible();
  await expect(tools(b.page).locator('.checklist-message')).toContainText('已导入链接中的进度。');
  expect(errors).toEqual([]);

  // A colleague with progress of their own is asked first, as over a 复制链接 link.
  const c = await freshPhone(browser);
  await open(c.page, remitPage);
  await setStatus(c.page, 'fill-email', 'done');
  await open(c.page, address(a.page));
  await expect(question(c.page)).toBeFocused();
  await expectStatus(c.page, 'open-register', 'todo'); // nothing changed before the answer
  await question(c.page).getByRole('button', { name: '确定导入' }).click();
  await expectStatus(c.page, 'open-register', 'done');
  await expectStatus(c.page, 'fill-email', 'done');
  for (const x of [a, b, c]) await x.context.close();
});

test('the address is replaced, never pushed: back after ticking leaves the page', async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  await page.goto('/tools/checklist/');
  await page.locator(`table a[href="${personalPage}"]`).click();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expect(page).toHaveURL(/\/tools\/checklist\/personal\/$/); // nothing saved: nothing in the address
  for (const step of ['open-register', 'choose-account-type', 'fill-email']) await setStatus(page, step, 'done');
  await setStatus(page, 'fill-email', 'todo');
  await expect(page).toHaveURL(/\/tools\/checklist\/personal\/\?progress=1\.22[01]/);
  await page.goBack();
  await expect(page).toHaveURL(/\/tools\/checklist\/$/);
});

test('a reload of one\'s own address asks nothing; a stale or corrupt one is refused, then the address is the reader\'s own', { tag: '@race' }, async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  const errors = watchErrors(page);
  await open(page, personalPage);
  await setStatus(page, 'open-register', 'done');
  await setStatus(page, 'activate-email', 'doing');
  await expect(page).toHaveURL(/\?progress=1\.2/);
  const own = address(page);
  await page.reload();
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expectStatus(page, 'open-register', 'done');
  await expectStatus(page, 'activate-email', 'doing');
  await expect(question(page)).toHaveCount(0);
  await expect(page.getByText(/链接中的进度/)).toHaveCount(0);
  expect(address(page)).toBe(own); // the list did not change, so neither did its address

  // An address from another version of the site (other steps), and one cut short: the existing messages, nothing lost.
  for (const [value, reason] of [['1.22..1', '另一版本'], ['1.2', '格式不对']] as const) {
    await open(page, `${personalPage}?progress=${value}`);
    await expect(page.getByRole('status').filter({ hasText: '链接中的进度无法读取' })).toContainText(reason);
    await expectStatus(page, 'open-register', 'done');
    await expectStatus(page, 'activate-email', 'doing');
    await expect(page).toHaveURL(own);
  }
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key))!);
  expect(saved.data.profiles.personal.statuses['open-register'].value).toBe('done');
  expect(errors).toEqual([]);
});

test('until a link is answered the address keeps it: a reload before answering asks again', async ({ browser }) => {
  const a = await freshPhone(browser);
  await open(a.page, personalPage);
  await setStatus(a.page, 'open-register', 'done');
  await expect(a.page).toHaveURL(/\?progress=1\.2/);
  const link = address(a.page);

  const b = await freshPhone(browser);
  await open(b.page, personalPage);
  await setStatus(b.page, 'activate-email', 'done');
  await open(b.page, link);
  await expect(question(b.page)).toBeVisible();
  expect(address(b.page)).toBe(link);
  await b.page.reload();
  await expect(question(b.page)).toBeVisible();
  await question(b.page).getByRole('button', { name: '取消' }).click();
  await expect(tools(b.page)).toContainText('已取消导入，你的进度没有改变。');
  // Answered: the address is now the reader's own list, and a reload asks nothing.
  await expect(b.page).not.toHaveURL(link);
  await b.page.reload();
  await expect(b.page.locator('.checklist[data-ready]')).toHaveCount(1);
  await expect(question(b.page)).toHaveCount(0);
  await expectStatus(b.page, 'open-register', 'todo');
  await expectStatus(b.page, 'activate-email', 'done');
  await a.context.close();
  await b.context.close();
});

test('tracks offered over saved progress do not hold the address: ticking on without answering, the address carries the progress', async ({ page }) => {
  await page.setViewportSize(phone.viewport);
  await open(page, remitPage);
  await setStatus(page, 'fill-email', 'done');
  await open(page, `${remitPage}?tracks=payment`);
  const offer = page.getByRole('group', { name: /链接中的设置与你保存的不同/ });
  await expect(offer).toBeVisible();
  await setStatus(page, 'open-register', 'done');
  await expect(page).toHaveURL(/\/tools\/checklist\/enterprise-remittance\/\?progress=1\.2[01]*2/);
  await expect(offer).toBeVisible(); // still there to answer
  await offer.getByRole('button', { name: '使用链接的' }).click();
  await expect(page).toHaveURL(/\?tracks=payment&progress=1\.2/);
});

test.describe('the list names only the ways of moving it that this device offers', () => {
  const hint = (page: Page) => tools(page).locator('.calc-hint').first();

  test('in WeChat on a phone at 375px: the link only (no QR code, no export)', async ({ browser }) => {
    const { context, page } = await freshPhone(browser, weChatUa);
    await open(page, personalPage);
    await expect(hint(page)).toContainText('换设备时，用带进度的链接（“复制链接”）。');
    await expect(hint(page)).not.toContainText('二维码');
    await expect(hint(page)).not.toContainText('导出');
    await expect(tools(page).getByRole('button', { name: '二维码' })).toHaveCount(0);
    await expect(tools(page).getByRole('button', { name: /导出进度/ })).toHaveCount(0);
    // What sharing the page's address carries, and what is not known of WeChat's menu.
    await expect(tools(page).locator('.checklist-address')).toContainText('本页地址随进度更新：转发本页或复制地址，和“复制链接”一样带着本清单的进度');
    await expect(tools(page).locator('.checklist-address')).toContainText('未核实');
    await context.close();
  });

  test('on a phone outside WeChat: the link and the export file; at 1280px with a mouse also the QR code', async ({ browser }) => {
    const { context, page } = await freshPhone(browser);
    await open(page, personalPage);
    await expect(hint(page)).toContainText('换设备时，用带进度的链接，或导出文件再导入。');
    await expect(tools(page).getByRole('button', { name: /导出进度/ })).toBeVisible();
    await context.close();
    const desk = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const wide = await desk.newPage();
    await open(wide, personalPage);
    await expect(hint(wide)).toContainText('换设备时，用带进度的链接或二维码，或导出文件再导入。');
    await expect(tools(wide).getByRole('button', { name: '二维码' })).toBeVisible();
    await desk.close();
  });

  test('in WeChat, where nothing can be saved, the note names 复制链接, not the export it does not offer', async ({ browser }) => {
    const { context, page } = await freshPhone(browser, weChatUa);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
    });
    await open(page, personalPage);
    const note = page.getByRole('status').filter({ hasText: '不允许本站保存数据' });
    await expect(note).toContainText('可用“复制链接”留下带进度的链接');
    await expect(note).not.toContainText('导出');
    await context.close();
  });
});
