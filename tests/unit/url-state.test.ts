import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxParamLength, readChoice, readParam, readText, withParams } from '../../src/lib/url-state.ts';
import { parseCount } from '../../src/lib/parse-number.ts';

const fortyZerosAndFive = `${'0'.repeat(40)}5`;

const texts: [search: string, key: string, expected: string | null][] = [
  ['', 'developers', null],
  ['?developers=3', 'developers', '3'],
  ['?developers=%EF%BC%95', 'developers', '５'],
  ['?developers=', 'developers', ''],
  ['?developers=%3Cscript%3E', 'developers', '<script>'],
  // The value is read whole, never a prefix of it (a 40-character cut made this 0).
  [`?developers=${fortyZerosAndFive}`, 'developers', fortyZerosAndFive],
  [`?developers=${'9'.repeat(100)}`, 'developers', '9'.repeat(100)],
  [`?developers=${'9'.repeat(maxParamLength)}`, 'developers', '9'.repeat(maxParamLength)],
  // Overlong: refused (see readParam for the reason), not cut.
  [`?developers=${'9'.repeat(maxParamLength + 1)}`, 'developers', null],
  ['?from=singlemessage&isappinstalled=0&developers=4', 'developers', '4'],
];
for (const [search, key, expected] of texts) {
  test(`readText(${search.slice(0, 60)})`, () => assert.equal(readText(search, key), expected));
}

test('the developers value of a shared link is parsed whole: 40 zeros and a 5 is 5', () => {
  assert.deepEqual(parseCount(readText(`?developers=${fortyZerosAndFive}`, 'developers')!, { max: 1000 }), { ok: true, value: 5 });
});

test('readParam says why an overlong value is refused', () => {
  assert.deepEqual(readParam('?testers=3', 'testers'), { value: '3', refused: null });
  assert.deepEqual(readParam('', 'testers'), { value: null, refused: null });
  const long = readParam(`?testers=${'1'.repeat(300)}`, 'testers');
  assert.equal(long.value, null);
  assert.equal(long.refused, '链接中的“testers”过长（300 个字符），已忽略。');
});

const choices: [search: string, expected: { value: string | null; invalid: boolean }][] = [
  ['', { value: null, invalid: false }],
  ['?side=oa', { value: 'oa', invalid: false }],
  ['?side=OA', { value: null, invalid: true }],
  ['?side=%22%3E%3Cimg', { value: null, invalid: true }],
  [`?side=oa${'x'.repeat(1000)}`, { value: null, invalid: true }],
  ['?from=timeline&side=mp', { value: 'mp', invalid: false }],
];
for (const [search, expected] of choices) {
  test(`readChoice(${search.slice(0, 40)})`, () => assert.deepEqual(readChoice(search, 'side', ['oa', 'mp'] as const), expected));
}

test('withParams sets, replaces and removes keys, keeps the others, and writes values whole', () => {
  assert.equal(withParams('', { a: '1' }), '?a=1');
  assert.equal(withParams('?a=1&b=2', { a: '3', b: null }), '?a=3');
  assert.equal(withParams('?a=1', { a: '' }), '');
  assert.equal(withParams('?x=keep', { groups: '５' }), '?x=keep&groups=%EF%BC%95');
  assert.equal(withParams('?from=singlemessage&isappinstalled=0', { developers: fortyZerosAndFive }), `?from=singlemessage&isappinstalled=0&developers=${fortyZerosAndFive}`);
});
