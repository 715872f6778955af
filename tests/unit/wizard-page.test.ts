// Which step the 资格自查 page shows for a state, and the rows of "你的回答", read from the real flow.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '../../src/lib/eligibility/outcome.ts';
import { answerRows, questionStep, questionTitle } from '../../src/lib/wizard-page.ts';
import type { WizardState } from '../../src/lib/eligibility/questions.ts';
import { data } from './eligibility/fixture.ts';

/** What the page shows: a question step (in place), or the outcome (a static page of its own). */
function shown(state: WizardState): string {
  const step = questionStep(state, data);
  return step ? `${step.kind}:${step.question.id}` : `result:${evaluate(state.answers, data).canRegister}`;
}

const steps: [name: string, state: WizardState, expected: string][] = [
  ['the start asks the subject', { answers: {}, help: false }, 'ask:subject'],
  ['help asked for before it applies is the next question', { answers: {}, help: true }, 'ask:subject'],
  ['企业 asks 微信支付 before the method', { answers: { subject: 'enterprise', email: 'yes' }, help: false }, 'ask:payment'],
  ['the method question', { answers: { subject: 'enterprise', email: 'yes', payment: 'yes' }, help: false }, 'ask:path'],
  ['help at the method question compares the two methods', { answers: { subject: 'enterprise', email: 'yes', payment: 'yes' }, help: true }, 'help:path'],
  ['every answer given: the outcome', { answers: { subject: 'enterprise', email: 'yes', payment: 'yes', path: 'certification', unionid: 'no' }, help: false }, 'result:true'],
  ['help on an outcome is the outcome', { answers: { subject: 'enterprise', email: 'yes', payment: 'yes', path: 'certification', unionid: 'no' }, help: true }, 'result:true'],
  ['a failed condition: an outcome that cannot register', { answers: { subject: 'enterprise', email: 'no' }, help: false }, 'result:false'],
];
for (const [name, state, expected] of steps) {
  test(`step: ${name}`, () => assert.equal(shown(state), expected));
}

test("a step's title: the question, or the comparison's own heading", () => {
  const asks = { answers: { subject: 'enterprise', email: 'yes', payment: 'yes' }, help: false };
  assert.equal(questionTitle(questionStep(asks, data)!), '你打算用哪种方式验证主体身份？');
  assert.equal(questionTitle(questionStep({ ...asks, help: true }, data)!), '对公打款还是微信认证？');
});

test('answer rows: in the order asked, each going back to the answers before it', () => {
  const answers = { subject: 'enterprise', email: 'yes', payment: 'no' };
  const rows = answerRows(answers, data);
  assert.deepEqual(rows.map((r) => r.id), ['subject', 'email', 'payment']);
  assert.deepEqual(rows.map((r) => r.before), [{}, { subject: 'enterprise' }, { subject: 'enterprise', email: 'yes' }]);
  assert.ok(rows.every((r) => r.name && r.answer));
  assert.deepEqual(answerRows({}, data), []);
});
