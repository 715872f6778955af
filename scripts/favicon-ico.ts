// public/favicon.ico from public/favicon.svg: browsers and chat apps still ask for /favicon.ico
// whatever the page's <link rel="icon"> says (Firefox does on a page restored from history), and a 404
// there is an error in every engine test. One 32×32 PNG in an ICO wrapper. Run after changing the icon:
//   node scripts/favicon-ico.ts        (CHROMIUM_PATH picks the browser)
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const size = 32;
const svg = readFileSync('public/favicon.svg', 'utf8').replace('<svg', `<svg width="${size}" height="${size}"`);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  // ICONDIR (reserved, type 1 = icon, one image), then its ICONDIRENTRY pointing at the PNG after both.
  const dir = Buffer.alloc(22);
  dir.writeUInt16LE(1, 2); dir.writeUInt16LE(1, 4);
  dir.writeUInt8(size, 6); dir.writeUInt8(size, 7); dir.writeUInt16LE(1, 10); dir.writeUInt16LE(32, 12);
  dir.writeUInt32LE(png.length, 14); dir.writeUInt32LE(dir.length, 18);
  writeFileSync('public/favicon.ico', Buffer.concat([dir, png]));
  console.log(`public/favicon.ico: ${dir.length + png.length} B`);
} finally {
  await browser.close();
}
