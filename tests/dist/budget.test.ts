// Budgets on the built output, in bytes (never times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, dist, pagePath } from './helpers.ts';
import { pageWeight } from '../../scripts/page-weight.ts';

const KB = 1024;

test('a guide page ships at most 6 KB gzip of JavaScript before the reader interacts', () => {
  const over = htmlFiles()
    .filter((f) => pagePath(f).startsWith('/guide/'))
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsBeforeInteraction.gzip }))
    .filter((p) => p.gzip > 6 * KB);
  assert.deepEqual(over, []);
});

test('every 资格自查 page (start, each question, each outcome) ships at most 20 KB gzip of JavaScript in total', () => {
  const pages = htmlFiles().filter((f) => pagePath(f).startsWith('/tools/eligibility/'));
  assert.ok(pages.length > 40, `found ${pages.length} wizard pages`);
  const over = pages
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip }))
    .filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});

test('a 资格自查 page stays small: at most 20 KB gzip of HTML', () => {
  const over = htmlFiles().filter((f) => pagePath(f).startsWith('/tools/eligibility/'))
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).html.gzip }))
    .filter((p) => p.gzip > 20 * KB);
  assert.deepEqual(over, []);
});
