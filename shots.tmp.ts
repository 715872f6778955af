import { chromium } from '@playwright/test';
import { serveDist } from './scripts/static-server.ts';
const port = 4422;
const server = await serveDist(port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const shots = process.argv.slice(2);
for (const width of [375, 1280]) for (const colorScheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, locale: 'zh-CN' });
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  const tag = `${width}-${colorScheme}`;
  if (shots.includes('cat')) {
    await page.goto(`http://127.0.0.1:${port}/tools/categories/`);
    await page.screenshot({ path: `screenshots/x-cat-${tag}.png` });
    await page.goto(`http://127.0.0.1:${port}/tools/categories/?q=kd`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/x-cat-kd-${tag}.png`, fullPage: true });
  }
  if (shots.includes('search')) {
    await page.goto(`http://127.0.0.1:${port}/guide/registration/`);
    await page.keyboard.press('/');
    await page.getByRole('combobox', { name: /搜索指南/ }).fill('体验者');
    await page.waitForTimeout(500);
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `screenshots/x-search-${tag}.png` });
    await page.getByRole('combobox', { name: /搜索指南/ }).fill('xyzqwv');
    await page.waitForTimeout(200);
    await page.screenshot({ path: `screenshots/x-search-empty-${tag}.png` });
  }
  await page.close();
}
await browser.close(); server.close();
