// Screenshots of every page at 375 px and 1280 px, light and dark, into screenshots/ (for looking at, not testing).
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { serveDist } from './static-server.ts';
import { sitemapPaths } from './dist-files.ts';

const port = Number(process.env.SCREENSHOT_PORT ?? 4398);
const only = process.argv.slice(2);
// An argument starting with "/" is taken as a page path even if it is not in the sitemap (wizard steps).
const explicit = only.filter((o) => o.startsWith('/') && o.endsWith('/'));
const paths = [...new Set(sitemapPaths()
  .filter((p) => only.length === 0 || only.some((o) => p.includes(o))).concat(explicit))];
const server = await serveDist(port);
try {
  mkdirSync('screenshots', { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  for (const path of paths) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme, locale: 'zh-CN' });
        await page.goto(`http://127.0.0.1:${port}${path}`);
        const name = (path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home') + `-${width}-${colorScheme}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
        // Tall phone pages are easier to look at in screen-sized parts.
        if (width < 600) {
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          for (let y = 0, part = 1; y < height && part <= 8; y += 1200, part++) {
            const file = `screenshots/${name.replace('.png', `-part${part}.png`)}`;
            await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(1200, height - y) } });
          }
        }
        await page.close();
      }
    }
  }
  await browser.close();
  console.log(`${paths.length * 4} screenshots in screenshots/`);
} finally {
  server.close();
}
