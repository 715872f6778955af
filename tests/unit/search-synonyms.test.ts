import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSynonyms, SynonymDataError } from '../../src/lib/search/synonyms.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';
import { functionWords, intentWords } from '../../src/lib/search/intent.ts';
import { packSynonyms, unpackSynonyms } from '../../src/lib/search/synonym-pack.ts';

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

test('issue 22: readers\' vocabulary for whole questions (everyday words, English, traditional phrases)', () => {
  const s = loadSynonyms();
  const table: [word: string, means: string][] = [
    ['改名', '名称'], ['换绑', '绑定'], ['境外公司', '海外主体'], ['学生', '个人'], ['身份证', '身份信息'], ['被拒', '拒绝'],
    ['developer', '开发者'], ['openid', 'UnionID'], ['icp', '备案'], ['mini', '小程序'], ['program', '小程序'], ['wechat', '微信'],
    ['小程式', '小程序'], ['填错', '变更'], ['超时', '期限'],
  ];
  for (const [word, means] of table) assert.ok(s[word]?.includes(means), `${word} → ${means}`);
  // 交钱、收费、要钱 ask for a fee: the question's intent, which favours records stating one (intent.ts).
  for (const w of ['交钱', '收费', '要钱']) assert.equal(intentWords[w], 'fee', w);
});

test('every reader\'s word can reach the matcher: not a function or intent word (dropped first), English in lower case', () => {
  for (const word of Object.keys(loadSynonyms())) {
    assert.ok(!functionWords.has(word) && !(word in intentWords), `${word} would be dropped as part of the question's frame`);
    if (/[a-z]/i.test(word)) assert.match(word, /^[a-z0-9]+$/, `${word}: queries are matched in lower case`);
  }
});

test('the synonyms travel packed in the index and unpack to the same map', () => {
  const s = loadSynonyms();
  const unpacked = unpackSynonyms(packSynonyms(s));
  assert.deepEqual(Object.fromEntries(unpacked), s);
  assert.equal(packSynonyms({ 打钱: ['汇款', '打款'], 转账: ['汇款', '打款'], 上架: ['发布'] }), '打钱 转账=汇款 打款;上架=发布');
  assert.deepEqual(unpackSynonyms(''), new Map());
});
