// Query understanding and ranking over the real index (tests/support/search-index.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRealIndex } from '../support/search-index.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';

const index = JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex;
const searcher = createSiteSearcher(index);

test('a question is split into content words; question words are dropped and read as intent', () => {
  const table: [query: string, terms: string[], intents: string[], expanded: string[]][] = [
    ['体验者最多能加多少人', ['体验者', '最多'], ['limit'], []],
    ['政府单位必须认证吗', ['政府单位', '必须', '认证'], [], ['政府']],
    ['认证要多少钱', ['认证', '费'], ['fee'], []],
    ['汇款期限是几天', ['汇款', '期限'], ['deadline'], []],
    ['认证入口在哪', ['认证入口'], ['place'], []],
    ['打钱', ['打钱'], [], ['汇款', '打款']],
    ['上架', ['上架'], [], ['发布']],
    ['kuai递', ['kuai', '递'], [], []],
    ['R30', ['r30'], [], []],
    ['吗呢啊吧', [], [], []],
    ['火星探测', ['火星探测'], [], []],
    // a documents word beside a category's name only says what is asked; alone, it is the query
    ['网约车需要什么证', ['网约车'], ['documents'], ['打车']],
    ['律所 资质', ['律所'], ['documents'], ['律师', '法律服务']],
    ['资质', ['资质'], ['documents'], []],
  ];
  for (const [query, terms, intents, expanded] of table) {
    const u = searcher.understand(query);
    assert.deepEqual(u.terms.map((t) => t.text), terms, query);
    assert.deepEqual(u.intents, intents, query);
    assert.deepEqual(u.expanded, expanded, query);
  }
});

test('records matching every content word come first; partial matches are marked', () => {
  const { hits } = searcher.search('邮箱被占用了怎么办');
  assert.ok(hits.length > 2);
  const firstPartial = hits.findIndex((h) => h.partial);
  assert.ok(firstPartial > 0, 'a full match first');
  assert.ok(hits.slice(firstPartial).every((h) => h.partial), 'partial matches after all full matches');
  assert.ok(hits.slice(0, firstPartial).every((h) => !h.partial));
});

test('bad input gets the empty state, never a freeze: long, punctuation, emoji, zero-width, markup', () => {
  const table = [
    '体'.repeat(10_000), 'x'.repeat(10_000), '。'.repeat(10_000), '😀'.repeat(5_000), '\u200b'.repeat(1_000), '\u0000\u0001\u0002',
    '<script>alert(1)</script>', '？！，。、；：', '   ', '', '𠀀𠀁𠀂',
  ];
  for (const query of table) {
    const { hits, understood } = searcher.search(query);
    assert.deepEqual(hits, [], JSON.stringify(query.slice(0, 20)));
    assert.ok(understood.terms.length <= 9, 'terms are capped');
  }
  // A long query of real words is capped too, and still finds them.
  const long = searcher.search('开发者'.repeat(4_000));
  assert.ok(long.hits.length > 0);
  assert.equal(long.understood.terms.length, 1);
});

test('a word as typed beats its synonyms on an equal match (律所 before 律师)', () => {
  const { hits } = searcher.search('律所');
  assert.equal(hits[0]?.doc.t, '商业服务 › 律所 · 非个人主体');
  assert.ok(hits.some((h) => h.doc.t === '商业服务 › 律师 · 个人主体'), 'the synonym still finds');
});

test('the qualification tables: the business table first unless the query names a subject type', () => {
  const first = (q: string) => searcher.search(q).hits.find((h) => h.doc.k === 'qualification')?.doc.h ?? '';
  assert.match(first('家政'), /\/enterprise\//);
  assert.match(first('个人 家政'), /\/personal\//);
  assert.match(first('海外 家政'), /\/overseas\//);
  // Ties with the guide's own records go to the guide: 快递 finds the category tree's 快递业与邮政 first.
  assert.equal(searcher.search('快递').hits[0]?.doc.k, 'category');
});
