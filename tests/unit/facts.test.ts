import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillFacts, lookupFact } from '../../src/lib/rules/facts.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

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

const bad: [key: string, message: RegExp][] = [
  ['members.personal.admins', /unknown fact/],
  ['members.personal', /not a number/],
  ['members.personal.rule', /not a number/],
  ['', /unknown fact/],
  ['toString', /unknown fact/],
];
for (const [key, message] of bad) {
  test(`lookupFact rejects "${key}"`, () => assert.throws(() => lookupFact(limits, key), message));
}

test('fillFacts fills every placeholder and leaves other text alone', () => {
  assert.equal(fillFacts('{remittance.deadlineDays}天内，{certification.enterpriseFeeYuan}元', limits), '10天内，300元');
  assert.equal(fillFacts('没有占位符', limits), '没有占位符');
  assert.throws(() => fillFacts('{nope.nope}', limits), /unknown fact "nope\.nope"/);
});
