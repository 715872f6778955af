// Budgets on the built output, in bytes (never times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, dist, pagePath, read } from './helpers.ts';
import { pageWeight } from '../../scripts/page-weight.ts';

const KB = 1024;
const hasIsland = (file: string) => read(file).includes('<astro-island');

test('a guide page ships at most 6 KB gzip of JavaScript before the reader interacts', () => {
  const over = htmlFiles()
    .filter((f) => pagePath(f).startsWith('/guide/') && !hasIsland(f))
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsBeforeInteraction.gzip }))
    .filter((p) => p.gzip > 6 * KB);
  assert.deepEqual(over, []);
});

test('a guide page with an embedded calculator ships at most 20 KB gzip of JavaScript in total', () => {
  const pages = htmlFiles().filter((f) => pagePath(f).startsWith('/guide/') && hasIsland(f));
  assert.ok(pages.length >= 4, 'the four calculators are embedded in the guide');
  const over = pages.map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip })).filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});

test('each tool page (配额计算, 注册清单 and every per-profile checklist) ships at most 20 KB gzip of JavaScript in total', () => {
  const pages = htmlFiles().filter((f) => /^\/tools\/(quotas|checklist)\//.test(pagePath(f)));
  assert.ok(pages.length >= 10, 'the quota page, the checklist chooser and a page per profile');
  const over = pages.map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip })).filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});
