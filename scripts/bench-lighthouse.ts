// `npm run bench:lighthouse`: Lighthouse (mobile) scores for representative pages of the built site,
// into bench/lighthouse.json and a table. Lighthouse is fetched on demand with npx (pinned), since
// its ~180 MB would otherwise be installed on every test run; it drives Debian's Chromium.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { serveDist } from './static-server.ts';

const lighthouse = 'lighthouse@13.5.0';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4394);
const pages = process.argv.length > 2 ? process.argv.slice(2) : ['/', '/guide/registration/', '/guide/preparation/', '/rules/', '/tools/eligibility/',
  '/tools/categories/', '/tools/quotas/', '/tools/checklist/enterprise-remittance/'];
const chromeFlags = '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run';

execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
const server = await serveDist(port);
const rows: { page: string; scores: Record<string, number> }[] = [];
try {
  mkdirSync('bench', { recursive: true });
  for (const page of pages) {
    // Asynchronous: the static server in this process must keep answering while Lighthouse runs.
    await promisify(execFile)('npx', ['--yes', lighthouse, `http://127.0.0.1:${port}${page}`, '--quiet', '--output=json',
      '--output-path=bench/.lighthouse-page.json', '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`], { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } });
    const report = JSON.parse(readFileSync('bench/.lighthouse-page.json', 'utf8')) as { categories: Record<string, { score: number }> };
    rows.push({ page, scores: Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)])) });
  }
} finally {
  server.close();
}
const table = ['| page | performance | accessibility | best practices | SEO |', '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.page} | ${r.scores.performance} | ${r.scores.accessibility} | ${r.scores['best-practices']} | ${r.scores.seo} |`)].join('\n');
writeFileSync('bench/lighthouse.json', JSON.stringify({ lighthouse, formFactor: 'mobile', rows }, null, 2));
writeFileSync('bench/lighthouse.md', table + '\n');
console.log(table);
