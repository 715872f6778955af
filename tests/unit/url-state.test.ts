import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxParamLength, readChoice, readText, withParams } from '../../src/lib/url-state.ts';

const texts: [search: string, key: string, expected: string | null][] = [
  ['', 'developers', null],
  ['?developers=3', 'developers', '3'],
  ['?developers=%EF%BC%95', 'developers', '５'],
  ['?developers=', 'developers', ''],
  ['?developers=%3Cscript%3E', 'developers', '<script>'],
  [`?developers=${'9'.repeat(100)}`, 'developers', '9'.repeat(maxParamLength)],
];
for (const [search, key, expected] of texts) {
  test(`readText(${search})`, () => assert.equal(readText(search, key), expected));
}

const choices: [search: string, expected: { value: string | null; invalid: boolean }][] = [
  ['', { value: null, invalid: false }],
  ['?side=oa', { value: 'oa', invalid: false }],
  ['?side=OA', { value: null, invalid: true }],
  ['?side=%22%3E%3Cimg', { value: null, invalid: true }],
];
for (const [search, expected] of choices) {
  test(`readChoice(${search})`, () => assert.deepEqual(readChoice(search, 'side', ['oa', 'mp'] as const), expected));
}

test('withParams sets, replaces and removes keys and keeps the others', () => {
  assert.equal(withParams('', { a: '1' }), '?a=1');
  assert.equal(withParams('?a=1&b=2', { a: '3', b: null }), '?a=3');
  assert.equal(withParams('?a=1', { a: '' }), '');
  assert.equal(withParams('?x=keep', { groups: '５' }), '?x=keep&groups=%EF%BC%95');
});
