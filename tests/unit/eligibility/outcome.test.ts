// The outcome for every combination of answers, checked against the seed's rules. The expectations are
// written from the seed (RULES.md), not from the code: a table per account kind and path, then every
// combination of subject × eligibility conditions × path × 微信支付 × UnionID walked against it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathComparison } from '../../../src/lib/eligibility/comparison.ts';
import { evaluate, type Outcome } from '../../../src/lib/eligibility/outcome.ts';
import { outcomeSummary } from '../../../src/lib/eligibility/summary.ts';
import { nextQuestion, question, todaySubjectOf } from '../../../src/lib/eligibility/questions.ts';
import { allStates } from '../../../src/lib/eligibility/state-path.ts';
import { qualificationPagePath } from '../../../src/lib/qualifications.ts';
import { allCombinations, data, kindOf, rules, walk, type Kind } from './fixture.ts';

/** What the seed gives per account kind and verification path (R12-R15, R19-R25, R30-R32, R40-R43). */
interface Expected {
  certification: 'unavailable' | 'optional' | 'mandatory';
  methods: string[];
  fee300: boolean;
  deadlineDays: number | null;
  paymentReachable: boolean;
  members: [number, number][];
  /** The rule that says when name, avatar, introduction and service scope can be filled in. */
  profileRule: 'R23' | 'R24' | 'R25';
}
const expected: Record<string, Expected> = {
  'personal|none': { certification: 'unavailable', methods: [], fee300: false, deadlineDays: null, paymentReachable: false, members: [[5, 10]], profileRule: 'R23' },
  'enterprise|remittance': { certification: 'optional', methods: ['remittance', 'certification'], fee300: false, deadlineDays: 10, paymentReachable: true, members: [[10, 20], [20, 40]], profileRule: 'R24' },
  'enterprise|certification': { certification: 'optional', methods: ['remittance', 'certification'], fee300: true, deadlineDays: null, paymentReachable: true, members: [[10, 20], [20, 40]], profileRule: 'R25' },
  'organisation|certification': { certification: 'mandatory', methods: ['certification'], fee300: false, deadlineDays: null, paymentReachable: true, members: [[10, 20], [20, 40]], profileRule: 'R25' },
};
const pathOf = (kind: Kind, held: Record<string, string | undefined>) => kind === 'enterprise' ? held.path! : kind === 'organisation' ? 'certification' : null;
const ruleIds = (o: Outcome) => new Set([...o.reasons, ...o.sections.flatMap((s) => s.lines), ...o.steps].flatMap((x) => x.rules));
const profileSteps = (o: Outcome) => o.steps.filter((s) => s.rules.some((r) => r === 'R23' || r === 'R24' || r === 'R25'));

test(`every one of the ${allCombinations.length} combinations names every failed condition and, where it can, when the profile opens`, () => {
  for (const held of allCombinations) {
    const kind = kindOf[held.subject!]!;
    const { answers } = walk(held);
    const label = JSON.stringify(answers);
    const o = evaluate(answers, data);

    // R6 (+D3) and R3: every failed condition, in the order asked, each with its rule and a way forward.
    const checks = kind === 'personal' ? (['age', 'identity', 'realname', 'email'] as const) : (['email'] as const);
    const failed = checks.filter((c) => held[c] === 'no');
    assert.deepEqual(o.failed, failed, `${label}: failed`);
    const blockers = o.reasons.filter((r) => r.tone === 'blocker');
    assert.deepEqual(blockers.map((b) => b.rules), failed.map((c) => (c === 'email' ? ['R3'] : ['R6'])), `${label}: blockers cite their rules`);
    assert.ok(blockers.every((b) => b.remedy && b.remedy.text.length > 0), `${label}: each blocker says what to do`);
    assert.equal(o.reasons.filter((r) => r.tone === 'ok' && (r.rules[0] === 'R6' || r.rules[0] === 'R3')).length, checks.length - failed.length, `${label}: met conditions listed`);
    assert.equal(o.canRegister, failed.length === 0, `${label}: canRegister`);
    assert.ok(o.decisions.includes('D11'), `${label}: D11 shown`);
    if (kind === 'personal') assert.ok(o.decisions.includes('D3'), `${label}: D3`);
    if (held.subject === 'individual-business') assert.ok(o.decisions.includes('D2'), `${label}: D2`);
    assert.equal(o.otherSubject !== null, failed.some((c) => c !== 'email'), `${label}: offer another subject type`);
    // "2018 年后的已知变化": 备案 for every reader, 个人认证 and the category changes for 个人 only.
    assert.ok(o.knownChanges.includes('filing'), `${label}: 备案`);
    assert.equal(o.knownChanges.includes('personal-certification'), kind === 'personal', `${label}: 个人认证`);
    assert.equal(o.knownChanges.includes('personal-categories'), kind === 'personal', `${label}: category changes`);
    assert.ok(!o.knownChanges.includes('association'), `${label}: nothing the wizard does not speak of`);

    if (!o.canRegister) {
      // The rest of the path is still shown (greyed), with the profile step for each possible path.
      assert.equal(o.checklistPath, null);
      assert.ok(o.steps.length > 5, `${label}: the path after the conditions`);
      const opening = profileSteps(o).map((s) => s.rules[0]);
      assert.deepEqual(opening, kind === 'personal' ? ['R23'] : kind === 'organisation' ? ['R25'] : ['R24', 'R25'], `${label}: profile steps`);
      if (kind === 'enterprise') assert.deepEqual(profileSteps(o).map((s) => s.condition), ['对公打款', '微信认证']);
      continue;
    }

    const path = pathOf(kind, held);
    const e = expected[`${kind}|${path ?? 'none'}`]!;
    assert.deepEqual(o.methods, e.methods, `${label}: methods`);
    assert.equal(o.certification, e.certification, `${label}: certification`);
    assert.deepEqual(o.profile, { subject: held.subject, path }, `${label}: profile`);
    assert.equal(o.paymentReachable, e.paymentReachable, `${label}: 微信支付`);
    const deadlines = o.steps.filter((s) => s.deadline);
    assert.deepEqual(deadlines.map((s) => s.deadline!.days), e.deadlineDays === null ? [] : [e.deadlineDays], `${label}: deadline`);
    // The fee is stated in the summary card; a 对公打款 reader who needs 微信支付 learns the later 认证's fee there too.
    const later = path === 'remittance' && held.payment === 'yes';
    assert.equal(JSON.stringify([o, outcomeSummary(o, answers, data)]).includes('300 元'), e.fee300 || later, `${label}: 300元 only on the enterprise 认证 path (D6)`);
    assert.deepEqual(o.members.map((m) => [m.developers, m.testers]), e.members, `${label}: members`);
    assert.deepEqual(profileSteps(o).map((s) => s.rules), [[e.profileRule]], `${label}: when the profile opens`);
    assert.ok(!profileSteps(o)[0]!.condition, `${label}: no path condition once the path is known`);

    const ids = ruleIds(o);
    for (const id of ['R43', 'R44', 'R45', 'R46', 'R47']) assert.ok(ids.has(id), `${label}: cites ${id}`);
    if (kind === 'personal') assert.ok(ids.has('R41'), `${label}: R41`);
    if (kind === 'organisation') assert.ok(ids.has('R15') && o.decisions.includes('D6'), `${label}: R15, D6`);
    // 微信认证 as the chosen method is what R14 (the method) and R40 (认证 accounts) say, not R16 (its entry).
    if (kind === 'enterprise' && path === 'certification') {
      const chosen = o.sections.find((s) => s.id === 'verification')!.lines.find((l) => l.text.startsWith('微信认证：'))!;
      assert.deepEqual(chosen.rules, ['R40', 'R14'], `${label}: 微信认证 line cites R40, R14`);
    }
    if (path === 'remittance') assert.ok(o.decisions.includes('D4'));
    if (held.payment === 'yes' && kind === 'personal') assert.ok(o.reasons.some((r) => r.tone === 'warn' && r.rules.includes('R43')), `${label}: payment warning`);
    // 个人: the guide's table (D1); every other group (个体工商户 read as 企业, D2): the 2018-11 非个人主体 table.
    assert.deepEqual(o.categories, kind === 'personal' ? { kind: 'personal', href: '/tools/categories/' } : { kind: 'enterprise', href: qualificationPagePath.enterprise }, `${label}: categories`);

    assert.ok(o.knownChanges.includes('members') && o.knownChanges.includes('open-platform-binding'), `${label}: members and binding notes`);

    const tracks = [
      ...(held.payment === 'yes' && path === 'remittance' ? ['certification'] : []),
      ...(held.payment === 'yes' && kind !== 'personal' ? ['payment'] : []),
      ...(held.unionid === 'yes' ? ['open-platform'] : []),
    ];
    const slug = kind === 'enterprise' ? `${held.subject}-${path}` : held.subject;
    assert.equal(o.checklistPath, `/tools/checklist/${slug}/${tracks.length ? `?tracks=${tracks.join(',')}` : ''}`, `${label}: checklist`);
  }
});

test('a 17-year-old without identity, real name or a usable email learns all four at once', () => {
  const o = evaluate({ subject: 'personal', age: 'no', identity: 'no', realname: 'no', email: 'no' }, data);
  assert.deepEqual(o.failed, ['age', 'identity', 'realname', 'email']);
  assert.match(o.headline, /4 项条件不符合/);
  assert.ok(o.reasons.find((r) => r.rules[0] === 'R3')?.remedy?.link, 'the email can be fixed and the result re-checked');
});

test('nothing the outcome says about categories is stronger than R27 (the table is for reference)', () => {
  const o = evaluate({ subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'no', unionid: 'no' }, data);
  const text = o.sections.find((s) => s.id === 'categories')!.lines.map((l) => l.text).join('');
  assert.match(text, /仅供参考/);
  assert.doesNotMatch(text, /只能/);
});

test('the R41 and R20 sentences are quoted from rules.yaml, not retyped', () => {
  const r41 = rules.rules.find((r) => r.id === 'R41')!.text;
  const o = evaluate({ subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'yes', unionid: 'no' }, data);
  assert.ok(JSON.stringify(o).includes(r41.replace(/。$/, '')));
  const r20 = rules.rules.find((r) => r.id === 'R20')!.text.replace(/。$/, '');
  const e = evaluate({ subject: 'enterprise', email: 'yes', path: 'remittance', payment: 'no', unionid: 'no' }, data);
  assert.ok(e.steps.find((s) => s.deadline)!.deadline!.text.includes(r20));
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
    else if (!todaySubjectOf(s.answers, data)) ruleIds(evaluate(s.answers, data)).forEach((r) => cited.add(r));
  }
  pathComparison(data).forEach((row) => [...row.remittance.rules, ...row.certification.rules].forEach((r) => cited.add(r)));
  const missing = [...cited].filter((id) => {
    const rule = rules.rules.find((r) => r.id === id);
    if (!rule || !data.rules[id]) return true;
    return data.rules[id]!.path !== rule.path || !slugsOf(rule.page).has(rule.anchor);
  });
  assert.deepEqual(missing, []);
});

test('every account profile of the checklist contract is an outcome of some answers', async () => {
  const { allProfiles, profileSlug } = await import('../../../src/lib/profile.ts');
  const reached = new Set(allStates(data).filter((s) => nextQuestion(s.answers, data) === null && !todaySubjectOf(s.answers, data))
    .map((s) => evaluate(s.answers, data).profileSlug).filter((x) => x !== null));
  assert.deepEqual([...reached].sort(), allProfiles(rules).map((p) => profileSlug(p, rules)).sort());
});
