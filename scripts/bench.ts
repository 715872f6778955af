// `npm run bench`: builds the site, then writes bench/pages.json and bench/pages.md with each page's
// HTML, CSS and JavaScript bytes (raw and gzip), the build's wall time and the engine tests' wall
// time. Bytes, not timings, are what the budgets in tests/dist/budget.test.ts hold.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { htmlFiles, pagePath, dist } from './dist-files.ts';
import { pageWeight, type Bytes } from './page-weight.ts';

const started = performance.now();
execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;

// The engine step of the test command (tests/engines/): WebKitGTK, WPE WebKit, Firefox ESR and Chromium in turn.
const enginesStarted = performance.now();
const enginesPassed = spawnSync(process.execPath, ['--test', '--test-concurrency=1', 'tests/engines/engines.test.ts'], { stdio: 'ignore' }).status === 0;
const engineSeconds = (performance.now() - enginesStarted) / 1000;

const pages = htmlFiles().map((f) => ({ page: pagePath(f), ...pageWeight(dist, f) }))
  .sort((a, b) => a.page.localeCompare(b.page));
const kb = (b: Bytes) => `${(b.raw / 1024).toFixed(1)} / ${(b.gzip / 1024).toFixed(1)}`;
const table = [
  `Build wall time: ${buildSeconds.toFixed(1)} s (${new Date().toISOString().slice(0, 10)}, Node ${process.versions.node})`,
  `Engine tests wall time (WebKitGTK, WPE WebKit, Firefox ESR, Chromium, one after another): ${engineSeconds.toFixed(1)} s${enginesPassed ? '' : ' (failed: run npm run test:engines)'}`,
  '',
  '| page | HTML KB raw / gzip | CSS KB raw / gzip | JS before interaction KB raw / gzip | JS all KB raw / gzip | site search code on open KB raw / gzip | share panel code on open KB raw / gzip |',
  '|---|---|---|---|---|---|---|',
  ...pages.map((p) => `| ${p.page} | ${kb(p.html)} | ${kb(p.css)} | ${kb(p.jsBeforeInteraction)} | ${kb(p.jsAll)} | ${kb(p.jsSearch)} | ${kb(p.jsShare)} |`),
].join('\n');
mkdirSync('bench', { recursive: true });
writeFileSync('bench/pages.json', JSON.stringify({ buildSeconds, engineSeconds, enginesPassed, pages: pages.map(({ jsFiles, ...rest }) => ({ ...rest, jsFiles })) }, null, 2));
writeFileSync('bench/pages.md', table + '\n');
console.log(table);
