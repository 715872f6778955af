// The rule data: the real files load, and broken data is rejected with a message naming file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildRuleSet, RuleDataError, type RawRuleFiles, type RuleFileName } from '../../src/lib/rules/build.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { ruleFiles } from '../../src/lib/rules/schema.ts';

function realFiles(): RawRuleFiles {
  const raw: RawRuleFiles = {};
  for (const file of Object.keys(ruleFiles) as RuleFileName[]) {
    raw[file] = yaml.load(readFileSync(join('content/rules', file), 'utf8'));
  }
  return raw;
}

test('the real rule data loads: 53 rules, 11 decisions, 6 subjects, 9 category groups', () => {
  const rules = loadRuleSet();
  assert.equal(rules.rules.length, 53);
  assert.equal(rules.decisions.length, 11);
  assert.equal(rules.subjects.length, 6);
  assert.deepEqual(rules.categories.map((c) => c.name), ['快递业与邮政', '教育', '出行与交通', '生活服务', '餐饮', '旅游', '工具', '商业服务', '体育']);
  assert.ok(rules.rules.every((r) => r.asOf === '2018-04'));
});

test('facts are filled into rule texts from limits.yaml', () => {
  const rules = loadRuleSet();
  assert.equal(rules.rules.find((r) => r.id === 'R30')?.text, '个人主体小程序最多可绑定5个开发者、10个体验者。');
  assert.equal(rules.subjects.find((s) => s.id === 'personal')?.scope, '18岁以上有国内身份信息的微信实名用户');
});

test('D1: the category tree is grouped as the official table, not as the damaged Markdown', () => {
  const rules = loadRuleSet();
  const names = (level1: string) => rules.categories.find((c) => c.name === level1)?.children.map((c) => c.name);
  assert.deepEqual(names('出行与交通'), ['代驾']);
  assert.ok(names('生活服务')?.includes('票务') && names('生活服务')?.includes('家政'));
  assert.ok(names('商业服务')?.includes('法律服务'));
  assert.ok(!names('工具')?.includes('法律服务'));
  assert.equal(rules.categories.reduce((n, c) => n + c.children.length, 0), 40);
});

type Mutation = [name: string, mutate: (raw: any) => void, expected: RegExp];
const broken: Mutation[] = [
  ['a count that is text', (r) => { r['limits.yaml'].members.personal.developers = 'five'; }, /limits\.yaml: members\.personal\.developers: .*number/],
  ['a negative count', (r) => { r['limits.yaml'].remittance.deadlineDays = -10; }, /limits\.yaml: remittance\.deadlineDays/],
  ['an unknown field', (r) => { r['limits.yaml'].review.maxGroups = 5; }, /limits\.yaml: review: .*maxGroups/],
  ['a missing file', (r) => { delete r['steps.yaml']; }, /steps\.yaml: file is missing/],
  ['a malformed rule id', (r) => { r['rules.yaml'][0].id = 'rule-1'; }, /rules\.yaml: \[0\]\.id: must look like R12/],
  ['a gap in rule ids', (r) => { r['rules.yaml'].splice(4, 1); }, /rules\.yaml: R5 is missing/],
  ['a repeated rule id', (r) => { r['rules.yaml'][5].id = 'R5'; }, /rules\.yaml: \[5\]\.id: R5 appears twice/],
  ['an unknown guide page', (r) => { r['rules.yaml'][0].page = 'signup'; }, /rules\.yaml: \[0\]\.page/],
  ['an unknown fact in a text', (r) => { r['rules.yaml'][29].text = '最多{members.personal.admins}个'; }, /rules\.yaml: \[29\]\.text: unknown fact "members\.personal\.admins"/],
  ['a step citing a missing rule', (r) => { r['steps.yaml'].steps[0].rules = ['R99']; }, /steps\.yaml: steps\[0\]\.rules: rule R99 does not exist/],
  ['a step in a missing track', (r) => { r['steps.yaml'].steps[0].track = 'nowhere'; }, /steps\.yaml: steps\[0\]\.track: track "nowhere" does not exist/],
  ['a subject in an unknown group', (r) => { r['subjects.yaml'].subjects[0].group = 'family'; }, /subjects\.yaml: subjects\[0\]\.group/],
  ['a decision that does not exist', (r) => { r['rules.yaml'][0].decisions = ['D42']; }, /rules\.yaml: \[0\]\.decisions: decision D42 does not exist/],
  ['a bad source date', (r) => { r['source.yaml'].asOf = 'April 2018'; }, /source\.yaml: asOf: must be YYYY-MM/],
  ['a bad external address', (r) => { r['source.yaml'].officialDocs = 'not a url'; }, /source\.yaml: officialDocs/],
  ['an empty category group', (r) => { r['categories.yaml'][0] = { name: '快递业与邮政', children: [] }; }, /categories\.yaml: \[0\]/],
];

for (const [name, mutate, expected] of broken) {
  test(`broken data is rejected with a useful message: ${name}`, () => {
    const raw = realFiles();
    mutate(raw);
    assert.throws(() => buildRuleSet(raw), (error: unknown) => {
      assert.ok(error instanceof RuleDataError, 'a RuleDataError');
      assert.match(error.message, expected);
      return true;
    });
  });
}
