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
const docs = [
  doc('section', '绑定开发者', '/guide/preparation/#绑定开发者'),
  doc('rule', '个人主体小程序最多可绑定5个开发者、10个体验者。', '/rules/#R30'),
  doc('section', '提交审核', '/guide/review-and-release/#提交审核'),
];
const answers = { 1: { i: 'limit' as const, v: ['5个开发者', '10个体验者'], g: '/guide/preparation/#绑定开发者' } };
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
    const got = card === null ? null : card.kind === 'value' ? `value:${card.rule.h}` : `unknown:${card.nearest.h}`;
    assert.equal(got, expected, `${intents.join()} ${refs.join()}`);
  }
});
