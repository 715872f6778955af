import { test } from 'node:test';
import assert from 'node:assert/strict';
import { approxMatch, editDistance } from '../../src/lib/search/approx.ts';

test('edit distance', () => {
  const table: [string, string, number][] = [['', '', 0], ['kuadi', 'kuaidi', 1], ['unoinid', 'unionid', 2], ['abc', 'abc', 0], ['abc', '', 3]];
  for (const [a, b, d] of table) assert.equal(editDistance(a, b), d, `${a}/${b}`);
});

test('a term matches part of a value with few enough edits, scored as edits ÷ length', () => {
  const table: [term: string, value: string, score: number | null, indices?: [number, number]][] = [
    ['kuadi', 'kuaidiwuliu', 0.2, [0, 5]],
    ['tiyanze', 'tiyanzhe', 1 / 7, [0, 7]],
    ['unoinid', 'unionid', 2 / 7],
    ['weixinzhfu', 'weixinzhifu', 0.1],
    ['gongzhognhao', 'gongzhonghao', 2 / 12],
    ['xyzqwv', 'kuaidiwuliu', null],
    ['qqqqqq', 'qiyehao', null],
    ['kuaidi', 'kuaidiwuliu', 0.001, [0, 5]],
    ['', 'abc', null],
    ['x'.repeat(40), 'x'.repeat(40), null],
  ];
  for (const [term, value, score, indices] of table) {
    const got = approxMatch(term, value);
    if (score === null) { assert.equal(got, null, `${term}/${value}`); continue; }
    assert.ok(got, `${term}/${value}`);
    assert.ok(Math.abs(got.score - score) < 1e-9, `${term}/${value}: ${got.score}`);
    if (indices) assert.deepEqual(got.indices[0], indices, `${term}/${value}`);
  }
});
