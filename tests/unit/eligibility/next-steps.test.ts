// "接下来怎么做": the register track, when the profile opens (R23-R25), 备案 and the optional tracks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextSteps } from '../../../src/lib/eligibility/next-steps.ts';
import { profileOpening } from '../../../src/lib/eligibility/profile-step.ts';
import type { GroupId, MethodId } from '../../../src/lib/rules/types.ts';
import { data } from './fixture.ts';

const cases: [name: string, group: GroupId, path: MethodId | null, tracks: string[], expectIds: string[]][] = [
  ['个人', 'personal', null, [], ['open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject', 'fill-admin', 'confirm-subject', 'complete-info', 'icp-filing']],
  ['企业 · 对公打款 with 微信支付', 'enterprise', 'remittance', ['certification', 'payment'],
    ['open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject', 'choose-remittance', 'fill-admin', 'confirm-subject', 'remit', 'complete-info', 'icp-filing', 'apply-certification', 'apply-payment']],
  ['政府', 'organisation', 'certification', ['open-platform'],
    ['open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject', 'certification-required', 'fill-admin', 'confirm-subject', 'certify-soon', 'complete-info', 'icp-filing', 'open-platform-verify', 'bind-open-platform']],
  ['企业, path not chosen yet: both branches, each marked', 'enterprise', null, [],
    ['open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject', 'choose-remittance-remittance', 'choose-certification-certification', 'fill-admin', 'confirm-subject', 'remit-remittance', 'certify-soon-certification', 'complete-info-remittance', 'complete-info-certification', 'icp-filing']],
];
for (const [name, group, path, tracks, expectIds] of cases) {
  test(`next steps: ${name}`, () => assert.deepEqual(nextSteps(group, path, tracks, data).map((s) => s.id), expectIds));
}

test('备案, a step from after the guide, is everyone\'s and carries what today\'s sources say', () => {
  for (const group of ['personal', 'enterprise', 'organisation'] as const) {
    const filing = nextSteps(group, null, [], data).find((s) => s.id === 'icp-filing')!;
    assert.deepEqual(filing.rules, []);
    assert.equal(filing.now?.topic, 'filing');
    assert.match(filing.now!.text, /2023 年 9 月 1 日起/);
  }
});

test('the remittance step carries the deadline as the source words it, pointing to D4 for the dates', () => {
  const remit = nextSteps('enterprise', 'remittance', [], data).find((s) => s.id === 'remit')!;
  assert.equal(remit.deadline?.days, data.limits.remittance.deadlineDays);
  assert.deepEqual(remit.deadline?.decisions, ['D4']);
  assert.match(remit.deadline!.text, /原文/);
});

const openings: [MethodId | null, string, RegExp][] = [
  [null, 'R23', /完成注册后/],
  ['remittance', 'R24', /完成汇款验证后/],
  ['certification', 'R25', /需先完成微信认证/],
];
for (const [path, rule, text] of openings) {
  test(`the profile opens (${path ?? '个人'}): ${rule}`, () => {
    const o = profileOpening(path);
    assert.deepEqual(o.rules, [rule]);
    assert.match(o.text, text);
  });
}
