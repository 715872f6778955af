// The eligibility wizard's flow and outcomes, checked against the seed's rules for EVERY combination
// of answers. The expectations below are written from the seed (RULES.md), not from the code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  allStates, answersBefore, eligibilityData, evaluate, nextQuestion, parseTokens, pathComparison, question, questionIds,
  statePath, stateTokens, type Answers, type Outcome, type QuestionId,
} from '../../src/lib/eligibility.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
const data = eligibilityData(rules);
const L = rules.limits;

// ---- The oracle: what the seed says, per subject type (R6-R15, R30-R32, R40-R43, D2). ----
type Kind = 'personal' | 'enterprise' | 'organisation';
const kindOf: Record<string, Kind> = {
  personal: 'personal', enterprise: 'enterprise', 'individual-business': 'enterprise',
  government: 'organisation', media: 'organisation', other: 'organisation',
};
const certificationNeed = { personal: 'unavailable', enterprise: 'optional', organisation: 'mandatory' } as const;
const methodsOf = { personal: [], enterprise: ['remittance', 'certification'], organisation: ['certification'] } as const;

// Every raw combination of answers a reader could hold, whether or not the flow asks for it.
const values: Record<QuestionId, string[]> = {
  subject: Object.keys(kindOf), age: ['yes', 'no'], identity: ['yes', 'no'], realname: ['yes', 'no'], email: ['yes', 'no'],
  path: ['remittance', 'certification'], payment: ['yes', 'no'], unionid: ['yes', 'no'],
};
function* combinations(i = 0, acc: Answers = {}): Generator<Answers> {
  if (i === questionIds.length) { yield acc; return; }
  const q = questionIds[i]!;
  for (const v of values[q]) yield* combinations(i + 1, { ...acc, [q]: v });
}
/** A reader with these answers walks the flow: only the questions asked are answered. */
function walk(held: Answers): { answers: Answers; asked: QuestionId[] } {
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  for (let q = nextQuestion(answers, data); q; q = nextQuestion(answers, data)) {
    assert.ok(!asked.includes(q), `asked ${q} twice`);
    asked.push(q);
    answers[q] = held[q];
  }
  return { answers, asked };
}

const all = [...combinations()];
const ruleIds = (o: Outcome) => new Set([...o.reasons, ...o.sections.flatMap((s) => s.lines), ...o.steps].flatMap((x) => x.rules));

test(`every one of the ${all.length} combinations of answers gets the outcome the seed gives`, () => {
  let checked = 0;
  for (const held of all) {
    const kind = kindOf[held.subject!]!;
    const { answers, asked } = walk(held);
    const label = JSON.stringify(answers);
    const o = evaluate(answers, data);

    // Only what matters is asked: personal checks for 个人 only, the path for enterprise types only.
    for (const q of ['age', 'identity', 'realname'] as const) if (kind !== 'personal') assert.ok(!asked.includes(q), `${label}: asked ${q}`);
    assert.equal(asked.includes('path'), kind === 'enterprise' && held.email === 'yes', `${label}: path asked?`);

    // R6 (+D3) and R3: who can register.
    const personalOk = kind !== 'personal' || (held.age === 'yes' && held.identity === 'yes' && held.realname === 'yes');
    const canRegister = personalOk && held.email === 'yes';
    assert.equal(o.canRegister, canRegister, `${label}: canRegister`);
    assert.ok(o.decisions.includes('D11'), `${label}: D11 shown`);
    if (kind === 'personal') assert.ok(o.decisions.includes('D3'), `${label}: D3`);
    if (held.subject === 'individual-business') assert.ok(o.decisions.includes('D2'), `${label}: D2`);

    if (!canRegister) {
      const blockers = o.reasons.filter((r) => r.tone === 'blocker');
      assert.equal(blockers.length, 1, `${label}: one blocker (the flow stops at the first)`);
      assert.deepEqual(blockers[0]!.rules, personalOk ? ['R3'] : ['R6'], `${label}: blocker cites its rule`);
      assert.ok(blockers[0]!.remedy, `${label}: a way forward`);
      assert.equal(o.checklistPath, null);
      assert.deepEqual(o.steps, []);
      checked++;
      continue;
    }

    // R12-R15, R40-R41: verification paths and 微信认证.
    const path = kind === 'enterprise' ? held.path! : kind === 'organisation' ? 'certification' : null;
    assert.deepEqual(o.methods, methodsOf[kind], `${label}: methods`);
    assert.equal(o.certification, certificationNeed[kind], `${label}: certification`);
    assert.deepEqual(o.profile, { subject: held.subject, path }, `${label}: profile`);

    // R43: only certified mini programs get 微信支付; 个人 cannot certify (R41).
    assert.equal(o.paymentReachable, kind !== 'personal', `${label}: payment reachable`);
    const ids = ruleIds(o);
    for (const id of ['R43', 'R44', 'R45', 'R46', 'R47']) assert.ok(ids.has(id), `${label}: cites ${id}`);
    if (kind === 'personal') assert.ok(ids.has('R41'), `${label}: R41`);
    if (kind === 'organisation') assert.ok(ids.has('R15') && o.decisions.includes('D6'), `${label}: R15, D6`);
    assert.equal(o.openPlatformPossible, true);

    // R19-R20 (+D4): the 10-day remittance deadline, only on the remittance path.
    const deadlines = o.steps.filter((s) => s.deadline);
    assert.equal(deadlines.length, path === 'remittance' ? 1 : 0, `${label}: deadline`);
    if (path === 'remittance') {
      assert.equal(deadlines[0]!.deadline!.days, 10);
      assert.ok(o.decisions.includes('D4'));
    }
    // R14: the 300元 fee is stated for the enterprise 微信认证 path only (D6).
    const text = JSON.stringify(o);
    assert.equal(text.includes('300 元'), kind === 'enterprise' && path === 'certification', `${label}: fee`);

    // R30-R32: members before and after certification.
    const tiers = o.members.map((m) => [m.developers, m.testers]);
    assert.deepEqual(tiers, kind === 'personal' ? [[5, 10]] : [[10, 20], [20, 40]], `${label}: members`);

    // Categories: the guide lists only the personal ones (R27-R28).
    assert.deepEqual(o.categories, kind === 'personal' ? { kind: 'personal' } : { kind: 'official', href: rules.source.officialDocs });

    // Checklist link per the shared contract.
    const tracks = [
      ...(held.payment === 'yes' && path === 'remittance' ? ['certification'] : []),
      ...(held.payment === 'yes' && kind !== 'personal' ? ['payment'] : []),
      ...(held.unionid === 'yes' ? ['open-platform'] : []),
    ];
    const slug = kind === 'enterprise' ? `${held.subject}-${path}` : held.subject;
    assert.equal(o.checklistPath, `/tools/checklist/${slug}/${tracks.length ? `?tracks=${tracks.join(',')}` : ''}`, `${label}: checklist`);
    if (held.payment === 'yes' && kind === 'personal') assert.ok(o.reasons.some((r) => r.tone === 'warn' && r.rules.includes('R43')), `${label}: payment warning`);
    checked++;
  }
  assert.equal(checked, all.length);
});

test('the flow has a reasonable number of static pages, each with its own path', () => {
  const states = allStates(data);
  const paths = states.map((s) => statePath(s, data));
  assert.equal(new Set(paths).size, paths.length);
  assert.ok(states.length > 40 && states.length < 300, String(states.length));
  // Each distinct complete answer set from the combinations is one outcome page.
  const outcomes = new Set(all.map((held) => statePath({ answers: walk(held).answers, help: false }, data)));
  assert.equal(states.filter((s) => nextQuestion(s.answers, data) === null).length, outcomes.size);
  for (const p of outcomes) assert.ok(paths.includes(p), p);
});

test('every reason, line, step and comparison cites rules whose source heading exists in the guide', () => {
  const headings = new Map<string, Set<string>>();
  const slugsOf = (page: string) => {
    if (!headings.has(page)) {
      const mdx = readFileSync(`content/guide/${page}.mdx`, 'utf8');
      // A chapter's h1 carries its title as id (chapters without sub-headings are cited by it).
      const title = /^title: (.+)$/m.exec(mdx)![1]!.trim();
      const slugs = [...mdx.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s+/g, '-'));
      headings.set(page, new Set([title, ...slugs]));
    }
    return headings.get(page)!;
  };
  const cited = new Set<string>();
  for (const s of allStates(data)) {
    const q = nextQuestion(s.answers, data);
    if (q) question(q, s.answers, data).rules.forEach((r) => cited.add(r));
    else ruleIds(evaluate(s.answers, data)).forEach((r) => cited.add(r));
  }
  pathComparison(data).forEach((row) => [...row.remittance.rules, ...row.certification.rules].forEach((r) => cited.add(r)));
  const missing = [...cited].filter((id) => {
    const rule = rules.rules.find((r) => r.id === id);
    if (!rule || !data.rules[id]) return true;
    return data.rules[id]!.path !== rule.path || !slugsOf(rule.page).has(rule.anchor);
  });
  assert.deepEqual(missing, []);
});

test('the help comparison gives the seed\'s trade-off: 10 days, 300元, 微信支付 only when certified', () => {
  const text = JSON.stringify(pathComparison(data));
  assert.match(text, /10 天内/);
  assert.match(text, /300 元/);
  const payment = pathComparison(data).find((r) => r.aspect === '微信支付')!;
  assert.deepEqual(payment.certification.rules, ['R43']);
  assert.ok(payment.remittance.rules.includes('R43'));
});

test('changing an answer re-asks that question with the earlier answers kept', () => {
  const answers: Answers = { subject: 'enterprise', email: 'yes', path: 'remittance', payment: 'yes', unionid: 'no' };
  assert.deepEqual(answersBefore('path', answers, data), { subject: 'enterprise', email: 'yes' });
  assert.equal(nextQuestion(answersBefore('path', answers, data), data), 'path');
  assert.deepEqual(answersBefore('subject', answers, data), {});
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
  ['answers after a blocker', ['subject-personal', 'age-no', 'email-yes'], '/tools/eligibility/subject-personal/age-no/', ['not-applicable']],
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

test('the wizard data carries every number from limits.yaml, not typed copies', () => {
  assert.deepEqual(data.limits.members, L.members);
  assert.equal(question('age', { subject: 'personal' }, data).title.includes(String(L.personal.minAge)), true);
});

test('every account profile of the checklist contract is an outcome of some answers', async () => {
  const { allProfiles, profileSlug } = await import('../../src/lib/profile.ts');
  const reached = new Set(allStates(data).filter((s) => nextQuestion(s.answers, data) === null)
    .map((s) => evaluate(s.answers, data).profileSlug).filter((x) => x !== null));
  assert.deepEqual([...reached].sort(), allProfiles(rules).map((p) => profileSlug(p, rules)).sort());
});
