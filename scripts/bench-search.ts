// `npm run bench:search`: builds the site, then measures the site search in headless Chromium (the
// browser and launch arguments the Playwright tests use): index size (raw and gzip), index load +
// parse time, query latency (p50/p95) over the relevance table, and relevance itself (top-1, top-3 and
// MRR per class of query); then the same on the content replicated tenfold (synthetic), to show how
// size and latency grow with the site. Writes bench/search.json and bench/search.md. A benchmark, not
// a test: the budgets are stated in the README and checked by eye; the byte budgets are also asserted
// in tests/dist/budget.test.ts and relevance in tests/unit/search-relevance.test.ts.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import config from '../playwright.config.ts';
import { serveDist } from './static-server.ts';
import { relevanceCases } from './search-relevance-cases.ts';

const port = Number(process.env.BENCH_PORT ?? process.env.SCREENSHOT_PORT ?? 4398);
if (!process.argv.includes('--no-build')) {
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
}

const indexText = readFileSync('dist/search-index.json');
const index = { raw: indexText.length, gzip: gzipSync(indexText, { level: 9 }).length };
const variantsGzip = gzipSync(readFileSync('dist/search-variants.json'), { level: 9 }).length;
const homophonesGzip = gzipSync(readFileSync('dist/search-homophones.json'), { level: 9 }).length;
// The content replicated tenfold: every record ten times (its address marked), as a bigger site would have.
type IndexShape = { docs: { h: string }[]; bodies: string[]; answers: Record<string, unknown>; qualifications?: { tables: unknown[] } };
const base = JSON.parse(indexText.toString()) as IndexShape;
const tenfold = {
  ...base,
  docs: Array.from({ length: 10 }, (_, n) => base.docs.map((d) => ({ ...d, h: n ? `${d.h}${d.h.includes('#') ? '' : '#'}~${n}` : d.h }))).flat(),
  bodies: Array.from({ length: 10 }, () => base.bodies).flat(),
  // The qualification tables' rows, which the browser makes results of, tenfold too.
  ...(base.qualifications
    ? { qualifications: { ...base.qualifications, tables: Array.from({ length: 10 }, () => base.qualifications!.tables).flat() } }
    : {}),
};
const tenfoldText = JSON.stringify(tenfold);
const tenfoldSize = { raw: Buffer.byteLength(tenfoldText), gzip: gzipSync(tenfoldText, { level: 9 }).length };

// The benchmark page runs the real query code (src/lib, types stripped) against the built index.
// Fuse.js (typo matching, fuse-match.ts) from its package, as the dialog loads it for a query with a typo.
const benchPage = `<!doctype html><meta charset="utf-8"><title>bench</title>
<script type="importmap">{ "imports": { "fuse.js/basic": "/__bench/fuse.basic.mjs" } }</script>
<script type="module">
  import { createSiteSearcher } from '/__bench/src/lib/search/rank.ts';
  import { fuseMatcher } from '/__bench/src/lib/search/fuse-match.ts';
  import { parseVariantTable } from '/__bench/src/lib/search/variants.ts';
  window.bench = async (cases, repeat, tenfold) => {
    const loads = [];
    let searcher;
    let data;
    for (let i = 0; i < 10; i++) {
      const t0 = performance.now();
      data = await (await fetch('/search-index.json', { cache: 'no-store' })).json();
      searcher = createSiteSearcher(data);
      loads.push(performance.now() - t0);
    }
    const variants = parseVariantTable((await (await fetch('/search-variants.json')).json()).traditional);
    const homophones = (await (await fetch('/search-homophones.json')).json()).chars;
    const run = (s) => cases.map((c) => {
      s.search(c.query);
      const t0 = performance.now();
      for (let i = 0; i < repeat; i++) s.search(c.query);
      const ms = (performance.now() - t0) / repeat;
      const found = s.search(c.query).hits;
      const hits = found.map((h) => h.doc.h);
      // Not covered by the guide (未涉及): right when no confident result is in the top 3 (partial ones are marked).
      const wrong = c.kind === '未涉及' ? found.slice(0, 3).some((h) => !h.partial) : hits.length > 0;
      return { query: c.query, kind: c.kind, ms, results: hits.length, rank: c.top3 === null ? (wrong ? -1 : 0) : hits.indexOf(c.top3) + 1 || -1 };
    });
    searcher.setVariants(variants);
    searcher.setHomophones(homophones);
    searcher.setApprox(fuseMatcher);
    const perQuery = run(searcher);
    const big = createSiteSearcher(tenfold);
    big.setVariants(variants);
    big.setHomophones(homophones);
    big.setApprox(fuseMatcher);
    const t0 = performance.now();
    createSiteSearcher(tenfold);
    const tenfoldLoad = performance.now() - t0;
    return { loads, perQuery, tenfold: run(big), tenfoldLoad };
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
    if (path === 'fuse.basic.mjs') {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(process.cwd(), 'node_modules/fuse.js/dist/fuse.basic.mjs'), 'utf8') });
    }
    if (!/^src\/lib\/[\w./-]+\.ts$/.test(path) || path.includes('..')) return route.fulfill({ status: 404 });
    const source = readFileSync(join(process.cwd(), path), 'utf8');
    return route.fulfill({ contentType: 'text/javascript', body: path.endsWith('.ts') ? stripTypeScriptTypes(source) : source });
  });
  await page.goto(`http://127.0.0.1:${port}/__bench/index.html`);
  await page.waitForFunction(() => (window as unknown as { benchReady?: boolean }).benchReady === true);
  type Row = { query: string; kind: string; ms: number; results: number; rank: number };
  type Result = { loads: number[]; perQuery: Row[]; tenfold: Row[]; tenfoldLoad: number };
  type Bench = (c: unknown, r: number, t: unknown) => Promise<Result>;
  const result = await page.evaluate(([c, r, t]) => (window as unknown as { bench: Bench }).bench(c, r, t), [relevanceCases, 50, tenfold] as const);

  const pct = (values: number[], p: number) => {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  };
  const latency = (rows: Row[]) => {
    const ms = rows.map((q) => q.ms);
    return { p50: pct(ms, 50), p95: pct(ms, 95), max: Math.max(...ms), queries: ms.length };
  };
  // Relevance per class: a positive row scores by the rank of its expected result; a negative row
  // (nothing should be found; for 未涉及, nothing confident) counts as top-1, top-3 and reciprocal rank 1 when so
  // (rank 0); an expected result not found at all is rank -1, a miss.
  const relevance = (rows: Row[]) => {
    const kinds = [...new Set(rows.map((r) => r.kind))];
    const of = (rs: Row[]) => ({
      rows: rs.length,
      top1: rs.filter((r) => r.rank === 1 || r.rank === 0).length / rs.length,
      top3: rs.filter((r) => (r.rank >= 1 && r.rank <= 3) || r.rank === 0).length / rs.length,
      mrr: rs.reduce((n, r) => n + (r.rank === 0 ? 1 : r.rank > 0 ? 1 / r.rank : 0), 0) / rs.length,
    });
    return { all: of(rows), byKind: Object.fromEntries(kinds.map((k) => [k, of(rows.filter((r) => r.kind === k))])) };
  };
  const summary = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    loadAverage: loadavg()[0] ?? 0,
    index: {
      rawBytes: index.raw, gzipBytes: index.gzip, records: base.docs.length, variantsGzipBytes: variantsGzip, homophonesGzipBytes: homophonesGzip,
    },
    loadParseMs: { median: pct(result.loads, 50), max: Math.max(...result.loads) },
    queryMs: latency(result.perQuery),
    relevance: relevance(result.perQuery),
    tenfold: {
      rawBytes: tenfoldSize.raw, gzipBytes: tenfoldSize.gzip, records: tenfold.docs.length, parseMs: result.tenfoldLoad, queryMs: latency(result.tenfold),
    },
    budgets: { indexGzipBytes: 40 * 1024, p95QueryMs: 5, tablesGzipBytes: 12 * 1024 },
    perQuery: result.perQuery,
  };
  const f = (n: number) => n.toFixed(2);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const pc = (n: number) => `${(n * 100).toFixed(0)}%`;
  const rel = summary.relevance;
  const table = [
    `Search benchmark (${summary.date.slice(0, 10)}, Chromium ${summary.chromium}, ${summary.queryMs.queries} queries × 50 runs, ` +
      `load average ${summary.loadAverage.toFixed(1)})`,
    '',
    '| measure | value | budget |',
    '|---|---|---|',
    `| index size | ${kb(index.raw)} KB raw / ${kb(index.gzip)} KB gzip (${summary.index.records} records) | <= 40 KB gzip with the search code |`,
    `| homophone + traditional tables (each loaded on demand) | ${kb(homophonesGzip)} + ${kb(variantsGzip)} KB gzip | <= 12 KB gzip |`,
    `| index load + parse (median of 10) | ${f(summary.loadParseMs.median)} ms | |`,
    `| query latency p50 | ${f(summary.queryMs.p50)} ms | |`,
    `| query latency p95 | ${f(summary.queryMs.p95)} ms | <= 5 ms |`,
    `| slowest query | ${f(summary.queryMs.max)} ms | |`,
    `| tenfold content (synthetic): index | ${(tenfoldSize.raw / 1024).toFixed(0)} KB raw / ${kb(tenfoldSize.gzip)} KB gzip ` +
      `(${tenfold.docs.length} records) | |`,
    `| tenfold content: parse / p50 / p95 | ${f(result.tenfoldLoad)} ms / ${f(summary.tenfold.queryMs.p50)} ms / ${f(summary.tenfold.queryMs.p95)} ms | |`,
    '',
    '| class | rows | top-1 | top-3 | MRR |',
    '|---|---|---|---|---|',
    ...Object.entries(rel.byKind).map(([k, r]) => `| ${k} | ${r.rows} | ${pc(r.top1)} | ${pc(r.top3)} | ${r.mrr.toFixed(2)} |`),
    `| **all** | ${rel.all.rows} | ${pc(rel.all.top1)} | ${pc(rel.all.top3)} | ${rel.all.mrr.toFixed(2)} |`,
  ].join('\n');
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/search.json', JSON.stringify(summary, null, 2));
  writeFileSync('bench/search.md', table + '\n');
  console.log(table);
  const over = [
    index.gzip > 40 * 1024 && 'index over 40 KB gzip',
    summary.queryMs.p95 > 5 && 'p95 query over 5 ms',
    variantsGzip + homophonesGzip > 12 * 1024 && 'tables over 12 KB gzip',
    rel.all.top3 < 1 && 'a relevance row misses its top 3',
  ].filter(Boolean);
  if (over.length) console.log(`\nOver budget: ${over.join(', ')}`);
} finally {
  await browser.close();
  server.close();
}
