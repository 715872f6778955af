// The one matcher's typo tolerance (src/lib/search/fuse-match.ts, Fuse.js), which replaced the hand-written
// approximate matcher (approx.ts): the same typos in pinyin, initials and English match as before, scored
// as edits ÷ term length; and it is used only when a query needs it (engine.ts: wantsApprox, setApprox).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fuseMatcher } from '../../src/lib/search/fuse-match.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';
import { buildRealIndex } from '../support/search-index.ts';

/** One record per value, the value as its title pinyin (y), as record-values.ts gives them. */
const records = (values: string[]) => values.map((v) => [['标题'], [v], [''], [], [], []]);

test('a Latin term matches part of a short value with few enough edits, scored as edits ÷ length (as approx.ts did)', () => {
  const table: [term: string, value: string, score: number | null, indices?: [number, number]][] = [
    ['kuadi', 'kuaidiwuliu', 0.2, [0, 5]],
    ['tiyanze', 'tiyanzhe', 1 / 7],
    ['unoinid', 'unionid', 2 / 7],
    ['weixinzhfu', 'weixinzhifu', 0.1],
    ['gongzhognhao', 'gongzhonghao', 2 / 12],
    ['xyzqwv', 'kuaidiwuliu', null],
    ['qqqqqq', 'qiyehao', null],
  ];
  for (const [term, value, score, indices] of table) {
    const got = fuseMatcher(records([value]))(term).get(0);
    if (score === null) { assert.equal(got, undefined, `${term}/${value}`); continue; }
    assert.ok(got, `${term}/${value}`);
    assert.equal(got.matches[0]!.key, 'y');
    // Bitap's score is edits ÷ length; the record's score weighs it by the field (match.ts's fieldScore).
    const raw = Math.pow(got.score / (got.matches[0]!.indices[0]![0] === 0 ? 0.5 : 1), 12.5 / 3);
    assert.ok(Math.abs(raw - score) < 0.02, `${term}/${value}: ${raw}`);
    if (indices) assert.deepEqual(got.matches[0]!.indices[0], indices, `${term}/${value}`);
  }
});

test('a term matches each distinct value once, and every record holding it', () => {
  const m = fuseMatcher(records(['kuaidiwuliu', 'kuaidiwuliu', 'youzheng']))('kuadi');
  assert.deepEqual([...m.keys()], [0, 1]);
});

const index = JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex;

test('the site search: a typo in letters needs Fuse, which loads only then; once set, the typos find what they did', () => {
  const s = createSiteSearcher(index);
  const table: [query: string, wants: boolean][] = [
    ['kuadi', true], ['unoinid', true], ['kuaidi', false], ['kd', false], ['快递', false], ['300', false], ['xyzqwv', true], ['', false],
  ];
  for (const [query, wants] of table) assert.equal(s.wantsApprox(query), wants, query);
  assert.deepEqual(s.search('kuadi').hits, [], 'no typo tolerance before Fuse is loaded');
  s.setApprox(fuseMatcher);
  assert.equal(s.wantsApprox('kuadi'), false, 'loaded once');
  const firsts: [query: string, first3: string][] = [
    ['kuadi', '快递业与邮政'], ['tiyanze', '/rules/#R30'], ['weixinzhfu', '/guide/payment/'],
    ['unoinid', '/guide/open-platform/#unionid机制说明'], ['gongzhognhao', '/guide/official-account/'],
  ];
  for (const [query, expected] of firsts) {
    const top = s.search(query).hits.slice(0, 3).map((h) => (h.doc.k === 'category' ? h.doc.t : h.doc.h));
    assert.ok(top.includes(expected), `${query}: ${top.join(' | ')}`);
  }
  assert.deepEqual(s.search('xyzqwv').hits, [], 'nonsense still finds nothing');
  assert.deepEqual(s.search('qqqqqq').hits, []);
});
