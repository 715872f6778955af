// The wizard's address: every state has one static page, and any path a reader or a hostile link
// brings is read back to a reachable state with what was dropped named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nextQuestion } from '../../../src/lib/eligibility/questions.ts';
import { allStates, parseTokens, statePath, stateTokens, readRemembered, rememberedHash } from '../../../src/lib/eligibility/state-path.ts';
import { allCombinations, data, walk } from './fixture.ts';

test('the flow has a reasonable number of static pages, each with its own path', () => {
  const states = allStates(data);
  const paths = states.map((s) => statePath(s, data));
  assert.equal(new Set(paths).size, paths.length);
  assert.ok(states.length > 40 && states.length < 400, String(states.length));
  // Each distinct complete answer set from the combinations is one outcome page.
  const outcomes = new Set(allCombinations.map((held) => statePath({ answers: walk(held).answers, help: false }, data)));
  // …and each subject type the guide did not cover (海外主体) is one more, right after the subject question.
  for (const s of data.todaySubjects) outcomes.add(`/tools/eligibility/subject-${s.id}/`);
  assert.equal(states.filter((s) => nextQuestion(s.answers, data) === null).length, outcomes.size);
  for (const p of outcomes) assert.ok(paths.includes(p), p);
});

const parseCases: [name: string, tokens: string[], path: string, dropped: string[]][] = [
  ['empty', [], '/tools/eligibility/', []],
  ['a full enterprise path', ['subject-enterprise', 'email-yes', 'path-remittance', 'payment-no', 'unionid-yes'],
    '/tools/eligibility/subject-enterprise/email-yes/path-remittance/payment-no/unionid-yes/', []],
  ['out of order', ['email-yes', 'subject-media'], '/tools/eligibility/subject-media/email-yes/', []],
  ['script payload', ['<script>alert(1)</script>', 'subject-personal'], '/tools/eligibility/subject-personal/', ['unknown']],
  ['img payload', ['subject-"><img src=x onerror=alert(1)>'], '/tools/eligibility/', ['unknown']],
  ['unknown value', ['subject-alien'], '/tools/eligibility/', ['unknown']],
  ['unknown question', ['colour-red'], '/tools/eligibility/', ['unknown']],
  ['full-width and numbers', ['ｓｕｂｊｅｃｔ-personal', 'age-18'], '/tools/eligibility/', ['unknown', 'unknown']],
  ['contradiction', ['subject-personal', 'subject-enterprise'], '/tools/eligibility/subject-personal/', ['conflict']],
  ['same answer twice is harmless', ['subject-other', 'subject-other'], '/tools/eligibility/subject-other/', []],
  ['a personal question for an enterprise', ['subject-enterprise', 'age-yes'], '/tools/eligibility/subject-enterprise/', ['not-applicable']],
  ['a path for a government', ['subject-government', 'email-yes', 'path-remittance'], '/tools/eligibility/subject-government/email-yes/', ['not-applicable']],
  ['a later answer with an earlier question unanswered', ['subject-personal', 'age-no', 'email-yes'], '/tools/eligibility/subject-personal/age-no/', ['not-applicable']],
  ['every condition of a blocked reader', ['subject-personal', 'age-no', 'identity-no', 'realname-no', 'email-no'],
    '/tools/eligibility/subject-personal/age-no/identity-no/realname-no/email-no/', []],
  ['a path after a failed email', ['subject-enterprise', 'email-no', 'path-remittance'], '/tools/eligibility/subject-enterprise/email-no/', ['not-applicable']],
  ['the new order is written in the old token order', ['subject-enterprise', 'email-yes', 'payment-no', 'path-remittance', 'unionid-yes'],
    '/tools/eligibility/subject-enterprise/email-yes/path-remittance/payment-no/unionid-yes/', []],
  ['an older link with the method and not yet 微信支付', ['subject-enterprise', 'email-yes', 'path-certification'],
    '/tools/eligibility/subject-enterprise/email-yes/path-certification/', []],
  ['微信支付 before the method', ['subject-individual-business', 'email-yes', 'payment-yes'],
    '/tools/eligibility/subject-individual-business/email-yes/payment-yes/', []],
  ['help after 微信支付', ['subject-enterprise', 'email-yes', 'payment-yes', 'path-help'], '/tools/eligibility/subject-enterprise/email-yes/payment-yes/path-help/', []],
  ['help where it applies', ['subject-enterprise', 'email-yes', 'path-help'], '/tools/eligibility/subject-enterprise/email-yes/path-help/', []],
  ['help where it does not', ['subject-media', 'path-help'], '/tools/eligibility/subject-media/', ['not-applicable']],
  ['very long token', ['subject-' + 'a'.repeat(500)], '/tools/eligibility/', ['unknown']],
];
for (const [name, tokens, path, dropped] of parseCases) {
  test(`parseTokens: ${name}`, () => {
    const result = parseTokens(tokens, data);
    assert.equal(statePath(result.state, data), path);
    assert.deepEqual(result.dropped.map((d) => d.reason), dropped);
    // Whatever comes in, the result is a state the wizard has a page for.
    assert.ok(allStates(data).some((s) => statePath(s, data) === path));
    assert.deepEqual(parseTokens(stateTokens(result.state, data), data).dropped, []);
  });
}


const outcomeState = { answers: { subject: 'enterprise', email: 'yes', path: 'remittance', payment: 'no', unionid: 'yes' }, help: false };
const rememberedCases: [name: string, hash: string, expected: Record<string, string>][] = [
  ['an outcome\'s 更改 carries all its answers', rememberedHash(outcomeState, data), outcomeState.answers],
  ['an anchor is not a remembered answer', '#wz-D4', {}],
  ['no hash', '', {}],
  ['a hash that does not parse carries what it can', '#wz-was=subject-enterprise/%3Cscript%3E/email-no', { subject: 'enterprise', email: 'no' }],
  ['a malformed escape is kept as a token and dropped', '#wz-was=%E0%A4%A', {}],
];
for (const [name, hash, expected] of rememberedCases) {
  test(`remembered answers: ${name}`, () => assert.deepEqual(readRemembered(hash, data), expected));
}
