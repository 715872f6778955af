import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categorySearch, countLevels, flatten, parseCategoryParams, toItems, type CategoryProp } from '../../src/lib/categories.ts';
import { createCategoryMatcher } from '../../src/lib/category-match.ts';
import { fuseMatcher } from '../../src/lib/search/fuse-match.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { storeSyllables, syllablesOf } from '../../src/lib/search/pinyin.ts';
import type { CategoryNode } from '../../src/lib/rules/types.ts';

const toProp = (n: CategoryNode): CategoryProp => ({ name: n.name, syllables: storeSyllables(syllablesOf(n.name)), children: n.children.map(toProp) });
const items = toItems(loadRuleSet().categories.map(toProp));
const ids = new Set(flatten(items).map((i) => i.id));

test('the tree has the counts of the source table (R28, grouped per D1)', () => {
  assert.deepEqual(countLevels(items), { level1: 9, level2: 40, level3: 4 });
  assert.ok(ids.has('生活服务>票务'), 'D1: 票务 belongs to 生活服务');
  assert.ok(ids.has('商业服务>法律服务>法律咨询'), 'D1: 法律服务 belongs to 商业服务');
  assert.ok(!ids.has('出行与交通>票务'));
});

test('the address is read safely: unknown categories, empty and long values get a notice', () => {
  const table: [search: string, q: string, c: string | null, notices: number][] = [
    ['', '', null, 0],
    ['?q=kd', 'kd', null, 0],
    ['?q=kd&c=' + encodeURIComponent('快递业与邮政>快递、物流'), 'kd', '快递业与邮政>快递、物流', 0],
    ['?c=' + encodeURIComponent('快递业与邮政 > 邮政'), '', '快递业与邮政>邮政', 0],
    ['?c=' + encodeURIComponent('不存在>类目'), '', null, 1],
    ['?c=', '', null, 1],
    ['?c=%E0%A4%A', '', null, 1],
    ['?q=' + 'x'.repeat(80), 'x'.repeat(64), null, 1],
    ['?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&utm=1', '<script>alert(1)</script>', null, 0],
  ];
  for (const [search, q, c, notices] of table) {
    const got = parseCategoryParams(search, ids);
    assert.equal(got.q, q, search);
    assert.equal(got.c, c, search);
    assert.equal(got.notices.length, notices, search);
  }
});

test('the canonical address keeps only what is set, the edition first (left out for the default, the newest)', () => {
  assert.equal(categorySearch('', null), '');
  assert.equal(categorySearch(' kd ', null), '?q=kd');
  assert.equal(categorySearch('', null, null), '');
  assert.equal(categorySearch('丽人', null, '2018-07'), '?edition=2018-07&q=%E4%B8%BD%E4%BA%BA');
  assert.equal(categorySearch('', '生活服务>票务', '2018-04'), '?edition=2018-04&c=%E7%94%9F%E6%B4%BB%E6%9C%8D%E5%8A%A1%3E%E7%A5%A8%E5%8A%A1');
  assert.equal(categorySearch('', '商业服务>律师'), '?c=%E5%95%86%E4%B8%9A%E6%9C%8D%E5%8A%A1%3E%E5%BE%8B%E5%B8%88');
});

test('filtering finds categories by characters, pinyin, initials, typos and variants', () => {
  const all = flatten(items);
  const searcher = createCategoryMatcher(all, {});
  searcher.setApprox(fuseMatcher);
  const table: [query: string, first3: string][] = [
    ['快递', '快递业与邮政'],
    ['kuaidi', '快递业与邮政>快递、物流'],
    ['kd', '快递业与邮政'],
    ['kuadi', '快递业与邮政'],
    ['kuai递', '快递业与邮政>快递、物流'],
    ['falv', '商业服务>法律服务'],
    ['flzx', '商业服务>法律服务>法律咨询'],
    ['jizhang', '工具>记账'],
    ['wifi', '旅游>出境WiFi'],
    ['寄件', '快递业与邮政>快递、物流>寄件/收件'],
  ];
  for (const [query, expected] of table) {
    const top = searcher.filter(query).hits.slice(0, 3).map((h) => h.doc.id);
    assert.ok(top.includes(expected), `${query}: ${top.join(' | ')}`);
  }
  assert.deepEqual(searcher.filter('xyzqwv').hits, []);
  assert.deepEqual(searcher.filter('').hits, []);
});
