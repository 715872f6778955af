// Which questions are asked: every eligibility condition of the subject (R6 for 个人, R3 for all),
// even after one fails; the path only for enterprise types who can register, after 微信支付.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answeredQuestions, answersBefore, failedChecks, helpApplies, nextQuestion, question, type Answers } from '../../../src/lib/eligibility/questions.ts';
import { allCombinations, data, kindOf, rules, walk } from './fixture.ts';

const askedCases: [name: string, held: Answers, asked: string[]][] = [
  ['个人, all fail: every condition is still asked', { subject: 'personal', age: 'no', identity: 'no', realname: 'no', email: 'no' }, ['subject', 'age', 'identity', 'realname', 'email']],
  ['个人, only age fails', { subject: 'personal', age: 'no', identity: 'yes', realname: 'yes', email: 'yes' }, ['subject', 'age', 'identity', 'realname', 'email']],
  ['个人, all met', { subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'no', unionid: 'no' }, ['subject', 'age', 'identity', 'realname', 'email', 'payment', 'unionid']],
  ['企业, email fails: no path asked', { subject: 'enterprise', email: 'no' }, ['subject', 'email']],
  ['企业, email ok', { subject: 'enterprise', email: 'yes', path: 'remittance', payment: 'yes', unionid: 'no' }, ['subject', 'email', 'payment', 'path', 'unionid']],
  ['个体工商户 chooses a path too (D2)', { subject: 'individual-business', email: 'yes', path: 'certification', payment: 'no', unionid: 'no' }, ['subject', 'email', 'payment', 'path', 'unionid']],
  ['政府: no path question', { subject: 'government', email: 'yes', payment: 'no', unionid: 'yes' }, ['subject', 'email', 'payment', 'unionid']],
];
for (const [name, held, asked] of askedCases) {
  test(`asks: ${name}`, () => assert.deepEqual(walk(held).asked, asked));
}

test('over every combination: conditions are all asked, the failed ones are exactly the "no" answers', () => {
  for (const held of allCombinations) {
    const kind = kindOf[held.subject!]!;
    const { answers, asked } = walk(held);
    const checks = kind === 'personal' ? ['age', 'identity', 'realname', 'email'] : ['email'];
    for (const q of checks) assert.ok(asked.includes(q as never), `${JSON.stringify(held)}: ${q} asked`);
    for (const q of ['age', 'identity', 'realname']) if (kind !== 'personal') assert.ok(!asked.includes(q as never));
    assert.deepEqual(failedChecks(answers, data), checks.filter((q) => held[q as keyof Answers] === 'no'));
    assert.equal(nextQuestion(answers, data), null);
  }
});

test('changing an answer re-asks that question with the earlier answers kept', () => {
  const answers: Answers = { subject: 'enterprise', email: 'yes', path: 'remittance', payment: 'yes', unionid: 'no' };
  assert.deepEqual(answersBefore('path', answers, data), { subject: 'enterprise', email: 'yes', payment: 'yes' });
  assert.equal(nextQuestion(answersBefore('path', answers, data), data), 'path');
  assert.deepEqual(answersBefore('subject', answers, data), {});
  const blocked: Answers = { subject: 'personal', age: 'no', identity: 'no', realname: 'yes', email: 'no' };
  assert.deepEqual(answersBefore('realname', blocked, data), { subject: 'personal', age: 'no', identity: 'no' });
});

test('questions carry numbers and lists from limits.yaml, not typed copies', () => {
  assert.ok(question('age', { subject: 'personal' }, data).title.includes(String(rules.limits.personal.minAge)));
  for (const platform of rules.limits.email.notRegisteredOn) assert.ok(question('email', { subject: 'media' }, data).hint!.includes(platform));
  assert.deepEqual(data.limits.members, rules.limits.members);
});

test('the path question shows D2 to 个体工商户 only', () => {
  assert.deepEqual(question('path', { subject: 'individual-business', email: 'yes' }, data).decisions, ['D2']);
  assert.deepEqual(question('path', { subject: 'enterprise', email: 'yes' }, data).decisions, []);
});

test('a link from before 微信支付 was asked first (method chosen, 微信支付 not) keeps its method and asks 微信支付 next', () => {
  const old: Answers = { subject: 'enterprise', email: 'yes', path: 'remittance' };
  assert.deepEqual(answeredQuestions(old, data), ['subject', 'email', 'path']);
  assert.equal(nextQuestion(old, data), 'payment');
  assert.equal(nextQuestion({ ...old, payment: 'no' }, data), 'unionid');
  // Its "help me choose" page still applies; a government has no method to choose.
  assert.equal(helpApplies({ subject: 'enterprise', email: 'yes' }, data), true);
  assert.equal(helpApplies({ subject: 'government', email: 'yes' }, data), false);
  assert.deepEqual(answeredQuestions({ subject: 'government', email: 'yes', path: 'remittance' }, data), ['subject', 'email']);
});

const methodCases: [name: string, payment: string | undefined, recommended: string[], cites: string[]][] = [
  ['needs 微信支付: 微信认证 recommended, with why', 'yes', ['certification'], ['R12', 'R13', 'R25', 'R40', 'R43']],
  ['no 微信支付: no recommendation', 'no', [], ['R12', 'R13']],
  ['older link, 微信支付 not asked yet: no recommendation', undefined, [], ['R12', 'R13']],
];
for (const [name, payment, recommended, cites] of methodCases) {
  test(`the method question: ${name}`, () => {
    const q = question('path', { subject: 'individual-business', email: 'yes', ...(payment ? { payment } : {}) }, data);
    assert.deepEqual(q.options.filter((o) => o.recommended).map((o) => o.value), recommended);
    assert.deepEqual(q.rules, cites);
    // The recommendation is the site's, not the guide's, and says what 微信认证 delays (R25).
    assert.equal(Boolean(q.hint?.includes('本站建议选择微信认证')), recommended.length > 0);
    if (q.hint) assert.match(q.hint, /须认证完成后才能补充名称、头像等信息/);
    assert.doesNotMatch(q.hint ?? '', /推荐/);
    // 对公打款 says plainly that it needs the company's 对公账户 (R13).
    assert.match(q.options.find((o) => o.value === 'remittance')!.hint!, /须有公司的对公账户/);
  });
}

test('微信支付 says why it comes first only where a method follows', () => {
  assert.equal(question('payment', { subject: 'enterprise', email: 'yes' }, data).hint, '下一步选验证方式时，本站会据此给出建议。');
  assert.equal(question('payment', { subject: 'media', email: 'yes' }, data).hint, undefined);
});

test('the email question gives the old name 企业号 with today\'s name beside it', () => {
  const q = question('email', { subject: 'enterprise' }, data);
  assert.match(q.hint!, /公众平台、开放平台、企业号（今称企业微信）/);
});
