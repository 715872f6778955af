import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factText, fillFacts, lookupFact, lookupFactValue } from '../../src/lib/rules/facts.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import type { Limits } from '../../src/lib/rules/types.ts';

const { limits } = loadRuleSet();

const lookups: [key: string, value: number][] = [
  ['personal.minAge', 18],
  ['members.personal.developers', 5],
  ['members.personal.testers', 10],
  ['members.unverified.developers', 10],
  ['members.unverified.testers', 20],
  ['members.verified.developers', 20],
  ['members.verified.testers', 40],
  ['review.maxFunctionPageGroups', 5],
  ['remittance.deadlineDays', 10],
  ['certification.enterpriseFeeYuan', 300],
  ['association.perOfficialAccount.sameSubject', 10],
  ['association.perOfficialAccount.differentSubject', 3],
  ['association.perMiniProgram.officialAccounts', 500],
  ['association.monthly.officialAccount', 13],
  ['association.monthly.miniProgram', 500],
];
for (const [key, value] of lookups) {
  test(`lookupFact ${key} = ${value}`, () => assert.equal(lookupFact(limits, key), value));
}

const lists: [key: string, value: string[]][] = [
  ['email.notRegisteredOn', ['公众平台', '开放平台', '企业号']],
  ['association.surfaces', ['图文消息', '自定义菜单', '模板消息']],
];
for (const [key, value] of lists) {
  test(`lookupFactValue ${key} is a list of strings`, () => assert.deepEqual(lookupFactValue(limits, key), value));
  test(`lookupFact rejects the list ${key}: it is not a number to compute with`, () =>
    assert.throws(() => lookupFact(limits, key), /fact "[\w.]+" is not a number in limits\.yaml/));
}

const bad: [key: string, message: RegExp][] = [
  ['members.personal.admins', /unknown fact/],
  ['members.personal', /not a number/],
  ['members.personal.rule', /not a number/],
  ['', /unknown fact/],
  ['toString', /unknown fact/],
  ['email.notRegisteredOn.0', /unknown fact "email\.notRegisteredOn\.0"/],  // no indexing into a list
  ['email.notRegisteredOn.length', /unknown fact/],
];
for (const [key, message] of bad) {
  test(`lookupFact rejects "${key}"`, () => assert.throws(() => lookupFact(limits, key), message));
  test(`lookupFactValue rejects "${key}"`, () => assert.throws(() => lookupFactValue(limits, key), message));
}

const texts: [value: number | string[], text: string][] = [
  [10, '10'],
  [0, '0'],
  [['公众平台'], '公众平台'],
  [['图文消息', '自定义菜单', '模板消息'], '图文消息、自定义菜单、模板消息'],
];
for (const [value, text] of texts) {
  test(`factText ${JSON.stringify(value)} reads "${text}"`, () => assert.equal(factText(value), text));
}

const fills: [text: string, filled: string][] = [
  ['{remittance.deadlineDays}天内，{certification.enterpriseFeeYuan}元', '10天内，300元'],
  ['没有占位符', '没有占位符'],
  ['请填写未注册过{email.notRegisteredOn}、未绑定个人号的邮箱。', '请填写未注册过公众平台、开放平台、企业号、未绑定个人号的邮箱。'],
  ['可在{association.surfaces}等功能中使用，最多{association.monthly.officialAccount}次', '可在图文消息、自定义菜单、模板消息等功能中使用，最多13次'],
  ['{personal.minAge}岁以上包含 {personal.minAge} 岁', '18岁以上包含 18 岁'],
];
for (const [text, filled] of fills) {
  test(`fillFacts "${text}"`, () => assert.equal(fillFacts(text, limits), filled));
}

const fillErrors: [text: string, message: RegExp][] = [
  ['{nope.nope}', /unknown fact "nope\.nope"/],
  ['{members.personal}', /fact "members\.personal" is not a number or a list of strings/],
  ['{association.perMiniProgram.rule}', /is not a number or a list of strings/],
];
for (const [text, message] of fillErrors) {
  test(`fillFacts rejects "${text}"`, () => assert.throws(() => fillFacts(text, limits), message));
}

test('a list that is empty or holds a non-string is not a fact', () => {
  const odd = { ...limits, email: { notRegisteredOn: [] }, association: { ...limits.association, surfaces: ['图文消息', 3] } } as unknown as Limits;
  assert.throws(() => lookupFactValue(odd, 'email.notRegisteredOn'), /not a number or a list of strings/);
  assert.throws(() => lookupFactValue(odd, 'association.surfaces'), /not a number or a list of strings/);
});
