// Every internal link and #anchor in dist/ resolves; rule sources point at real headings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { decodeEntities, dist, htmlFiles, idsOf, pagePath, read } from './helpers.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { rememberedPrefix } from '../../src/lib/eligibility/state-path.ts';

const pages = new Map(htmlFiles().map((f) => [pagePath(f), read(f)]));

function resolveTarget(href: string, from: string): { path: string; hash: string } | null {
  if (/^(mailto:|tel:|data:)/.test(href) || /^(https?:)?\/\//.test(href)) return null;
  const url = new URL(decodeEntities(href), `http://site${from}`);
  return { path: decodeURI(url.pathname), hash: decodeURIComponent(url.hash.slice(1)) };
}

test('every internal link and anchor in dist/ resolves', () => {
  const broken: string[] = [];
  for (const [from, html] of pages) {
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = resolveTarget(m[1]!, from);
      if (!target) continue;
      const targetHtml = pages.get(target.path);
      if (targetHtml === undefined) {
        if (!existsSync(join(dist, target.path))) broken.push(`${from}: ${m[1]} (no such page or file)`);
        continue;
      }
      // A 资格自查 outcome's 更改 carries the answers it leaves in the hash (#wz-was=…): state, not an anchor.
      if (`#${target.hash}`.startsWith(rememberedPrefix)) continue;
      if (target.hash && !idsOf(targetHtml).has(target.hash)) broken.push(`${from}: ${m[1]} (no #${target.hash} there)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('every rule source anchor exists in the built guide', () => {
  const missing = loadRuleSet().rules
    .filter((rule) => !idsOf(pages.get(`/guide/${rule.page}/`) ?? '').has(rule.anchor))
    .map((rule) => `${rule.id}: /guide/${rule.page}/#${rule.anchor}`);
  assert.deepEqual(missing, []);
});

test('every rule is cited on its own guide page', () => {
  const missing = loadRuleSet().rules
    .filter((rule) => !(pages.get(`/guide/${rule.page}/`) ?? '').includes(`/rules/#${rule.id}"`))
    .map((rule) => `${rule.id} on /guide/${rule.page}/`);
  assert.deepEqual(missing, []);
});

test('external links are marked and open safely', () => {
  const unsafe: string[] = [];
  for (const [from, html] of pages) {
    for (const m of html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)) {
      if (!/rel="[^"]*noopener/.test(m[0]) || !/class="[^"]*external/.test(m[0])) unsafe.push(`${from}: ${m[0]}`);
    }
  }
  assert.deepEqual(unsafe, []);
});

test('no page has a broken image or an inline event handler, and every page has a CSP', () => {
  const problems: string[] = [];
  for (const [from, html] of pages) {
    if (/<img\b/.test(html)) problems.push(`${from}: has an <img> (the seed's screenshots are not available)`);
    if (/<[^>]+\son[a-z]+=/i.test(html)) problems.push(`${from}: inline event handler`);
    if (!/<meta http-equiv="content-security-policy"/.test(html)) problems.push(`${from}: no CSP meta`);
    if (!/<html lang="zh-CN"/.test(html)) problems.push(`${from}: not lang="zh-CN"`);
  }
  assert.deepEqual(problems, []);
});

test('every address in the search index resolves, anchors included', () => {
  const index = JSON.parse(read(join(dist, 'search-index.json'))) as { docs: { h: string }[] };
  const broken = index.docs.map((d) => d.h).filter((h) => {
    const url = new URL(h, 'http://site');
    const html = pages.get(decodeURI(url.pathname));
    if (html === undefined) return true;
    return url.hash !== '' && !idsOf(html).has(decodeURIComponent(url.hash.slice(1)));
  });
  assert.deepEqual(broken, []);
});
