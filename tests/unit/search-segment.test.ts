import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, vocabularyOf } from '../../src/lib/search/segment.ts';

const vocabulary = vocabularyOf(['体验者', '体验', '最多', '多少', '公众号', '公众', '小程序', '关联', '一个', '能', '吗']);

test('forward maximum matching takes the longest vocabulary word at each position', () => {
  const table: [text: string, words: string[]][] = [
    ['体验者最多能加多少人', ['体验者', '最多', '能', '加', '多少', '人']],
    ['一个公众号能关联多少个小程序', ['一个', '公众号', '能', '关联', '多少', '个', '小程序']],
    ['公众', ['公众']],
    ['火星探测', ['火', '星', '探', '测']],
    ['', []],
    ['😀体验', ['😀', '体验']],
  ];
  for (const [text, words] of table) assert.deepEqual(segment(text, vocabulary), words, text);
});

test('work is bounded: a long run is split in one pass', () => {
  const words = segment('体'.repeat(10_000), vocabulary);
  assert.equal(words.length, 10_000);
});
