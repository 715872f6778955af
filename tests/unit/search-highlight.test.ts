import { test } from 'node:test';
import assert from 'node:assert/strict';
import { highlightRanges, mergeRanges, snippet, toSegments } from '../../src/lib/search/highlight.ts';
import { syllablesOf } from '../../src/lib/search/pinyin.ts';

test('matched characters are found for characters, pinyin, initials and variants', () => {
  const table: [text: string, query: string, marked: string[]][] = [
    ['快递、物流', '快递', ['快递']],
    ['快递、物流', 'kuaidi', ['快递']],
    ['快递、物流', 'kuaid', ['快递']],
    ['快递、物流', 'kd', ['快递']],
    ['快递、物流', 'wl', ['物流']],
    ['快递、物流', 'kuai递', ['快递']],
    ['测试帐号', '账号', ['帐号']],
    ['获取AppID', 'appid', ['AppID']],
    ['出境WiFi', 'wifi', ['WiFi']],
    ['出境WiFi', 'cj', ['出境']],
    ['重庆', 'chongqing', ['重庆']],
    ['快递、物流', 'xyz', []],
  ];
  for (const [text, query, marked] of table) {
    const got = toSegments(text, highlightRanges(text, query, syllablesOf(text))).filter((s) => s.hit).map((s) => s.text);
    assert.deepEqual(got, marked, `${text} / ${query}`);
  }
});

test('overlapping ranges merge', () => {
  assert.deepEqual(mergeRanges([[4, 6], [0, 2], [1, 3], [6, 7]]), [[0, 3], [4, 7]]);
});

test('a snippet is a window around the first match, cut with an ellipsis', () => {
  const text = '个人主体小程序最多可绑定5个开发者、10个体验者。未认证的组织类型小程序最多可绑定10个开发者、20个体验者。';
  const parts = snippet(text, '体验者', 20);
  assert.equal(parts[0]!.text, '…');
  assert.equal(parts.at(-1)!.text, '…');
  assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ['体验者']);
  assert.deepEqual(snippet('短文本', 'xyz'), [{ text: '短文本', hit: false }]);
});

test('a fuzzy pinyin match (a typo) marks the characters behind it', async () => {
  const { rangesFromPinyinIndices } = await import('../../src/lib/search/highlight.ts');
  // "kuadi" against "kuaidiwuliu": Fuse reports letters 0-5 ("kuaid").
  assert.deepEqual(rangesFromPinyinIndices(syllablesOf('快递、物流'), [[0, 5]]), [[0, 2]]);
  assert.deepEqual(rangesFromPinyinIndices(syllablesOf('快递、物流'), [[6, 6]]), []);
  assert.deepEqual(rangesFromPinyinIndices(syllablesOf('出境WiFi'), [[7, 10]]), [[2, 6]]);
});
