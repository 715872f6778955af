// The rule data: the real files load, and broken data is rejected with a message naming file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildRuleSet, RuleDataError, type RawRuleFiles, type RuleFileName } from '../../src/lib/rules/build.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { ruleFiles } from '../../src/lib/rules/rule-files.ts';

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

// Texts that quote the seed, with their values (numbers and lists) filled from limits.yaml.
const ruleTexts: [id: string, text: string][] = [
  ['R3', '请填写未注册过公众平台、开放平台、企业号、未绑定个人号的邮箱。'],
  ['R19', '选择对公打款的用户，请根据页面提示，向指定的收款帐号汇入指定金额。'],
  ['R39', '内测期间，代码发布按钮不可点击。'],
  ['R41', '个人类型帐号暂不支持微信认证。'],
  ['R48', '公众号关联小程序后，将可在图文消息、自定义菜单、模板消息等功能中使用小程序。'],
];
for (const [id, text] of ruleTexts) {
  test(`${id} reads as the seed words it`, () => assert.equal(loadRuleSet().rules.find((r) => r.id === id)?.text, text));
}

test('D3 takes its age from limits.yaml, in the title and the text', () => {
  const d3 = loadRuleSet().decisions.find((d) => d.id === 'D3')!;
  assert.equal(d3.title, '“18岁以上”包含 18 岁');
  assert.match(d3.text, /年满 18 岁即符合条件/);
  const raw = realFiles();
  (raw['limits.yaml'] as any).personal.minAge = 16;
  const changed = buildRuleSet(raw).decisions.find((d) => d.id === 'D3')!;
  assert.equal(changed.title, '“16岁以上”包含 16 岁');
  assert.match(changed.text, /年满 16 岁/);
});

test('D8 claims only what the tracked copies show: first seen 2017-06-16, still there 2018-11-12', () => {
  const d8 = loadRuleSet().decisions.find((d) => d.id === 'D8')!;
  assert.match(d8.text, /2017 年 6 月 16 日/);
  assert.match(d8.text, /2018 年 11 月 12 日/);
  assert.doesNotMatch(`${d8.title} ${d8.text}`, /过时|2017 年小程序内测时|仅作历史/);
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

test('superseded notes: each cites existing rules, no rule has two notes, every source has an address and a confidence', () => {
  const rules = loadRuleSet();
  const ruleIds = new Set(rules.rules.map((r) => r.id));
  const noteOf = new Map<string, string>();
  for (const note of rules.superseded) {
    for (const id of note.rules) {
      assert.ok(ruleIds.has(id), `${note.id}: ${id} is not a rule`);
      assert.ok(!noteOf.has(id), `${id} has two notes: ${noteOf.get(id)} and ${note.id}`);
      noteOf.set(id, note.id);
    }
    assert.ok(note.sources.length > 0, `${note.id}: no source`);
    for (const s of note.sources) {
      assert.match(s.url, /^https?:\/\/[^\s]+$/, `${note.id}: ${s.title}`);
      assert.ok(['high', 'medium', 'low'].includes(s.confidence), `${note.id}: ${s.title}: confidence ${s.confidence}`);
      assert.ok(s.date.trim() !== '', `${note.id}: ${s.title}: no date`);
    }
  }
  // The rules known to have changed (D11) or to be unverified today all have a note.
  for (const id of ['R30', 'R31', 'R32', 'R41', 'R46', 'R50', 'R51', 'R52']) assert.ok(noteOf.has(id), `${id} has no note`);
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
  ['an unknown fact in a decision title', (r) => { r['decisions.yaml'][2].title = '{personal.maxAge}岁'; }, /decisions\.yaml: \[2\]\.title: unknown fact "personal\.maxAge"/],
  ['a fact that is neither number nor list', (r) => { r['rules.yaml'][2].text = '{email}'; }, /rules\.yaml: \[2\]\.text: fact "email" is not a number or a list of strings/],
  ['a step citing a missing rule', (r) => { r['steps.yaml'].steps[0].rules = ['R99']; }, /steps\.yaml: steps\[0\]\.rules: rule R99 does not exist/],
  ['a step in a missing track', (r) => { r['steps.yaml'].steps[0].track = 'nowhere'; }, /steps\.yaml: steps\[0\]\.track: track "nowhere" does not exist/],
  ['a subject in an unknown group', (r) => { r['subjects.yaml'].subjects[0].group = 'family'; }, /subjects\.yaml: subjects\[0\]\.group/],
  ['a decision that does not exist', (r) => { r['rules.yaml'][0].decisions = ['D42']; }, /rules\.yaml: \[0\]\.decisions: decision D42 does not exist/],
  ['a bad source date', (r) => { r['source.yaml'].asOf = 'April 2018'; }, /source\.yaml: asOf: must be YYYY-MM/],
  ['a bad external address', (r) => { r['source.yaml'].officialDocs = 'not a url'; }, /source\.yaml: officialDocs/],
  ['an empty category group', (r) => { r['categories.yaml'][0] = { name: '快递业与邮政', children: [] }; }, /categories\.yaml: \[0\]/],
  ['a superseded note citing a missing rule', (r) => { r['superseded.yaml'][0].rules = ['R99']; }, /superseded\.yaml: \[0\]\.rules: rule R99 does not exist/],
  ['a superseded note with an unknown status', (r) => { r['superseded.yaml'][0].status = 'outdated'; }, /superseded\.yaml: \[0\]\.status/],
  ['a superseded source without an address', (r) => { delete r['superseded.yaml'][0].sources[0].url; }, /superseded\.yaml: \[0\]\.sources\[0\]\.url/],
  ['a superseded source with a bad address', (r) => { r['superseded.yaml'][0].sources[0].url = 'developers.weixin.qq.com'; }, /superseded\.yaml: \[0\]\.sources\[0\]\.url/],
  ['a superseded source without a confidence', (r) => { delete r['superseded.yaml'][0].sources[0].confidence; }, /superseded\.yaml: \[0\]\.sources\[0\]\.confidence/],
  ['a superseded note on an unknown topic', (r) => { r['superseded.yaml'][0].topic = 'nowhere'; }, /superseded\.yaml: \[0\]\.topic: topic "nowhere" does not exist in history\.yaml/],
  ['a superseded note for an unknown subject group', (r) => { r['superseded.yaml'][0].groups = ['aliens']; }, /superseded\.yaml: \[0\]\.groups\[0\]/],
  ['a step with neither rules nor a note', (r) => { delete r['steps.yaml'].steps[0].rules; }, /steps\.yaml: steps\[0\]: a step cites the guide's rules or names/],
  ['a step with both rules and a note', (r) => { r['steps.yaml'].steps[0].after = 'filing'; }, /steps\.yaml: steps\[0\]: a step cites the guide's rules or names/],
  ['a step after an unknown note', (r) => { const s = r['steps.yaml'].steps[0]; delete s.rules; s.after = 'nothing'; }, /steps\.yaml: steps\[0\]\.after: note "nothing" does not exist/],
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
