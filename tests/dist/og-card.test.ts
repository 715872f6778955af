// The card a shared link shows: every page names its title and description for it, and the card image
// (public/og-card.png, made by scripts/og-image.ts) only with the public address, like og:url.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { dist, htmlFiles, pagePath, read } from './helpers.ts';
import { sitemapPaths } from '../../scripts/dist-files.ts';

const meta = (html: string, property: string) => html.match(new RegExp(`<meta property="${property}" content="([^"]*)"`))?.[1];
const pages = htmlFiles().map((f) => ({ path: pagePath(f), html: read(f) }));
const base = sitemapPaths()[0]!;

test('the card image is a 1200×630 PNG under 80 KB', () => {
  const file = join(dist, 'og-card.png');
  assert.ok(existsSync(file));
  const png = PNG.sync.read(readFileSync(file));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  assert.ok(statSync(file).size < 80 * 1024, `${statSync(file).size} B`);
});

test('every page has og:title and og:description; og:image exactly when it has og:url, at the card\'s absolute address', () => {
  const problems: string[] = [];
  for (const { path, html } of pages) {
    if (!meta(html, 'og:title') || !meta(html, 'og:description')) problems.push(`${path}: no og:title or og:description`);
    const ogUrl = meta(html, 'og:url');
    const image = meta(html, 'og:image');
    if (!ogUrl) {
      if (image && path !== '/404') problems.push(`${path}: og:image without an address`);
      continue;
    }
    const expected = new URL(`${base}og-card.png`, new URL(ogUrl).origin).href;
    if (image !== expected) problems.push(`${path}: og:image ${image}, expected ${expected}`);
  }
  assert.deepEqual(problems, []);
});
