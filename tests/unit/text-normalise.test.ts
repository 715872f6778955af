import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseChars, normaliseQuery, queryTerms, stripInvisible } from '../../src/lib/text-normalise.ts';

test('queries are normalised the way readers type them', () => {
  const table: [string, string][] = [
    ['账号', '帐号'],
    ['帐号', '帐号'],
    ['ＡｐｐＩＤ', 'appid'],
    ['３００', '300'],
    ['  Kuai   Di  ', 'kuai di'],
    ["xi'an", 'xian'],
    ['快递、物流', '快递 物流'],
    ['<script>alert(1)</script>', 'script alert 1 script'],
    ['！！？？', ''],
    ['', ''],
    ['a'.repeat(100), 'a'.repeat(64)],
  ];
  for (const [input, expected] of table) assert.equal(normaliseQuery(input), expected, input);
});

test('text is normalised character by character, so positions stay the same', () => {
  const table: [string, string][] = [
    ['对公账户', '对公帐户'],
    ['获取AppID', '获取appid'],
    ['（１０天）', '（10天）'],
    ['出境WiFi', '出境wifi'],
  ];
  for (const [input, expected] of table) {
    assert.equal(normaliseChars(input), expected, input);
    assert.equal(normaliseChars(input).length, input.length, input);
  }
});

test('a query splits into terms where characters meet letters or digits', () => {
  const table: [string, string[]][] = [
    ['kuai递', ['kuai', '递']],
    ['微信zhifu', ['微信', 'zhifu']],
    ['个人 体验者', ['个人', '体验者']],
    ['10天', ['10', '天']],
    ['R30', ['r30']],
    ['   ', []],
  ];
  for (const [input, expected] of table) assert.deepEqual(queryTerms(input), expected, input);
});

// Text pasted from a chat often carries invisible format characters (Unicode Cf); a query is read
// without them, so "体​验者" with a zero-width space is "体验者".
test('invisible format characters are dropped from a query', () => {
  const table: [name: string, input: string, expected: string][] = [
    ['zero-width space', '体\u200b验者', '体验者'],
    ['zero-width joiner', '体\u200d验者', '体验者'],
    ['zero-width non-joiner', '体验\u200c者', '体验者'],
    ['byte order mark', '\ufeff体验者', '体验者'],
    ['right-to-left override', '\u202e体验者\u202c', '体验者'],
    ['right-to-left isolate', '\u2067体验者\u2069', '体验者'],
    ['left-to-right mark', '体验者\u200e', '体验者'],
    ['word joiner', 'App\u2060ID', 'appid'],
    ['soft hyphen', 'kuai\u00addi', 'kuaidi'],
    ['arabic letter mark', '快\u061c递', '快递'],
    ['between words, the space stays', '个人\u200b 体验者', '个人 体验者'],
    ['only invisible', '\u200b\u200d\ufeff', ''],
  ];
  for (const [name, input, expected] of table) assert.equal(normaliseQuery(input), expected, name);
  assert.deepEqual(queryTerms('体\u200b验者'), ['体验者']);
  for (const [, input] of table) assert.equal(stripInvisible(input).match(/\p{Cf}/u), null);
});
