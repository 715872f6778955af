// What each subject can do under the 2018-04-16 guide: one row per subject of subjects.yaml, one column
// per capability, written from the guide's rules (R3, R6-R15, R23-R25, R27-R28, R30-R32, R40-R43), not
// from the code. Then the same answers for a subject group, and the data checks that keep them honest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canOf, capabilities, guideEdition, nowOf, type Capabilities } from '../../src/lib/capabilities.ts';
import { buildRuleSet, RuleDataError } from '../../src/lib/rules/build.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { ruleEditions } from '../../src/lib/rules/schema.ts';
import { profileOpening } from '../../src/lib/eligibility/profile-step.ts';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { ruleFiles } from '../../src/lib/rules/rule-files.ts';
import type { GroupId, TodayStatement, TodayTopic } from '../../src/lib/rules/types.ts';

const rules = loadRuleSet();

type Row = {
  register: string[]; conditions: string[]; methods: string[]; chooses: boolean; verificationRules: string[];
  certification: string; certificationRules: string[];
  payment: boolean; paymentInferred: boolean; paymentRules: string[];
  tiers: [string, string | null]; tierRules: string[]; profile: [string | null, string][]; categories: string; categoryRules: string[];
};
const personal: Omit<Row, 'register'> = {
  conditions: ['age:R6', 'identity:R6', 'realname:R6', 'email:R3'], methods: [], chooses: false, verificationRules: ['R12', 'R15'],
  certification: 'unavailable', certificationRules: ['R41'],
  // No rule says 个人 cannot apply for 微信支付: R43 gives it to certified accounts, and R41 rules out 认证.
  payment: false, paymentInferred: true, paymentRules: ['R43', 'R41'],
  tiers: ['personal', null], tierRules: ['R30'], profile: [[null, 'R23']], categories: 'personal', categoryRules: ['R27', 'R28'],
};
const enterprise: Omit<Row, 'register'> = {
  conditions: ['email:R3'], methods: ['remittance', 'certification'], chooses: true, verificationRules: ['R12'],
  certification: 'optional', certificationRules: ['R40'],
  payment: true, paymentInferred: false, paymentRules: ['R43'],
  tiers: ['unverified', 'verified'], tierRules: ['R31', 'R32'], profile: [['remittance', 'R24'], ['certification', 'R25']],
  categories: 'enterprise', categoryRules: ['R27'],
};
const organisation: Omit<Row, 'register'> = {
  conditions: ['email:R3'], methods: ['certification'], chooses: false, verificationRules: ['R15'],
  certification: 'mandatory', certificationRules: ['R40'],
  payment: true, paymentInferred: false, paymentRules: ['R43'],
  tiers: ['unverified', 'verified'], tierRules: ['R31', 'R32'], profile: [['certification', 'R25']],
  categories: 'enterprise', categoryRules: ['R27'],
};
const table: Record<string, Row> = {
  personal: { ...personal, register: ['R6'] },
  enterprise: { ...enterprise, register: ['R7'] },
  'individual-business': { ...enterprise, register: ['R8'] }, // D2: read as an enterprise type
  government: { ...organisation, register: ['R9'] },
  media: { ...organisation, register: ['R10'] },
  other: { ...organisation, register: ['R11'] },
};

const asRow = (c: Capabilities): Row => ({
  register: c.register.rules,
  conditions: c.conditions.map((x) => `${x.id}:${x.rule}`),
  methods: c.verification.methods, chooses: c.verification.chooses, verificationRules: c.verification.rules,
  certification: c.certification.need, certificationRules: c.certification.rules,
  payment: c.payment.possible, paymentInferred: c.payment.inferred, paymentRules: c.payment.rules,
  tiers: [c.members.uncertified, c.members.certified], tierRules: c.members.rules,
  profile: c.profile.map((p) => [p.path, p.rule]),
  categories: c.categories.table, categoryRules: c.categories.rules,
});

test('the table covers every subject of subjects.yaml', () => {
  assert.deepEqual(rules.subjects.map((s) => s.id).sort(), Object.keys(table).sort());
});

const columns = Object.keys(table.personal!) as (keyof Row)[];
for (const subject of rules.subjects) {
  const can = capabilities(subject, guideEdition, rules);
  for (const column of columns) {
    test(`${subject.label} · ${column}`, () => assert.deepEqual(asRow(can)[column], table[subject.id]![column]));
  }
}

test('a group answers as each of its subjects, registering under all their rules', () => {
  for (const [id, group] of Object.entries(rules.groups)) {
    const members = rules.subjects.filter((s) => s.group === id);
    const { register, ...rest } = asRow(capabilities(group.id, guideEdition, rules));
    assert.deepEqual(register, members.map((s) => s.rule));
    for (const s of members) {
      const { register: _, ...own } = asRow(capabilities(s, guideEdition, rules));
      assert.deepEqual(rest, own, s.id);
    }
  }
});

test('readings travel with their answers: D3 with the age, D11 with 个人\'s 认证 and 微信支付, D6 where 认证 is required', () => {
  const p = capabilities('personal', guideEdition, rules);
  assert.deepEqual(p.conditions.map((c) => c.decisions), [['D3'], [], [], []]);
  assert.deepEqual([p.certification.decisions, p.payment.decisions], [['D11'], ['D11']]);
  assert.deepEqual(capabilities('organisation', guideEdition, rules).certification.decisions, ['D6']);
  assert.deepEqual(capabilities('enterprise', guideEdition, rules).certification.decisions, []);
});

test('the profile opens under the rule its wording cites (profile-step.ts)', () => {
  for (const group of Object.keys(rules.groups) as (keyof typeof rules.groups)[]) {
    for (const { path, rule } of capabilities(group, guideEdition, rules).profile) assert.deepEqual(profileOpening(path).rules, [rule]);
  }
});

test('the guide\'s edition is named after source.yaml\'s date, and it is the only edition today', () => {
  assert.equal(guideEdition, `guide-${rules.source.asOfDate}`);
  assert.deepEqual([...ruleEditions], [guideEdition]);
});

// The data checks: a broken subjects.yaml stops the build, naming the field.
const raw = () => Object.fromEntries(Object.keys(ruleFiles)
  .map((file) => [file, yaml.load(readFileSync(`content/rules/${file}`, 'utf8'))])) as Record<string, any>;
const broken: [string, (r: Record<string, any>) => void, RegExp][] = [
  ['a certified tier where 认证 is unavailable', (r) => { r['subjects.yaml'].groups.personal.editions[guideEdition].members.certified = 'verified'; },
    /groups\.personal\.editions\.guide-2018-04-16\.members\.certified/],
  ['no certified tier where 认证 is possible', (r) => { delete r['subjects.yaml'].groups.enterprise.editions[guideEdition].members.certified; },
    /groups\.enterprise\.editions\.guide-2018-04-16\.members\.certified/],
  ['an unknown rule behind 认证', (r) => { r['subjects.yaml'].groups.organisation.editions[guideEdition].certification.rules = ['R99']; },
    /certification\.rules: rule R99 does not exist/],
  ['an unknown rule behind 微信支付', (r) => { r['subjects.yaml'].editions[guideEdition].payment = 'R99'; }, /editions\.guide-2018-04-16\.payment: rule R99/],
  ['a group without the guide\'s edition', (r) => { r['subjects.yaml'].groups.organisation.editions = {}; },
    /subjects\.yaml: groups\.organisation\.editions/],
  ['a step conditioned on an unknown capability', (r) => { r['steps.yaml'].steps[0].when = { groups: ['personal'] }; }, /steps\.yaml: steps\[0\]\.when/],
];
for (const [name, breakIt, message] of broken) {
  test(`subjects.yaml: ${name} is reported`, () => {
    const r = raw();
    breakIt(r);
    assert.throws(() => buildRuleSet(r), (e: unknown) => e instanceof RuleDataError && e.problems.some((p) => message.test(p)));
  });
}

test('the rule set carries the guide edition\'s table, and every subject\'s and group\'s row of it is what the derivation gives', () => {
  assert.equal(rules.can.edition, guideEdition);
  for (const s of rules.subjects) assert.deepEqual(canOf(s, rules.can), capabilities(s, guideEdition, rules), s.id);
  for (const g of Object.keys(rules.groups) as (keyof typeof rules.groups)[]) {
    assert.deepEqual(canOf(g, rules.can), capabilities(g, guideEdition, rules), g);
  }
  assert.deepEqual(rules.can.categoryHrefs, { personal: '/tools/categories/', enterprise: '/tools/categories/enterprise/' });
});

// Today beside the guide (today.yaml): for each group, which topics today's sources answer, and how.
const todayTable: [group: GroupId, topic: TodayTopic, status: string | null, says: RegExp | null][] = [
  ['personal', 'certification', 'changed', /个人帐号已可以申请微信认证/],
  ['enterprise', 'certification', null, null],
  ['organisation', 'certification', null, null],
  ['personal', 'certification-fee', 'unverified', /未核实/],
  ['enterprise', 'certification-fee', 'changed', /300元.*年审.*有效期多长，官方页面未写明（未核实）/],
  ['organisation', 'certification-fee', 'changed', /费用未写明/],
  // What 认证 makes available today: 个人 still no 微信支付; every group: name review, avatar 未核实.
  ['personal', 'certification-effects', 'changed', /仍不能开通微信支付.*被搜索、分享.*头像是否受认证影响，本站未能核实/],
  ['enterprise', 'certification-effects', 'changed', /申请微信支付的前提.*60 个.*90 个.*名称审核.*未能核实/],
  ['organisation', 'certification-effects', 'changed', /申请微信支付的前提/],
  ['personal', 'payment', 'changed', /没有个人/],
  ['enterprise', 'payment', 'changed', /仍须已认证/],
  ['organisation', 'payment', 'changed', /仍须已认证/],
  ['personal', 'members', 'changed', /15 个项目成员/],
  ['enterprise', 'members', 'changed', /90 个/],
  ['personal', 'categories', 'changed', /外送/],
  ['enterprise', 'categories', null, null],
  ['organisation', 'open-platform', 'changed', /微信开发者平台/],
  ['personal', 'unionid', 'changed', /code2Session/],
  ['enterprise', 'filing', 'added', /2023 年 9 月 1 日起/],
  ['organisation', 'association', 'unverified', /未核实/],
];
for (const [group, topic, status, says] of todayTable) {
  test(`today × ${group} × ${topic}: ${status ?? 'same as the guide, or not known to differ'}`, () => {
    const now = rules.can.groups[group].now[topic];
    assert.equal(now?.status ?? null, status);
    if (says) assert.match(now!.text, says);
    if (now) {
      assert.ok(now.sources.length > 0 && now.sources.every((s) => s.url.startsWith('https://')));
      assert.match(now.checked, /^\d{4}-\d{2}-\d{2}$/);
    }
  });
}

test('a group-specific statement wins over one for every group; a statement names only listed sources', () => {
  const today: TodayStatement[] = [
    { topic: 'payment', status: 'changed', text: 'for personal', groups: ['personal'], sources: [], checked: '2026-12-05', rules: [] },
    { topic: 'payment', status: 'changed', text: 'for all', groups: null, sources: [], checked: '2026-12-05', rules: [] },
  ];
  assert.equal(nowOf('personal', today).payment?.text, 'for personal');
  assert.equal(nowOf('enterprise', today).payment?.text, 'for all');
  const r = raw();
  r['today.yaml'].statements[0].sources = ['no-such-source'];
  assert.throws(() => buildRuleSet(r), /today\.yaml: statements\[0\]\.sources: source "no-such-source" is not listed/);
});
