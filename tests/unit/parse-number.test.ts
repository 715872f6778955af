import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCount } from '../../src/lib/parse-number.ts';

const ok: [input: string, value: number][] = [
  ['0', 0], ['3', 3], ['５', 5], ['１２', 12], [' 3 个', 3], ['3个', 3], ['\u30003\u3000', 3], ['+4', 4],
  ['1,000', 1000], ['1，000', 1000], ['007', 7], ['2 组', 2], ['9999', 9999],
  // Pasted from a chat with invisible characters (zero-width space and joiner, BOM, bidi controls).
  ['\u200b5', 5], ['1\u200d2', 12], ['\ufeff3 个', 3], ['\u202e7\u202c', 7], ['1,\u2060000', 1000],
  // A value is parsed whole, however many leading zeros (a 40-character cut once made this 0).
  [`${'0'.repeat(40)}5`, 5],
];
for (const [input, value] of ok) {
  test(`parseCount(${JSON.stringify(input)}) = ${value}`, () => {
    assert.deepEqual(parseCount(input, { max: 9999, unit: '组' }), { ok: true, value });
  });
}

const bad: [input: string, message: RegExp][] = [
  ['', /请填写一个数字/], ['   ', /请填写一个数字/], ['个', /单位前填写数字/],
  ['-3', /不能是负数/], ['－3', /不能是负数/], ['−3', /不能是负数/],
  ['1.5', /整数/], ['１．５', /整数/], ['3.', /整数/], ['.5', /整数/],
  ['abc', /阿拉伯数字/], ['三', /阿拉伯数字/], ['3a', /阿拉伯数字/], ['1,00', /阿拉伯数字/], ['<script>', /阿拉伯数字/],
  ['\u200b', /请填写一个数字/], ['5\u200b-', /阿拉伯数字/],
  ['10000', /不超过 9999/], ['99999999999999999', /不超过 9999/], ['1e3', /阿拉伯数字/], ['0x10', /阿拉伯数字/],
];
for (const [input, message] of bad) {
  test(`parseCount(${JSON.stringify(input)}) is refused with a Chinese message`, () => {
    const r = parseCount(input, { max: 9999 });
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.message, message);
  });
}

test('the limit itself is accepted and one above it is not', () => {
  assert.deepEqual(parseCount('20', { max: 20 }), { ok: true, value: 20 });
  assert.equal(parseCount('21', { max: 20 }).ok, false);
});
