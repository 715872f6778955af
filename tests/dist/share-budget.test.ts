// The share panel (the QR code and its encoder, src/islands/share-panel.tsx) loads only when the reader
// asks for a QR code: it is not part of a page's budget, and it adds little when it does load.
// `jsShare` is what scripts/page-weight.ts counts apart for the chunk reached from share-panel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { htmlFiles, dist, pagePath } from './helpers.ts';
import { pageWeight } from '../../scripts/page-weight.ts';
import { KB, shareOpen } from '../../scripts/budgets.ts';
const checklists = htmlFiles().filter((f) => /^\/tools\/checklist\/[^/]+\/$/.test(pagePath(f)));

test(`every checklist can open the share panel, and opening it adds at most ${shareOpen / KB} KB gzip`, () => {
  assert.ok(checklists.length >= 5, `found ${checklists.length} checklists`);
  const weights = checklists.map((f) => ({ page: pagePath(f), share: pageWeight(dist, f).jsShare.gzip }));
  assert.deepEqual(weights.filter((w) => w.share === 0).map((w) => w.page), [], 'no share panel found');
  assert.deepEqual(weights.filter((w) => w.share > shareOpen), []);
});

test('the calendar file\'s builder loads only when the reader asks for the file: apart on every page with a deadline, never with the page', () => {
  const withDeadline = htmlFiles().filter((f) => /^\/tools\/(checklist\/[^/]+|quotas)\/$|^\/guide\/registration\/$/.test(pagePath(f)));
  assert.ok(withDeadline.length >= 5);
  for (const f of withDeadline) {
    const w = pageWeight(dist, f);
    assert.ok(w.jsCalendar.gzip > 0, `${pagePath(f)}: no calendar code found`);
    assert.ok(!w.jsFiles.some((file) => /(^|\/)ics\.[\w-]+\.js$/.test(file)), `${pagePath(f)}: the calendar code loads with the page`);
  }
});

test('the QR encoder is not loaded before the reader asks for it', () => {
  for (const f of checklists) {
    const w = pageWeight(dist, f);
    assert.ok(w.jsShareFiles.length > 0, pagePath(f));
    assert.deepEqual(w.jsFiles.filter((file) => w.jsShareFiles.includes(file)), [], pagePath(f));
  }
});
