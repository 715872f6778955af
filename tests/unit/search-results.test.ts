// The dialog's results: their order, their groups (the best first when kinds mix), and the status line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupHits, orderHits, type RankedHit } from '../../src/lib/search/results.ts';
import { expandedNote, statusText, type StatusInput } from '../../src/lib/search/status.ts';
import type { SearchResult } from '../../src/lib/search/rank.ts';
import type { SearchDoc, SearchKind } from '../../src/lib/search/types.ts';

const hit = (k: SearchKind, t: string, score = 0.1, extra: Partial<RankedHit> = {}): RankedHit => ({
  doc: { k, t, h: `/${t}`, c: '', s: '' } satisfies SearchDoc, ref: 0, score, matches: [], matched: 1, partial: false, ...extra,
});

test('order: full matches first, then the score (how much of the question is covered), then the kind, then the shorter title', () => {
  const table: [name: string, hits: RankedHit[], titles: string[]][] = [
    ['full before partial', [hit('section', 'a', 0.1, { partial: true }), hit('section', 'b', 0.5)], ['b', 'a']],
    ['weight, not the count of terms', [hit('section', 'a', 0.1), hit('section', 'b', 0.5, { matched: 2 })], ['a', 'b']],
    ['score', [hit('section', 'a', 0.5), hit('section', 'b', 0.1)], ['b', 'a']],
    ['kind', [hit('tool', 'a'), hit('rule', 'b'), hit('section', 'c')], ['c', 'b', 'a']],
    ['title length', [hit('rule', 'abc'), hit('rule', 'ab')], ['ab', 'abc']],
  ];
  for (const [name, hits, titles] of table) assert.deepEqual(orderHits(hits, 10).map((h) => h.doc.t), titles, name);
  assert.equal(orderHits([hit('rule', 'a'), hit('rule', 'b')], 1).length, 1, 'cut to the limit');
});

test('groups: the best three first when kinds mix and more follow; then one group a kind, numbered in order', () => {
  const shape = (hits: RankedHit[]) => groupHits(hits).map((g) => `${g.kind}:${g.hits.map((h) => `${h.index}${h.hit.doc.t}`).join(',')}`);
  const table: [name: string, hits: RankedHit[], groups: string[]][] = [
    ['one kind: no best group', [hit('rule', 'a'), hit('rule', 'b'), hit('rule', 'c'), hit('rule', 'd')], ['rule:0a,1b,2c,3d']],
    ['mixed, three or fewer: by kind', [hit('rule', 'a'), hit('section', 'b'), hit('rule', 'c')], ['rule:0a,1c', 'section:2b']],
    ['mixed, more than three', [hit('rule', 'a'), hit('section', 'b'), hit('rule', 'c'), hit('tool', 'd'), hit('rule', 'e')],
      ['best:0a,1b,2c', 'tool:3d', 'rule:4e']],
    ['none', [], []],
  ];
  for (const [name, hits, groups] of table) assert.deepEqual(shape(hits), groups, name);
});

test('the status line and the note on synonyms', () => {
  const result = (hits: RankedHit[], terms = 1, expanded: string[] = []): SearchResult => ({
    hits, understood: { terms: Array.from({ length: terms }, () => ({ text: 'x', alts: ['x'] })), intents: [], expanded, phrases: [], unknown: [], unmatched: [] },
  });
  const base: StatusInput = { failed: false, loaded: true, query: '体验者', result: result([hit('rule', 'a')]), maxResults: 20 };
  const table: [name: string, change: Partial<StatusInput>, status: string][] = [
    ['failed', { failed: true }, '搜索索引加载失败。'],
    ['loading, with a query', { loaded: false, result: null }, '正在加载搜索索引…'],
    ['loading, no query', { loaded: false, query: ' ', result: null }, ''],
    ['no query', { query: '', result: null }, ''],
    ['found', {}, '找到 1 条结果'],
    ['found, partly', { result: result([hit('rule', 'a'), hit('rule', 'b', 0.5, { partial: true })]) }, '找到 2 条结果，其中 1 条部分匹配'],
    ['found, the most shown', { maxResults: 1 }, '找到 1 条结果（只显示最相关的）'],
    ['nothing searchable', { query: '吗', result: result([], 0) }, '没有找到可搜索的文字：请输入汉字、拼音、字母或数字'],
    ['nothing found', { query: '火星', result: result([]) }, '没有找到与“火星”相关的内容'],
    ['nothing found, a long query cut', { query: '火'.repeat(30), result: result([]) }, `没有找到与“${'火'.repeat(24)}…”相关的内容`],
  ];
  for (const [name, change, status] of table) assert.equal(statusText({ ...base, ...change }), status, name);
  assert.equal(expandedNote(result([hit('rule', 'a')], 1, ['汇款', '打款'])), '也搜索了：汇款、打款');
  assert.equal(expandedNote(result([], 1, ['汇款'])), '');
  assert.equal(expandedNote(null), '');
});
