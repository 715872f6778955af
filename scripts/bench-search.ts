// `npm run bench:search`: builds the site, then measures the site search in headless Chromium (the
// browser and launch arguments the Playwright tests use): index size (raw and gzip), index load +
// parse time, and query latency (p50/p95) over the relevance table. Writes bench/search.json and
// bench/search.md. A benchmark, not a test: the budgets are stated in the README and checked by eye;
// the byte budgets are also asserted in tests/dist/budget.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';
import { serveDist } from './static-server.ts';
import { relevanceCases } from '../tests/support/search-queries.ts';

const port = Number(process.env.BENCH_PORT ?? process.env.SCREENSHOT_PORT ?? 4398);
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
}

const indexText = readFileSync('dist/search-index.json');
const index = { raw: indexText.length, gzip: gzipSync(indexText, { level: 9 }).length };

// The benchmark page runs the real query code (src/lib, types stripped) against the built index.
const benchPage = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="importmap">{"imports":{"fuse.js/basic":"/__bench/node_modules/fuse.js/dist/fuse.basic.mjs"}}</script>
<script type="module">
  import { createSearcher } from '/__bench/src/lib/search/query.ts';
  window.bench = async (queries, repeat) => {
    const loads = [];
    let searcher;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      const data = await (await fetch('/search-index.json', { cache: 'no-store' })).json();
      searcher = createSearcher(data.docs, data.index);
      loads.push(performance.now() - t0);
    }
    const perQuery = queries.map((q) => {
      searcher.search(q);
      const t0 = performance.now();
      for (let i = 0; i < repeat; i++) searcher.search(q);
      return { query: q, ms: (performance.now() - t0) / repeat, results: searcher.search(q).length };
    });
    return { loads, perQuery };
  };
  window.benchReady = true;
</script>`;

const server = await serveDist(port);
const launchArgs = config.use?.launchOptions?.args ?? [];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: launchArgs });
try {
  const page = await browser.newPage();
  await page.route('**/__bench/**', async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/__bench\//, ''));
    if (path === 'index.html') return route.fulfill({ contentType: 'text/html', body: benchPage });
    if (!/^(src\/lib|node_modules\/fuse\.js\/dist)\/[\w./-]+\.(ts|mjs)$/.test(path) || path.includes('..')) return route.fulfill({ status: 404 });
    const source = readFileSync(join(process.cwd(), path), 'utf8');
    return route.fulfill({ contentType: 'text/javascript', body: path.endsWith('.ts') ? stripTypeScriptTypes(source) : source });
  });
  await page.goto(`http://127.0.0.1:${port}/__bench/index.html`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
  const queries = relevanceCases.map((c) => c.query);
  const result = await page.evaluate(([q, r]) => (window as unknown as { bench: (q: string[], r: number) => Promise<{ loads: number[]; perQuery: { query: string; ms: number; results: number }[] }> }).bench(q, r), [queries, 50] as const);

  const pct = (values: number[], p: number) => { const s = [...values].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!; };
  const ms = result.perQuery.map((q) => q.ms);
  const summary = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    loadAverage: loadavg()[0] ?? 0,
    index: { rawBytes: index.raw, gzipBytes: index.gzip, records: JSON.parse(indexText.toString()).docs.length },
    loadParseMs: { median: pct(result.loads, 50), max: Math.max(...result.loads) },
    queryMs: { p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms), queries: ms.length },
    budgets: { indexGzipBytes: 40 * 1024, p95QueryMs: 5 },
    perQuery: result.perQuery,
  };
  const f = (n: number) => n.toFixed(2);
  const table = [
    `Search benchmark (${summary.date.slice(0, 10)}, Chromium ${summary.chromium}, ${summary.queryMs.queries} queries × 50 runs, load average ${summary.loadAverage.toFixed(1)})`,
    '',
    '| measure | value | budget |',
    '|---|---|---|',
    `| index size | ${(index.raw / 1024).toFixed(1)} KB raw / ${(index.gzip / 1024).toFixed(1)} KB gzip (${summary.index.records} records) | <= 40 KB gzip |`,
    `| index load + parse (median of 10) | ${f(summary.loadParseMs.median)} ms | |`,
    `| query latency p50 | ${f(summary.queryMs.p50)} ms | |`,
    `| query latency p95 | ${f(summary.queryMs.p95)} ms | <= 5 ms |`,
    `| slowest query | ${f(summary.queryMs.max)} ms | |`,
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/search.json', JSON.stringify(summary, null, 2));
  writeFileSync('bench/search.md', table + '\n');
  console.log(table);
  const over = [index.gzip > 40 * 1024 && 'index over 40 KB gzip', summary.queryMs.p95 > 5 && 'p95 query over 5 ms'].filter(Boolean);
  if (over.length) console.log(`\nOver budget: ${over.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
