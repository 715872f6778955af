import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSynonyms, SynonymDataError } from '../../src/lib/search/synonyms.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';

test('the curated synonyms cover the issue examples', () => {
  const s = loadSynonyms();
  const table: [word: string, means: string][] = [
    ['打钱', '汇款'], ['转账', '汇款'], ['打钱', '打款'], ['上架', '发布'], ['上线', '发布'], ['付款', '微信支付'], ['收款', '微信支付'],
    ['付款功能', '微信支付'], ['公号', '公众号'], ['个体', '个体工商户'], ['审批', '审核'], ['外卖', '外送'],
  ];
  for (const [word, means] of table) assert.ok(s[word]?.includes(means), `${word} → ${means}`);
});

test('a malformed synonyms file fails naming the file, the entry and the field', () => {
  const table: [raw: unknown, message: RegExp][] = [
    [{ words: ['打钱'] }, /synonyms\.yaml: 文件/],
    [[{ words: ['打钱'] }], /第 1 条 means/],
    [[{ words: ['打钱'], means: ['汇款'] }, { words: [''], means: ['发布'] }], /第 2 条 words\.0：不能为空/],
    [[{ words: ['打钱'], means: ['汇款'], extra: 1 }], /第 1 条/],
    [[{ words: ['打钱'], means: ['汇款'] }, { words: ['打钱'], means: ['发布'] }], /第 2 条 words：“打钱”已在前面的条目中出现/],
    [[{ words: ['汇款'], means: ['汇款'] }], /第 1 条 words：“汇款”与 means 重复/],
    [[{ words: ['a<b'], means: ['汇款'] }], /第 1 条 words\.0：只能是汉字、字母或数字/],
  ];
  for (const [raw, message] of table) assert.throws(() => buildSynonyms(raw, 'content/search/synonyms.yaml'), (e: unknown) => e instanceof SynonymDataError && message.test((e as Error).message), String(message));
  assert.throws(() => buildSynonyms([{ words: ['打钱'], means: ['火星'] }], 'content/search/synonyms.yaml', (w) => w !== '火星'), /means：“火星”在本站内容中没有出现/);
});
