import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerFor, answersOf } from '../../src/lib/search/answer.ts';
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
