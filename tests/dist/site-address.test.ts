// The site's public address (SITE_URL): with it, canonical links, og:url, the sitemap and robots.txt
// use it; without it (CI, ./nodew test) the build writes no absolute address of its own, and never
// a loopback one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { dist, htmlFiles, pagePath, read } from './helpers.ts';
import { sitemapPaths } from '../../scripts/dist-files.ts';
import { siteAddress } from '../../src/integrations/site-address.ts';

function allFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

const pages = htmlFiles().map((file) => ({ path: pagePath(file), html: read(file) }));
const canonicalOf = (html: string) => html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
const ogUrlOf = (html: string) => html.match(/<meta property="og:url" content="([^"]+)"/)?.[1];
// Which kind of build this is, from the build itself; SITE_URL, when the tests see it, must agree.
const home = pages.find((p) => p.path === '/')!;
const address = canonicalOf(home.html) === undefined ? undefined : new URL(canonicalOf(home.html)!).origin;
const base = sitemapPaths()[0]!;

test('no built file names a loopback address (127.0.0.1, localhost, 0.0.0.0)', () => {
  const binary = new Set(['.png', '.jpg', '.webp', '.woff2', '.ico']);
  const files = allFiles().filter((f) => !binary.has(extname(f)));
  assert.ok(files.some((f) => f.endsWith('_headers')) && files.some((f) => f.endsWith('.js')));
  const found = files.flatMap((f) => [...read(f).matchAll(/127\.0\.0\.1|localhost|0\.0\.0\.0/gi)].map((m) => `${relative(dist, f)}: ${m[0]}`));
  assert.deepEqual([...new Set(found)], []);
});

test('the build was made with the SITE_URL the tests see, if any', () => {
  assert.equal(address, siteAddress(process.env.SITE_URL));
});

test('the sitemap\'s pages are the home page and the site navigation, each built', () => {
  const paths = sitemapPaths();
  assert.ok(paths.length > 10, `${paths.length} pages`);
  assert.ok(paths.includes(`${base}guide/registration/`) && paths.includes(`${base}history/`));
  const built = new Set(pages.map((p) => base.replace(/\/$/, '') + p.path));
  assert.deepEqual(paths.filter((p) => !built.has(p)), []);
});

if (address === undefined) {
  test('without an address: no canonical link, og:url or sitemap link on any page, no sitemap.xml, no Sitemap line', () => {
    const problems = pages.flatMap(({ path, html }) => [
      ...(/<link rel="canonical"/.test(html) ? [`${path}: canonical`] : []),
      ...(/property="og:url"/.test(html) ? [`${path}: og:url`] : []),
      ...(/<link rel="sitemap"/.test(html) ? [`${path}: sitemap link`] : []),
    ]);
    assert.deepEqual(problems, []);
    assert.equal(existsSync(join(dist, 'sitemap.xml')), false);
    assert.equal(read(join(dist, 'robots.txt')), 'User-agent: *\nAllow: /\n');
  });
} else {
  test('with an address: every page\'s canonical link and og:url are its own absolute address (none on the 404 page)', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      // The 404 page is served at any unknown address, so it names none.
      const expected = path === '/404' ? undefined : new URL(base.replace(/\/$/, '') + path, address).href;
      if (canonicalOf(html) !== expected) problems.push(`${path}: canonical ${canonicalOf(html)}, expected ${expected}`);
      if (ogUrlOf(html) !== expected) problems.push(`${path}: og:url ${ogUrlOf(html)}, expected ${expected}`);
      if (!html.includes(`<link rel="sitemap" href="${base}sitemap.xml">`)) problems.push(`${path}: no sitemap link`);
    }
    assert.deepEqual(problems, []);
  });

  test('with an address: sitemap.xml lists the sitemap pages as absolute addresses, and robots.txt names it', () => {
    const locs = [...read(join(dist, 'sitemap.xml')).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    assert.deepEqual(locs, sitemapPaths().map((p) => new URL(p, address).href));
    assert.equal(read(join(dist, 'robots.txt')), `User-agent: *\nAllow: /\nSitemap: ${new URL(`${base}sitemap.xml`, address).href}\n`);
  });
}
