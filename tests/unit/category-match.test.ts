// The category browser's filter runs on the site search's one matcher (src/lib/category-match.ts over
// src/lib/search/engine.ts): the same understanding, scan, Fuse and scoring, so an everyday word finds
// the same first category in both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { flatten, toItems, type CategoryProp } from '../../src/lib/categories.ts';
import { createCategoryMatcher } from '../../src/lib/category-match.ts';
import { categorySynonyms } from '../../src/lib/category-synonyms.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import type { CategoryNode } from '../../src/lib/rules/types.ts';
import { fuseMatcher } from '../../src/lib/search/fuse-match.ts';
import { storeSyllables, syllablesOf } from '../../src/lib/search/pinyin.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';
import { buildRealIndex } from '../support/search-index.ts';

const toProp = (n: CategoryNode): CategoryProp => ({ name: n.name, syllables: storeSyllables(syllablesOf(n.name)), children: n.children.map(toProp) });
const names = (nodes: readonly CategoryNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
// The guide's table, which the site search indexes; the synonyms as the page carries them (every edition's names).
const items = flatten(toItems(loadRuleSet().categories.map(toProp)));
const synonyms = categorySynonyms(loadSynonyms(), [...new Set(loadCategoryEditions().editions.flatMap((e) => names(e.tree)))]);
const browser = createCategoryMatcher(items, synonyms);
browser.setApprox(fuseMatcher);
const site = createSiteSearcher(JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex);
site.setApprox(fuseMatcher);

/** The site search's first category result, as the path its link opens (?c=). */
const siteFirst = (query: string) => {
  const hit = site.search(query).hits.find((h) => h.doc.k === 'category');
  return hit ? new URLSearchParams(hit.doc.h.split('?')[1]).get('c') : null;
};

test('an everyday word finds the same first category in the category browser and in the site search', () => {
  const table: [query: string, first: string][] = [
    ['快递', '快递业与邮政>快递、物流'],
    ['外卖', '生活服务>外送'],
    ['搬家', '快递业与邮政>装卸搬运'],
    ['保洁', '生活服务>家政'],
    ['家政', '生活服务>家政'],
    ['寄件', '快递业与邮政>快递、物流>寄件/收件'],
    ['律师', '商业服务>法律服务'],
    ['kuaidi', '快递业与邮政>快递、物流'],
    ['kd', '快递业与邮政>快递、物流'],
    ['kuadi', '快递业与邮政>快递、物流'],
    ['jiazheng', '生活服务>家政'],
    ['外卖需要什么资质', '生活服务>外送'],
  ];
  for (const [query, first] of table) {
    assert.equal(browser.filter(query).hits[0]?.doc.id, first, `category browser: ${query}`);
    assert.equal(siteFirst(query), first, `site search: ${query}`);
  }
});

test('one understanding: a question\'s frame is dropped, a shop owner\'s word also searches the category it means, and says so', () => {
  const table: [query: string, terms: string[], also: string[]][] = [
    ['外卖', ['外卖'], ['外送']],
    [' 外卖 ', ['外卖'], ['外送']],
    ['送外卖', ['送外卖'], ['外送']],
    ['我做外卖和搬家', ['外卖', '搬家'], ['外送', '装卸搬运']],
    ['健身房', ['健身房'], ['在线健身', '体育培训']],
    ['快递怎么办', ['快递'], []],
    ['kuai递', ['kuai', '递'], []],
    ['外送', ['外送'], []],
  ];
  for (const [query, terms, also] of table) {
    assert.deepEqual(browser.understand(query).terms.map((t) => t.text), terms, query);
    assert.deepEqual(browser.filter(query).also, also, query);
  }
});

test('the filter\'s hits: the word\'s own first, then its meaning\'s, each category once, marked with the words searched', () => {
  const found = browser.filter('外卖');
  assert.equal(new Set(found.hits.map((h) => h.doc.id)).size, found.hits.length);
  assert.equal(found.hits[0]?.by, '外卖 外送');
  assert.deepEqual(browser.filter('xyzqwv'), { hits: [], also: [] });
  assert.equal(browser.filter('快递', 1).hits.length, 1, 'limit');
});
