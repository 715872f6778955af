// Budgets on the built output, in bytes (never times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, dist, pagePath, read } from './helpers.ts';
import { pageWeight } from '../../scripts/page-weight.ts';

const KB = 1024;
const hasIsland = (file: string) => read(file).includes('<astro-island');
const pagesUnder = (prefix: string) => htmlFiles().filter((f) => pagePath(f).startsWith(prefix));

test('a guide page without an embedded tool ships at most 6 KB gzip of JavaScript before the reader interacts', () => {
  const pages = pagesUnder('/guide/').filter((f) => !hasIsland(f));
  assert.ok(pages.length >= 3, `found ${pages.length} guide pages without a tool`);
  const over = pages
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsBeforeInteraction.gzip }))
    .filter((p) => p.gzip > 6 * KB);
  assert.deepEqual(over, []);
});

test('a guide page with an embedded tool ships at most 20 KB gzip of JavaScript in total', () => {
  const pages = pagesUnder('/guide/').filter(hasIsland);
  assert.ok(pages.length >= 4, 'the four calculators are embedded in the guide');
  const over = pages.map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip })).filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});

test('every tool page (each wizard step and outcome, calculators, each checklist) ships at most 20 KB gzip of JavaScript in total', () => {
  const pages = pagesUnder('/tools/');
  assert.ok(pages.length > 50, `found ${pages.length} tool pages`);
  const over = pages.map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip })).filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});

test('a 资格自查 page stays small: at most 20 KB gzip of HTML', () => {
  const over = pagesUnder('/tools/eligibility/')
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).html.gzip }))
    .filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});
