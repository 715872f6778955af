import { test } from 'node:test';
import assert from 'node:assert/strict';
import { functionPages, memberQuota, miniProgramAssociations, officialAccountAssociations, slot } from '../../src/lib/quotas.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { capabilities, guideEdition } from '../../src/lib/capabilities.ts';
import type { GroupId } from '../../src/lib/rules/types.ts';

const rules = loadRuleSet();
const { limits } = rules;
/** What a group's limits depend on, from capabilities.ts. */
const can = (group: GroupId) => capabilities(group, guideEdition, rules);
const m = limits.members;
const a = limits.association;

test('slot at 0, limit - 1, limit and limit + 1', () => {
  assert.deepEqual(slot(10, 0), { limit: 10, used: 0, left: 10, over: 0 });
  assert.deepEqual(slot(10, 9), { limit: 10, used: 9, left: 1, over: 0 });
  assert.deepEqual(slot(10, 10), { limit: 10, used: 10, left: 0, over: 0 });
  assert.deepEqual(slot(10, 11), { limit: 10, used: 11, left: 0, over: 1 });
});

const tiers: [group: GroupId, certified: boolean, tier: 'personal' | 'unverified' | 'verified', raise: string][] = [
  ['personal', false, 'personal', 'personal-cannot-certify'],
  ['personal', true, 'personal', 'personal-cannot-certify'], // R41: a personal account cannot be certified
  ['enterprise', false, 'unverified', 'certify'],
  ['enterprise', true, 'verified', 'highest'],
  ['organisation', false, 'unverified', 'certify'],
  ['organisation', true, 'verified', 'highest'],
];
for (const [group, certified, tier, raise] of tiers) {
  const t = m[tier];
  for (const used of [0, t.developers - 1, t.developers, t.developers + 1]) {
    test(`members: ${group}${certified ? ' certified' : ''} with ${used} developers`, () => {
      const r = memberQuota(limits, { can: can(group), certified, developers: used, testers: 0 });
      assert.equal(r.tier, tier);
      assert.equal(r.rule, t.rule);
      assert.equal(r.raise.kind, raise);
      assert.deepEqual(r.developers, slot(t.developers, used));
      assert.equal(r.overLimit, used > t.developers);
    });
  }
  for (const used of [0, t.testers - 1, t.testers, t.testers + 1]) {
    test(`members: ${group}${certified ? ' certified' : ''} with ${used} testers`, () => {
      const r = memberQuota(limits, { can: can(group), certified, developers: 0, testers: used });
      assert.deepEqual(r.testers, slot(t.testers, used));
      assert.equal(r.overLimit, used > t.testers);
    });
  }
}

test('certification raises an unverified account to the verified limits', () => {
  const r = memberQuota(limits, { can: can('enterprise'), certified: false, developers: m.unverified.developers + 1, testers: 0 });
  assert.deepEqual(r.raise, { kind: 'certify', tier: 'verified', developers: m.verified.developers, testers: m.verified.testers, rule: m.verified.rule });
});

const S = a.perOfficialAccount.sameSubject;
const D = a.perOfficialAccount.differentSubject;
const M = a.monthly.officialAccount;
const oaCases: [same: number, different: number, month: number, canSame: boolean, canDifferent: boolean, possible: number][] = [
  [0, 0, 0, true, true, Math.min(M, S + D)],
  [S - 1, 0, 0, true, true, Math.min(M, 1 + D)],
  [S, 0, 0, false, true, Math.min(M, D)],
  [S + 1, 0, 0, false, true, Math.min(M, D)],
  [0, D - 1, 0, true, true, Math.min(M, S + 1)],
  [0, D, 0, true, false, Math.min(M, S)],
  [0, D + 1, 0, true, false, Math.min(M, S)],
  [0, 0, M - 1, true, true, 1],
  [0, 0, M, false, false, 0],
  [0, 0, M + 1, false, false, 0],
  [S, D, 0, false, false, 0],
];
for (const [same, different, month, canSame, canDifferent, possible] of oaCases) {
  test(`公众号: ${same} same-subject, ${different} different-subject, ${month} added this month`, () => {
    const r = officialAccountAssociations(limits, { sameSubject: same, differentSubject: different, addedThisMonth: month });
    assert.equal(r.canAddSame, canSame);
    assert.equal(r.canAddDifferent, canDifferent);
    assert.equal(r.possibleThisMonth, possible);
    assert.deepEqual(r.sameSubject, slot(S, same));
    assert.deepEqual(r.differentSubject, slot(D, different));
    assert.deepEqual(r.month, slot(M, month));
  });
}

const T = a.perMiniProgram.officialAccounts;
const MM = a.monthly.miniProgram;
const mpCases: [total: number, month: number, canAdd: boolean, possible: number][] = [
  [0, 0, true, Math.min(T, MM)],
  [T - 1, 0, true, 1],
  [T, 0, false, 0],
  [T + 1, 0, false, 0],
  [0, MM - 1, true, 1],
  [0, MM, false, 0],
  [0, MM + 1, false, 0],
];
for (const [total, month, canAdd, possible] of mpCases) {
  test(`mini program: ${total} 公众号, ${month} added this month`, () => {
    const r = miniProgramAssociations(limits, { officialAccounts: total, addedThisMonth: month });
    assert.equal(r.canAdd, canAdd);
    assert.equal(r.possibleThisMonth, possible);
    assert.deepEqual(r.total, slot(T, total));
    assert.deepEqual(r.month, slot(MM, month));
  });
}

const G = limits.review.maxFunctionPageGroups;
for (const [groups, within, left, over] of [[0, true, G, 0], [G - 1, true, 1, 0], [G, true, 0, 0], [G + 1, false, 0, 1]] as const) {
  test(`function pages: ${groups} groups`, () => {
    const r = functionPages(limits, groups);
    assert.equal(r.withinLimit, within);
    assert.equal(r.left, left);
    assert.equal(r.over, over);
  });
}
