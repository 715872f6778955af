import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountOf, conditionLabel, flowSegments, stepApplies } from '../../src/lib/steps.ts';
import type { GroupId, MethodId } from '../../src/lib/rules/types.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
const step = (id: string) => {
  const s = rules.steps.find((x) => x.id === id);
  assert.ok(s, id);
  return s;
};

/** A subject group on a path; its steps follow from what the group can do (capabilities.ts). */
type AccountShape = { group: GroupId; path: MethodId | null };
const personal: AccountShape = { group: 'personal', path: null };
const remitting: AccountShape = { group: 'enterprise', path: 'remittance' };
const certifyingEnterprise: AccountShape = { group: 'enterprise', path: 'certification' };
const government: AccountShape = { group: 'organisation', path: 'certification' };

const cases: [stepId: string, account: AccountShape, applies: boolean][] = [
  ['open-register', personal, true],
  ['remit', remitting, true],
  ['remit', certifyingEnterprise, false],
  ['remit', personal, false],
  ['choose-certification', certifyingEnterprise, true],
  ['choose-certification', government, false],
  ['certification-required', government, true],
  ['certification-required', certifyingEnterprise, false],
  ['certify-soon', government, true],
  ['certify-soon', personal, false],
  ['apply-certification', remitting, true],
  ['apply-certification', certifyingEnterprise, false],
  ['apply-payment', personal, false],
  ['apply-payment', remitting, true],
];
for (const [id, account, applies] of cases) {
  test(`step ${id} ${applies ? 'applies' : 'does not apply'} to ${account.group}/${account.path}`, () => {
    assert.equal(stepApplies(step(id), accountOf(account.group, account.path, rules)), applies);
  });
}

test('condition labels name the group and the path', () => {
  assert.equal(conditionLabel(step('choose-certification'), rules), '企业类型 · 微信认证');
  assert.equal(conditionLabel(step('remit'), rules), '对公打款');
  assert.equal(conditionLabel(step('open-register'), rules), null);
});

test('the registration flow branches twice: at the verification choice and after confirming', () => {
  const segments = flowSegments(rules.steps.filter((s) => s.track === 'register'));
  assert.deepEqual(segments.map((s) => s.kind === 'step' ? s.step.id : s.steps.map((x) => x.id).join('|')), [
    'open-register', 'choose-account-type', 'fill-email', 'activate-email', 'fill-subject',
    'choose-remittance|choose-certification|certification-required',
    'fill-admin', 'confirm-subject',
    'remit|certify-soon',
  ]);
});
