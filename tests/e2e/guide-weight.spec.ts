// A guide page stays light in a real browser: with every embedded tool scrolled into view and the
// network settled, at most 6 KB gzip of JavaScript before the reader interacts (responses gzipped
// here as scripts/page-weight.ts does, plus the inline scripts). Embedded tools load their code on
// first use, and what the reader typed before it arrived survives.
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Response } from '@playwright/test';
import { holdChunk } from './code-loading.ts';
import { sitemapPaths, watchErrors } from './pages.ts';

const KB = 1024;
const guidePages = sitemapPaths().filter((p) => p.startsWith('/guide/'));
const gzip = (body: Buffer | string) => gzipSync(body, { level: 9 }).length;

/** Gzip bytes of every JavaScript response the page receives from now on, by address. */
function watchScripts(page: Page) {
  const bodies: Promise<[string, number]>[] = [];
  page.on('response', (r: Response) => {
    if (/javascript/.test(r.headers()['content-type'] ?? '') || /\.m?js(\?|$)/.test(r.url())) {
      bodies.push(r.body().then((b) => [new URL(r.url()).pathname, gzip(b)]));
    }
  });
  return async () => new Map(await Promise.all(bodies));
}

/** Scrolls to the bottom a screen at a time, letting each screen render (and any visible island start). */
async function scrollThrough(page: Page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight * 0.8) {
      scrollTo(0, y);
      await frame();
    }
    scrollTo(0, document.documentElement.scrollHeight);
    await frame();
  });
}

test.describe('at 375 px, before the reader interacts', () => {
  test.use({ viewport: { width: 375, height: 800 } });
  // Scrolling a long chapter a screen at a time, then waiting for the network to settle, takes a while
  // on a busy two-core machine (it timed out at 30 s in CI-like runs): wait for the state, not a clock.
  test.describe.configure({ timeout: 120_000 });
  test('the guide pages are found in the navigation, the embedded tools among them', () => {
    expect(guidePages.length).toBeGreaterThanOrEqual(8);
    for (const p of ['/guide/official-account/', '/guide/preparation/', '/guide/registration/', '/guide/review-and-release/']) {
      expect(guidePages).toContain(p);
    }
  });

  for (const path of guidePages) {
    test(`${path} loads at most 6 KB gzip of JavaScript with every embedded tool in view`, async ({ page }) => {
      const errors = watchErrors(page);
      const scripts = watchScripts(page);
      await page.goto(path);
      await scrollThrough(page);
      await page.waitForLoadState('networkidle');
      const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? '').filter((t) => t.trim()));
      const files = await scripts();
      const total = [...files.values()].reduce((a, b) => a + b, 0) + inline.reduce((a, t) => a + gzip(t), 0);
      test.info().annotations.push({ type: 'JS before interaction', description: `${path}: ${(total / KB).toFixed(1)} KB gzip (${[...files.keys()].join(', ')})` });
      console.log(`${path}: ${(total / KB).toFixed(1)} KB gzip JS before interaction`);
      expect(total, [...files].map(([f, n]) => `${f} ${n} B`).join('\n')).toBeLessThanOrEqual(6 * KB);
      // Nothing was hydrated by scrolling: every embedded calculator still waits for its reader.
      await expect(page.locator('astro-island:not([ssr])')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test('a calculator typed into before its code arrives keeps what was typed and answers once the code is there', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 375, height: 800 });
  // Hold the calculator's code back until the reader has typed, as on a slow connection.
  const code = await holdChunk(page, 'MembersCalculator');
  await page.goto('/guide/preparation/');
  const calc = page.getByRole('group', { name: '成员名额计算' });
  const developers = calc.getByLabel('已绑定的开发者（个）');
  await developers.scrollIntoViewIfNeeded();
  await page.waitForLoadState('networkidle');
  expect(code.wasRequested()).toBe(false);
  await expect(developers).toBeEnabled();
  // A full-width digit, as a Chinese keyboard types it.
  await developers.fill('５');
  await code.requested;
  await expect(calc.locator('.calc-result')).not.toContainText('开发者：已绑定');
  code.release();
  await expect(calc.locator('.calc-result')).toContainText('开发者：已绑定 5 个，还可绑定');
  await expect(developers).toHaveValue('５');
  await calc.getByLabel('已绑定的体验者（个）').fill('3');
  await expect(calc.locator('.calc-result')).toContainText('体验者：已绑定 3 个，还可绑定');
  await expect(developers).toHaveValue('５');
  expect(errors).toEqual([]);
});

test('the category browser picks up the filter typed and the edition picked before its code arrived', async ({ page }) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 375, height: 800 });
  const code = await holdChunk(page, 'category-browser');
  await page.goto('/guide/preparation/');
  const browser = page.locator('[data-category-browser]');
  await browser.getByRole('radio', { name: /^2017-06/ }).check();
  await browser.getByRole('searchbox', { name: '筛选类目' }).fill('kd');
  code.release();
  await expect(browser.getByRole('list', { name: '筛选结果' }).getByRole('listitem').first()).toContainText('快递');
  await expect(browser.getByRole('searchbox', { name: '筛选类目' })).toHaveValue('kd');
  await expect(browser.getByRole('radio', { name: /^2017-06/ })).toBeChecked();
  await expect(page).toHaveURL(/\/guide\/preparation\/\?edition=2017-06&q=kd$/);
  expect(errors).toEqual([]);
});
