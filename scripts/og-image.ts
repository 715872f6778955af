// The card shown when a page is shared (og:image): 1200×630, the site's name and what it is, drawn as
// HTML and captured with Chromium into public/og-card.png. Run after changing the text or colours:
//   node scripts/og-image.ts        (CHROMIUM_PATH picks the browser; needs a CJK font installed)
import { statSync } from 'node:fs';
import { chromium } from '@playwright/test';

const out = 'public/og-card.png';
const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
  html, body { margin: 0; width: 1200px; height: 630px; }
  body { display: flex; flex-direction: column; justify-content: center; gap: 28px; box-sizing: border-box; padding: 0 96px;
    background: #06794a; color: #fff; font-family: "Noto Sans CJK SC", "Noto Serif CJK SC", "PingFang SC", sans-serif; }
  .mark { display: flex; align-items: center; gap: 24px; font-size: 76px; font-weight: 700; letter-spacing: 2px; }
  p { margin: 0; font-size: 40px; line-height: 1.5; color: #e7f6ee; }
  .tools { font-size: 30px; color: #c9ecd9; }
</style><body>
  <div class="mark"><svg width="88" height="88" viewBox="0 0 24 24"><circle cx="12" cy="12" r="11" fill="#fff"/><path d="M7 12.5l3 3 7-7" stroke="#06794a"
    stroke-width="2.4" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>小程序接入指南</div>
  <p>微信小程序注册、审核与发布，逐条注明规则出处</p>
  <p class="tools">资格自查 · 注册清单 · 类目查询 · 配额计算</p>
</body></html>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.setContent(html);
  await page.screenshot({ path: out });
} finally {
  await browser.close();
}
const size = statSync(out).size;
console.log(`${out}: ${Math.round(size / 1024)} KB`);
if (size > 80 * 1024) throw new Error(`${out} is over 80 KB; simplify the card`);
