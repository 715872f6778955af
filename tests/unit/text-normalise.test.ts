import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseChars, normaliseQuery, queryTerms } from '../../src/lib/text-normalise.ts';

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
