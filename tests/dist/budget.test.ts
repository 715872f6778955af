// Budgets on the built output, in bytes (never times).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, dist, pagePath, read } from './helpers.ts';
import { pageWeight } from '../../scripts/page-weight.ts';
import { approxOnDemand, cardsOnFirstQuery, eligibilityHtml, guideBeforeInteraction, homeJs, KB, searchOpen, toolBudget, toolBudgets } from '../../scripts/budgets.ts';
const pagesUnder = (prefix: string) => htmlFiles().filter((f) => pagePath(f).startsWith(prefix));

// Embedded tools (the calculators, the category browser) load their code on the reader's first use
// (client:interaction, category-browser-loader.ts), so a page that embeds one is held to the same
// budget. tests/e2e/guide-weight.spec.ts measures the same in a real browser.
test(`every guide page, embedding a tool or not, ships at most ${guideBeforeInteraction / KB} KB gzip of JavaScript before the reader interacts`, () => {
  const pages = pagesUnder('/guide/');
  assert.ok(pages.filter((f) => /<astro-island|data-category-browser/.test(read(f))).length >= 4, 'the calculators and the category browser are embedded in the guide');
  const over = pages
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsBeforeInteraction.gzip }))
    .filter((p) => p.gzip > guideBeforeInteraction);
  assert.deepEqual(over, []);
});

const { other, checklist, quotas } = Object.fromEntries(Object.entries(toolBudgets).map(([k, v]) => [k, v / KB]));
test(`every tool page (each wizard step and outcome, the calculators, each checklist) ships at most ${other} KB gzip of JavaScript in total (the checklists ${checklist} KB, 配额计算 ${quotas} KB), site search, share panel and Fuse apart`, () => {
  const pages = pagesUnder('/tools/');
  assert.ok(pages.length > 50, `found ${pages.length} tool pages`);
  const over = pages.map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsAll.gzip })).filter((p) => p.gzip > toolBudget(p.page));
  assert.deepEqual(over, []);
});

test(`the home page, with its 问一句 box, ships at most ${homeJs / KB} KB gzip of JavaScript in total, site search apart`, () => {
  const home = htmlFiles().find((f) => pagePath(f) === '/')!;
  assert.ok(/data-search-ask/.test(read(home)), 'the 问一句 box is on the home page');
  const { gzip } = pageWeight(dist, home).jsAll;
  assert.ok(gzip <= homeJs, `${gzip} B gzip`);
});

test(`a 资格自查 page stays small: at most ${eligibilityHtml / KB} KB gzip of HTML`, () => {
  const over = pagesUnder('/tools/eligibility/')
    .map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).html.gzip }))
    .filter((p) => p.gzip > eligibilityHtml);
  assert.deepEqual(over, []);
});

test(`the search index is at most ${searchOpen / KB} KB gzip, and opening search adds at most ${searchOpen / KB} KB gzip (code + index)`, () => {
  const index = join(dist, 'search-index.json');
  assert.ok(existsSync(index));
  const indexGzip = gzipSync(readFileSync(index), { level: 9 }).length;
  assert.ok(indexGzip <= searchOpen, `index ${indexGzip} B gzip`);
  const over = htmlFiles().map((f) => {
    const w = pageWeight(dist, f);
    return { page: pagePath(f), searchCode: w.jsSearch.gzip, total: w.jsSearch.gzip + indexGzip };
  }).filter((p) => p.total > searchOpen);
  assert.deepEqual(over, []);
});

test(`Fuse.js loads apart, only for a query with a typo: at most ${approxOnDemand / KB} KB gzip beyond opened search, on every page; the category browser's too`, () => {
  const problems: string[] = [];
  for (const f of htmlFiles()) {
    const w = pageWeight(dist, f);
    if (w.jsApprox.gzip === 0 || w.jsApprox.gzip > approxOnDemand) problems.push(`${pagePath(f)}: ${w.jsApprox.gzip} B gzip`);
    // Fuse's code (its error message) is in no file that opening search or the page loads: the category browser, too, loads it on a typo.
    const withFuse = [...w.jsSearchFiles, ...w.jsFiles].filter((file) => readFileSync(join(dist, file), 'utf8').includes('Pattern length exceeds max'));
    if (withFuse.length) problems.push(`${pagePath(f)}: Fuse loads with ${withFuse.join(', ')}`);
  }
  assert.deepEqual(problems, []);
});

test(`the answer cards load with the search's first query: at most ${cardsOnFirstQuery / KB} KB gzip beyond opened search, on every page`, () => {
  const over = htmlFiles().map((f) => ({ page: pagePath(f), gzip: pageWeight(dist, f).jsCards.gzip }))
    .filter((p) => p.gzip === 0 || p.gzip > cardsOnFirstQuery);
  assert.deepEqual(over, []);
});

test('every page has the search button, and its code is not loaded before the reader opens search', () => {
  const problems: string[] = [];
  for (const f of htmlFiles()) {
    const html = read(f);
    const w = pageWeight(dist, f);
    if (!/data-search-open/.test(html)) problems.push(`${pagePath(f)}: no search button`);
    if (w.jsSearchFiles.length === 0) problems.push(`${pagePath(f)}: search code not reachable`);
    if (w.jsFiles.some((file) => /search-dialog/.test(file))) problems.push(`${pagePath(f)}: search dialog loads with the page`);
  }
  assert.deepEqual(problems, []);
});
