// `npm run bench`: runs every stage of the test command (scripts/test-stages.ts: check, unit, build,
// dist, e2e, engines) quietly and times each, then writes bench/pages.json and bench/pages.md with the
// stage times and each page's HTML, CSS and JavaScript bytes (raw and gzip), and rewrites the README's
// figures block (scripts/bench-readme.ts). Bytes, not timings, are what the budgets in
// tests/dist/budget.test.ts hold; the times are here so growth shows before it hurts.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, pagePath, dist } from './dist-files.ts';
import { pageWeight, type Bytes } from './page-weight.ts';
import { runStages, stages, timingTable } from './test-stages.ts';
import { replaceBlock, weightTable } from './bench-readme.ts';

const results = await runStages(stages, 'ignore', true);
const stageSeconds = Object.fromEntries(results.map((r) => [r.stage.name, { seconds: r.seconds, passed: r.passed }]));

const pages = htmlFiles().map((f) => ({ page: pagePath(f), ...pageWeight(dist, f) }))
  .sort((a, b) => a.page.localeCompare(b.page));
const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
const columns: [string, (p: (typeof pages)[number]) => Bytes][] = [
  ['HTML', (p) => p.html], ['CSS', (p) => p.css], ['JS before interaction', (p) => p.jsBeforeInteraction],
  ['JS all', (p) => p.jsAll], ['site search code on open', (p) => p.jsSearch], ['share panel code on open', (p) => p.jsShare],
];
const table = [
  `Stages of the test command (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}; `
    + 'a failed stage: run it with npm test -- <stage>):',
  '',
  timingTable(results),
  '',
  `| page | ${columns.map(([label]) => `${label} KB raw / gzip`).join(' | ')} |`,
  `|---|${columns.map(() => '---|').join('')}`,
  ...pages.map((p) => `| ${p.page} | ${columns.map(([, bytes]) => kb(bytes(p))).join(' | ')} |`),
].join('\n');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/pages.json', JSON.stringify({ stages: stageSeconds, pages }, null, 2));
writeFileSync('bench/pages.md', table + '\n');
console.log(table);

const indexGzip = gzipSync(readFileSync(join(dist, 'search-index.json')), { level: 9 }).length;
const block = [
  `Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (Node ${process.versions.node}, `
    + `${availableParallelism()} cores). The stages of the test command:`,
  '',
  timingTable(results),
  '',
  'JavaScript per page, gzip, summed per file as a browser fetches them ("全部" includes code loaded on first use;',
  "the site search, the share panel and the calendar file's builder load only when asked for and are counted apart):",
  '',
  weightTable(pages, indexGzip),
].join('\n');
writeFileSync('README.md', replaceBlock(readFileSync('README.md', 'utf8'), block));
console.log('README.md: figures block rewritten');
