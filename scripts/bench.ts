// `npm run bench`: runs every stage of the test command (scripts/test-stages.ts: check, unit, build,
// dist, e2e, engines) quietly and times each, then writes bench/pages.json and bench/pages.md with the
// stage times and each page's HTML, CSS and JavaScript bytes (raw and gzip). Bytes, not timings, are
// what the budgets in tests/dist/budget.test.ts hold; the times are here so growth shows before it hurts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { htmlFiles, pagePath, dist } from './dist-files.ts';
import { pageWeight, type Bytes } from './page-weight.ts';
import { runStages, stages, timingTable } from './test-stages.ts';

const results = await runStages(stages, 'ignore', true);
const stageSeconds = Object.fromEntries(results.map((r) => [r.stage.name, { seconds: r.seconds, passed: r.passed }]));

const pages = htmlFiles().map((f) => ({ page: pagePath(f), ...pageWeight(dist, f) }))
  .sort((a, b) => a.page.localeCompare(b.page));
const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
const table = [
  `Stages of the test command (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node}; a failed stage: run it with npm test -- <stage>):`,
  '',
  timingTable(results),
  '',
  '| page | HTML KB raw / gzip | CSS KB raw / gzip | JS before interaction KB raw / gzip | JS all KB raw / gzip | site search code on open KB raw / gzip | share panel code on open KB raw / gzip |',
  '|---|---|---|---|---|---|---|',
  ...pages.map((p) => `| ${p.page} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.jsBeforeInteraction)} | ${kb(p.jsAll)} | ${kb(p.jsSearch)} | ${kb(p.jsShare)} |`),
].join('\n');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/pages.json', JSON.stringify({ stages: stageSeconds, pages: pages.map(({ jsFiles, ...rest }) => ({ ...rest, jsFiles })) }, null, 2));
writeFileSync('bench/pages.md', table + '\n');
console.log(table);
