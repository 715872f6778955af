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
