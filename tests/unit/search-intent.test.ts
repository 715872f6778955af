import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionWords, intentsOf, intentWords } from '../../src/lib/search/intent.ts';

test('question words say what is asked for', () => {
  const table: [words: string[], intents: string[]][] = [
    [['认证', '多少钱'], ['fee']],
    [['认证', '费用', '多少'], ['fee', 'limit']],
    [['汇款', '几天'], ['deadline']],
    [['审核', '要', '多久'], ['deadline']],
    [['头像', '什么时候', '能', '改'], ['deadline']],
    [['体验者', '最多', '能', '加', '多少', '人'], ['limit']],
    [['公众号', '几个'], ['limit']],
    [['认证', '入口', '在哪'], ['place']],
    [['网约车', '需要什么', '证'], ['documents']],
    [['律所', '资质'], ['documents']],
    [['律师事务所', '需要什么', '资质'], ['documents']],
    [['外卖', '要', '什么', '许可证'], ['documents']],
    [['驾校', '哪些证'], ['documents']],
    [['资质', '多少钱'], ['documents', 'fee']],
    [['体验者'], []],
  ];
  for (const [words, intents] of table) assert.deepEqual(intentsOf(words), intents, words.join('|'));
});

test('function words are never content words the guide needs', () => {
  for (const w of ['体验者', '开发者', '认证', '审核', '汇款', '公众号', '小程序']) {
    assert.equal(functionWords.has(w), false, w);
    assert.equal(w in intentWords, false, w);
  }
  for (const w of ['吗', '呢', '啊', '怎么', '如何', '什么', '哪里', '是不是', '可以', '能不能', '一下', '的', '了']) {
    assert.ok(functionWords.has(w) || w in intentWords, w);
  }
});
