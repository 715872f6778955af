import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerFor, answersOf, uncoveredTopic, valuesAsked } from '../../src/lib/search/answer.ts';
import type { SearchDoc } from '../../src/lib/search/types.ts';

test('the numbers a rule prints from the limits, by unit', () => {
  const limits = new Set([5, 10, 20, 40, 300, 13, 500, 3]);
  const table: [text: string, expected: ReturnType<typeof answersOf>][] = [
    ['个人主体小程序最多可绑定5个开发者、10个体验者。', { i: 'limit', v: ['5个开发者', '10个体验者'] }],
    ['请在10天内完成汇款，否则将注册失败。', { i: 'deadline', v: ['10天内完成汇款'] }],
    ['方式二 微信认证：需支付300元认证费，认证通过前小程序部分功能暂无法使用。', { i: 'fee', v: ['300元认证费'] }],
    ['公众号一个月可新增关联小程序13次，小程序一个月可新增关联500次。', { i: 'limit', v: ['13次', '500次'] }],
    ['个人主体：18岁以上有国内身份信息的微信实名用户。', null],
    ['最多可绑定7个开发者。', null],
    ['所有公众号都可以关联小程序。', null],
  ];
  for (const [text, expected] of table) assert.deepEqual(answersOf(text, limits), expected, text);
});

const doc = (k: SearchDoc['k'], t: string, h: string): SearchDoc => ({ k, t, h, c: '', s: '' });
const docs: SearchDoc[] = [
  doc('section', '绑定开发者', '/guide/preparation/#绑定开发者'),
  doc('rule', '个人主体小程序最多可绑定5个开发者、10个体验者。', '/rules/#R30'),
  doc('section', '提交审核', '/guide/review-and-release/#提交审核'),
  doc('section', '资质材料', '/guide/review-and-release/#资质材料'),
  { k: 'qualification', t: '出行与交通 › 打车（网约车） · 非个人主体', h: '/tools/categories/enterprise/#c-x', c: '2018-11-15 版，仅供参考', s: '', q: '需《网络预约出租汽车经营许可证》', e: '2018-11' },
  { k: 'qualification', t: '生活服务 › 家政 · 个人主体', h: '/tools/categories/personal/#c-y', c: '2018-11-15 版，仅供参考', s: '', q: '未列出资质文件', e: '2018-11' },
];
const answers = { 1: { i: 'limit' as const, v: ['5个开发者', '10个体验者'], g: '/guide/preparation/#绑定开发者', e: '指南（2018-04-16）' } };
const hits = (...refs: number[]) => refs.map((ref) => ({ doc: docs[ref]!, ref }));

test('the card: a rule answering the kind of number asked, else "not stated" and the nearest section', () => {
  const table: [intents: ('fee' | 'deadline' | 'limit' | 'place')[], refs: number[], expected: string | null][] = [
    [['limit'], [1, 0], 'value:/rules/#R30'],
    [['limit'], [0, 2], 'value:/rules/#R30'],        // a section whose heading a rule with the number cites
    [['fee'], [1, 0], 'unknown:/guide/preparation/#绑定开发者'],
    [['deadline'], [2], 'unknown:/guide/review-and-release/#提交审核'],
    [['place'], [1], null],
    [[], [1], null],
    [['limit'], [], null],
  ];
  for (const [intents, refs, expected] of table) {
    const card = answerFor(intents, hits(...refs), answers, docs);
    const got = card === null ? null : card.kind === 'value' ? `value:${card.rule.h}` : card.kind === 'unknown' ? `unknown:${card.nearest.h}` : 'documents';
    assert.equal(got, expected, `${intents.join()} ${refs.join()}`);
  }
});

test('a documents question: the first category of the top results, its documents, edition and source; else no card', () => {
  const editions = { '2018-11': { d: '2018-11-15', t: '小程序开放的服务类目', u: 'https://example.org/copy' } };
  const table: [intents: ('documents' | 'fee')[], refs: number[], expected: string | null][] = [
    [['documents'], [4, 3], 'documents:/tools/categories/enterprise/#c-x:需《网络预约出租汽车经营许可证》'],
    [['documents'], [3, 0, 4], 'documents:/tools/categories/enterprise/#c-x:需《网络预约出租汽车经营许可证》'],
    // a category whose table lists none: that is the answer (open to the subject, no documents listed)
    [['documents'], [5, 3], 'documents:/tools/categories/personal/#c-y:未列出资质文件'],
    // no category: no card (the guide's sections on 资质材料 answer in the results, not a guessed card)
    [['documents'], [3], null],
    [['documents'], [0, 1, 2, 3, 0, 4], null],      // beyond the first five
    [['documents', 'fee'], [3, 1], 'unknown:/guide/review-and-release/#资质材料'],
  ];
  for (const [intents, refs, expected] of table) {
    const card = answerFor(intents, hits(...refs), answers, docs, 5, editions);
    const got = card === null ? null : card.kind === 'documents' ? `documents:${card.category.h}:${card.documents}` : card.kind === 'unknown' ? `unknown:${card.nearest.h}` : 'value';
    assert.equal(got, expected, `${intents.join()} ${refs.join()}`);
    if (card?.kind === 'documents') assert.deepEqual(card.source, editions['2018-11']);
  }
  // An edition the index does not describe: the card still answers, without a source link.
  const card = answerFor(['documents'], [{ doc: { ...docs[4]!, e: 'unknown' }, ref: 4 }], answers, docs);
  assert.ok(card?.kind === 'documents' && card.source === null, JSON.stringify(card));
});

test('the values a question asks for: in the unit it counts in, for the thing it counts, else those it mentions, else all', () => {
  const nouns = ['开发者', '体验者', '同主体的小程序', '不同主体的小程序', '公众号'];
  const table: [values: string[], query: string | undefined, expected: string[]][] = [
    [['10个同主体的小程序', '3个不同主体的小程序'], '一个公众号能关联几个小程序', ['10个同主体的小程序', '3个不同主体的小程序']],
    [['500个公众号'], '一个公众号能关联几个小程序', []],                 // counts 公众号, asked for 小程序
    [['13次', '500次'], '一个公众号能关联几个小程序', []],               // 几个 is not 几次
    [['13次', '500次'], '公众号每月能关联几次小程序', ['13次', '500次']],
    [['5个开发者', '10个体验者'], '个人小程序最多几个开发者', ['5个开发者']],
    [['5个开发者', '10个体验者'], '体验者最多能加多少人', ['10个体验者']], // 多少人 counts 个
    [['5个开发者', '10个体验者'], '个人主体成员上限', ['5个开发者', '10个体验者']],
    [['300元认证费'], '认证要多少钱', ['300元认证费']],
    [['10天内完成汇款'], '汇款期限是几天', ['10天内完成汇款']],
    [['5个开发者'], undefined, ['5个开发者']],
  ];
  for (const [values, query, expected] of table) assert.deepEqual(valuesAsked(values, query, nouns), expected, query);
});

test('a 指南未涉及 topic: every word of one trigger present (a word\'s spellings split by "/"), none of its "!" words', () => {
  const topics = ['名字/名称 占用/重复|重名', '注销|!备案', '密码 找回/忘'];
  const table: [query: string, expected: number][] = [
    ['名字被占用了怎么办', 0], ['小程序名称重复', 0], ['有重名', 0], ['占用', -1], ['邮箱被占用了', -1],
    ['注销小程序', 1], ['注销备案', -1], ['忘记密码', 2], ['密码', -1], ['ＷＯ 名 字 被 占 用', 0], ['', -1],
  ];
  for (const [query, expected] of table) assert.equal(uncoveredTopic(query, topics), expected, query);
  // The card comes first, whatever the results and intents.
  assert.deepEqual(answerFor(['limit'], hits(1), answers, docs, 5, {}, { query: '名字被占用', uncovered: topics }), { kind: 'uncovered', topic: 0 });
});

test('a documents card only when the terms pick out one category: a name as typed beats a synonym; two categories tied, no card', () => {
  const q = (t: string, e = 'enterprise'): SearchDoc => ({ k: 'qualification', t, h: `/tools/categories/${e}/#${t}`, c: '', s: '', q: '需《甲》', e: '2018-11' });
  const rows = [q('商业服务 › 律所 · 非个人主体'), q('商业服务 › 律师 · 个人主体', 'personal'), q('医疗 › 医疗器械生产企业 · 非个人主体'),
    q('医疗 › 医疗器械经营、销售 · 非个人主体'), q('商业服务 › 律所 · 海外主体', 'overseas')];
  const term = (text: string, ...alts: string[]) => ({ text, alts: [text, ...alts] });
  const pick = (refs: number[], terms: { text: string; alts: string[] }[], partial = false) => {
    const card = answerFor(['documents'], refs.map((r) => ({ doc: rows[r]!, ref: r, partial })), {}, [], 5, {}, { terms });
    return card?.kind === 'documents' ? card.category.t : null;
  };
  assert.equal(pick([1, 0], [term('律所', '律师')]), '商业服务 › 律所 · 非个人主体');
  assert.equal(pick([1, 0], [term('律师事务所', '律所', '律师')]), '商业服务 › 律所 · 非个人主体'); // the first synonym listed is the nearer reading
  assert.equal(pick([2, 3], [term('医疗'), term('器械')]), null);
  assert.equal(pick([2, 3], [term('医疗'), term('器械'), term('卖', '销售')]), '医疗 › 医疗器械经营、销售 · 非个人主体');
  assert.equal(pick([4, 0], [term('律所')]), '商业服务 › 律所 · 海外主体'); // the same category: the first in rank order
  assert.equal(pick([0], [term('律所')], true), null);                       // a partial match picks nothing
});
