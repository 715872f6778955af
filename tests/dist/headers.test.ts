// The host configuration the build writes: dist/_headers (Netlify, Cloudflare Pages) and
// dist/nginx-headers.conf, checked against the built pages' own CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlFiles, pagePath, read } from './helpers.ts';
import {
  headersFor, immutableCaching, inlineHashes, isHashSource, metaPolicyText, parseHeadersFile, parsePolicy, referrerPolicy, type Policy,
} from '../../src/integrations/host-headers.ts';

const headersText = read(join(dist, '_headers'));
const rules = parseHeadersFile(headersText);
const pages = htmlFiles().map((file) => ({ path: pagePath(file), html: read(file) }));
// The home page's path is the base ("/" or BASE_PATH): the brand link of any page.
const base = pages[0]!.html.match(/<a\b[^>]*\bclass="brand"[^>]*\bhref="([^"]+)"/)?.[1] ?? '/';
const served = (path: string) => base.replace(/\/$/, '') + path;

const withoutHashes = (sources: string[]) => sources.filter((s) => !isHashSource(s));
const hashes = (sources: string[] | undefined) => new Set((sources ?? []).filter(isHashSource));

test('_headers fits Cloudflare Pages: at most 100 rules, no line over 2,000 characters', () => {
  assert.ok(rules.length > 0 && rules.length <= 100, `${rules.length} rules`);
  const long = headersText.split('\n').filter((line) => line.length > 2000).map((line) => `${line.length}: ${line.slice(0, 60)}…`);
  assert.deepEqual(long, []);
});

test('every page, and an unknown address (the 404 page), gets the CSP, DENY, nosniff and Referrer-Policy', () => {
  const problems: string[] = [];
  for (const path of [...pages.map((p) => served(p.path)), served('/no-such-page/'), served('/tools/eligibility/no-such-step/')]) {
    const headers = headersFor(rules, path);
    const csp = parsePolicy(headers.get('content-security-policy') ?? '');
    if (csp.get('frame-ancestors')?.join(' ') !== "'none'") problems.push(`${path}: frame-ancestors is not 'none'`);
    if (headers.get('x-frame-options') !== 'DENY') problems.push(`${path}: X-Frame-Options is not DENY`);
    if (headers.get('x-content-type-options') !== 'nosniff') problems.push(`${path}: no nosniff`);
    if (headers.get('referrer-policy') !== referrerPolicy) problems.push(`${path}: Referrer-Policy is ${headers.get('referrer-policy')}`);
    if (headers.get('cache-control')) problems.push(`${path}: a page is cached as ${headers.get('cache-control')}`);
  }
  assert.deepEqual(problems, []);
});

test('the header CSP is each page\'s meta CSP plus frame-ancestors \'none\', its hashes cut to the inline code the site contains', () => {
  const problems: string[] = [];
  const grantedSomewhere = new Set<string>();
  let header: Policy | undefined;
  for (const { path, html } of pages) {
    header = parsePolicy(headersFor(rules, served(path)).get('content-security-policy') ?? '');
    const meta = parsePolicy(metaPolicyText(html) ?? '');
    // The same directives with the same sources besides hashes, and frame-ancestors 'none' besides.
    const names = [...meta.keys(), 'frame-ancestors'].sort().join(' ');
    if ([...header.keys()].sort().join(' ') !== names) problems.push(`${path}: header directives ${[...header.keys()]} vs meta ${[...meta.keys()]}`);
    for (const [name, sources] of meta) {
      if (withoutHashes(sources).join(' ') !== withoutHashes(header.get(name) ?? []).join(' ')) problems.push(`${path}: ${name} differs`);
    }
    // Every inline script and style of the page is allowed by both policies, so the page runs under the two together.
    const inline = inlineHashes(html);
    for (const [directive, list] of [['script-src', inline.scripts], ['style-src', inline.styles]] as const) {
      const byMeta = hashes(meta.get(directive));
      const byHeader = hashes(header.get(directive));
      for (const hash of list) {
        if (!byMeta.has(hash)) problems.push(`${path}: its meta does not allow its inline ${directive} ${hash}`);
        if (!byHeader.has(hash)) problems.push(`${path}: the header does not allow its inline ${directive} ${hash}`);
        if (byMeta.has(hash)) grantedSomewhere.add(`${directive} ${hash}`);
      }
    }
  }
  // And the header allows no hash that is not inline code some page contains and its meta allows.
  for (const directive of ['script-src', 'style-src']) {
    for (const hash of hashes(header?.get(directive))) {
      if (!grantedSomewhere.has(`${directive} ${hash}`)) problems.push(`header ${directive} allows ${hash}, which no page's meta allows for its inline code`);
    }
  }
  assert.deepEqual(problems, []);
});

test('the hashed assets in _astro/ are cached for a year as immutable', () => {
  const assets = readdirSync(join(dist, '_astro'));
  assert.ok(assets.length > 0);
  for (const asset of assets) assert.equal(headersFor(rules, served(`/_astro/${asset}`)).get('cache-control'), immutableCaching, asset);
});

test('each page\'s theme script comes after its CSP <meta>, so the policy governs it; nothing inline comes before the meta', () => {
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const meta = html.search(/<meta\s[^>]*http-equiv="content-security-policy"/i);
    const firstInline = html.search(/<(script|style)\b/i);
    if (meta < 0) problems.push(`${path}: no CSP meta`);
    else if (firstInline >= 0 && firstInline < meta) problems.push(`${path}: a <script> or <style> before the CSP meta`);
    if (!/<body\b[^>]*>\s*<script>/.test(html)) problems.push(`${path}: the theme script is not first in <body>`);
  }
  assert.deepEqual(problems, []);
});

test('nginx-headers.conf sends the same headers, repeated in the _astro/ location, and hides both config files', () => {
  const conf = read(join(dist, 'nginx-headers.conf'));
  const addHeaders = (text: string) => [...text.matchAll(/^\s*add_header (\S+) "((?:[^"\\]|\\.)*)" always;$/gm)].map((m) => [m[1]!.toLowerCase(), m[2]!.replace(/\\(.)/g, '$1')] as const);
  const [server, ...locations] = conf.split(/^location /m);
  assert.deepEqual(new Map(addHeaders(server!)), headersFor(rules, served('/')));
  const astro = locations.find((l) => l.startsWith(`^~ ${served('/_astro/')} `));
  assert.ok(astro, 'a location for _astro/');
  assert.deepEqual(new Map(addHeaders(astro)), headersFor(rules, served('/_astro/x.js')));
  for (const file of ['/_headers', '/nginx-headers.conf']) {
    assert.ok(existsSync(join(dist, file)));
    assert.ok(locations.some((l) => l.startsWith(`= ${served(file)} { return 404; }`)), `${file} is not served`);
  }
});
