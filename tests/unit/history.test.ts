// The rule history (content/rules/history.yaml): the real file loads, every claim carries a source and a
// confidence, tracker copies are pinned to known commits, sample rows say what the tracker says, and broken
// data is rejected with a message naming file and field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildRuleSet, RuleDataError, type RawRuleFiles, type RuleFileName } from '../../src/lib/rules/build.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { ruleFiles } from '../../src/lib/rules/rule-files.ts';
import type { HistoryEntry } from '../../src/lib/rules/types.ts';

function realFiles(): RawRuleFiles {
  const raw: RawRuleFiles = {};
  for (const file of Object.keys(ruleFiles) as RuleFileName[]) {
    raw[file] = yaml.load(readFileSync(join('content/rules', file), 'utf8'));
  }
  return raw;
}

const tracker = 'https://github.com/wepyjs/weapp-document-tracker/blob/';
const trackerFiles = [
  'md/_debug_wxadoc_introduction_index.md', // T: the guide
  'md/_debug_wxadoc_product_material.md', // T-mat: 服务类目 / 资质
  'md/_debug_wxadoc_product_renzheng.md', // T-rz: 微信小程序认证指引
];

// The tracker commits RULE-HISTORY.md names, by snapshot date (UTC day of the commit, as the research dates them).
// Short hashes in RULE-HISTORY.md were resolved against wepyjs/weapp-document-tracker.
const trackerCommits: Record<string, string> = {
  bbd6e517b5e54fbe94d3cf9a41f5d60cd1cc3c82: '2017-06-16',
  e36698b7b39c32948e18ca3ed9d73c56953252b3: '2017-06-22',
  d0de8a54589a35fd99653b6b9db2d6f0f5113ea0: '2017-06-22',
  dda309cff3a9ba16587b515dd0367b18b2008146: '2017-08-31',
  '80e2c96d97e45bdbe4e641de3fed8efdde71190d': '2017-11-02',
  '169066feea52aa614b8e0846f3ad7f690cb2575a': '2017-11-14',
  '1ffa6bab5e819b7e593e81c7b18ee37ad40ea0a4': '2017-12-15',
  '2360331b9d2ae05fb1673a83629888d5f0249251': '2018-01-14',
  a391eede85b971882b57f164f0fdab2b3059ba91: '2018-03-13',
  bc58bc2f88d385dbcdadb443d36e35b545e70616: '2018-04-16',
  '8a3bcd2c766b24a44cdcc9b8f607de824c48e903': '2018-07-04',
  f0bddfbb3133bda4c8fbb57c85a0a7b17c32e91a: '2018-07-23',
  '16e7d94b567df0c7a4a43de78e5939dc054f7478': '2018-07-30',
  '75c679bd87c543462403df4c3fb717a11597f320': '2018-09-11',
  '4cba2ae9f3d41ceafa2b90ab0e4c907b724dd255': '2018-09-17', // T-mat only: 律师 gets its qualification (read for issue 21)
  bd8e0bb1fca80963e929d41aaa3a40fbda2a607d: '2018-09-29',
  e902e918243538459308f6dc516fecc7c1d75808: '2018-10-15',
  '310806065db00d7e3cb073eb4b5ede154af8a0e2': '2018-10-16',
  '844dce823f94151ac329e652badc7ab66e87ef84': '2018-11-05',
  c95617fd30291ee03e19d82e38b158bdcb12146a: '2018-11-06',
  '10c214c79216c3d6aaf85125980d7dadcc4773b5': '2018-11-12',
  c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d: '2018-11-15', // newest T-mat / T-rz
  '6e59a4dedf2ef040b9bd46c52826bf66c1d3d52a': '2018-11-16', // the repository's last commit
};

const history = () => loadRuleSet().history;
const isTracker = (e: HistoryEntry) => e.source.url.includes('github.com/wepyjs/weapp-document-tracker');

test('the real history loads, with entries for every topic', () => {
  const { topics, entries } = history();
  assert.deepEqual(topics.map((t) => t.id), [
    'subjects', 'verification', 'fast-registration', 'certification', 'personal-certification', 'annual-review', 'categories', 'members',
    'review', 'payment', 'open-platform', 'association', 'filing', 'wecom', 'hardware', 'guide',
  ]);
  for (const t of topics) assert.ok(entries.some((e) => e.topic === t.id), `topic ${t.id} has no entries`);
});

test('every entry has a source address, a title and a confidence', () => {
  for (const [i, e] of history().entries.entries()) {
    assert.match(e.source.url, /^https?:\/\/\S+$/, `entries[${i}] (${e.topic})`);
    assert.ok(e.source.title.trim() !== '', `entries[${i}] (${e.topic}): no title`);
    assert.ok(['high', 'medium', 'low'].includes(e.confidence), `entries[${i}] (${e.topic}): confidence ${e.confidence}`);
    assert.ok(e.value.trim() !== '', `entries[${i}] (${e.topic}): no value`);
  }
});

test('every tracker copy is a blob URL at a known commit, and dates the entry', () => {
  const tracked = history().entries.filter(isTracker);
  assert.ok(tracked.length > 20);
  for (const e of tracked) {
    const where = `${e.topic} ${e.from}`;
    assert.ok(e.source.commit, `${where}: no commit`);
    const commit = e.source.commit!;
    assert.match(commit, /^[0-9a-f]{40}$/, `${where}: commit must be the full hash`);
    assert.ok(commit in trackerCommits, `${where}: ${commit} is not a version RULE-HISTORY.md lists`);
    assert.ok(trackerFiles.some((f) => e.source.url === `${tracker}${commit}/${f}`), `${where}: ${e.source.url}`);
    // A copy shows the value on its own date: the first or the last date of the entry.
    assert.ok([e.from, e.until].includes(trackerCommits[commit]), `${where}: ${commit.slice(0, 9)} is dated ${trackerCommits[commit]}`);
  }
});

test('only official pages are high; third-party pages are low; the official community is medium', () => {
  for (const e of history().entries) {
    const host = new URL(e.source.url).host;
    const official = host === 'developers.weixin.qq.com' || isTracker(e);
    if (!official) assert.equal(e.confidence, 'low', `${e.topic} ${e.from}: ${host} is a third-party page`);
    // An answer or post in WeChat's own community is graded like API docs, never as a third-party page.
    if (e.source.url.includes('developers.weixin.qq.com/community/')) assert.equal(e.confidence, 'medium', `${e.topic} ${e.from}: a community post`);
  }
});

test('what holds today is said plainly: today\'s unread pages are "unverified", "same" is a dated range or today\'s page', () => {
  for (const e of history().entries) {
    const where = `${e.topic} ${e.from}: ${e.value.slice(0, 20)}`;
    // A current page that could not be read is never "the same as the guide".
    if (e.from === 'now' && /未能读取|未经核实/.test(e.value)) assert.notEqual(e.change, 'same', where);
    if (e.change === 'same' && e.from !== 'now') assert.ok(e.until && /^\d{4}/.test(e.until) && e.until !== e.from, where);
    if (e.change === 'unverified') assert.equal(e.from, 'now', where);
  }
});

test('reader-facing sentences name no API field and no commit: those are in the source', () => {
  for (const e of history().entries) {
    // Addresses the rule itself names (R26's link) are part of what the guide said, not API names.
    for (const text of [e.value, e.dateNote ?? ''].map((t) => t.replace(/[\w.-]+\.(?:com|cn)\/\S*?(?=[。，；）]|$)/g, ''))) {
      assert.doesNotMatch(text, /\b[a-z]+_[a-z_]+\b/, `${e.topic} ${e.from}: an API name in "${text}"`);
      assert.doesNotMatch(text, /\b[0-9a-f]{7,40}\b/, `${e.topic} ${e.from}: a commit in "${text}"`);
      assert.doesNotMatch(text, /此后未变/, `${e.topic} ${e.from}`);
    }
  }
});

test('a page\'s publication date dates a change "no later than": the 2019-05 member numbers and the 2019 UnionID copy', () => {
  const dated = history().entries.filter((e) => e.noLaterThan).map((e) => `${e.topic} ${e.from}`);
  assert.deepEqual(dated.sort(), ['members 2019-05', 'open-platform 2019-05']);
});

test('the fast registration through an official account is its own topic, not a change to the email path (R12–R25)', () => {
  const fast = history().entries.filter((e) => /复用公众号|这条途径/.test(e.value) || e.source.url.includes('fast-registration') || e.source.url.includes('fast_registration'));
  assert.ok(fast.length >= 2);
  for (const e of fast) {
    assert.equal(e.topic, 'fast-registration', e.value);
    assert.deepEqual(e.rules, [], e.value);
  }
});

test('every rule an entry or topic names exists and belongs to its topic', () => {
  const rules = loadRuleSet();
  const ids = new Set(rules.rules.map((r) => r.id));
  const { topics, entries } = rules.history;
  for (const t of topics) for (const id of t.rules) assert.ok(ids.has(id), `topic ${t.id}: ${id}`);
  for (const e of entries) {
    const topic = topics.find((t) => t.id === e.topic)!;
    for (const id of e.rules) {
      assert.ok(ids.has(id), `${e.topic} ${e.from}: ${id}`);
      assert.ok(topic.rules.includes(id), `${e.topic} ${e.from}: ${id} is not in the topic`);
    }
  }
  // Topics the guide never covered have no rules.
  for (const id of ['fast-registration', 'annual-review', 'filing', 'wecom', 'hardware', 'guide']) {
    assert.deepEqual(topics.find((t) => t.id === id)?.rules, [], id);
  }
});

test('dates are in order: an entry ends no earlier than it starts', () => {
  const dated = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  for (const e of history().entries) {
    if (e.until && dated.test(e.from) && dated.test(e.until)) assert.ok(e.from <= e.until, `${e.topic}: ${e.from} → ${e.until}`);
    if (e.change === 'same' && isTracker(e)) assert.ok(e.until, `${e.topic} ${e.from}: a span needs its last date`);
  }
});

// Sample rows, each checked against the tracker by hand (see RULE-HISTORY.md and the YAML comments).
type Sample = [
  name: string,
  find: (e: HistoryEntry) => boolean,
  expected: { from: string; until?: string; change: HistoryEntry['change']; commit?: string; value: RegExp[] },
];
const samples: Sample[] = [
  ['association: the section appears on 2017-06-22 with 3 公众号 per mini program and 5 per month',
    (e) => e.topic === 'association' && e.from === '2017-06-22',
    { from: '2017-06-22', until: '2017-12-15', change: 'added', commit: 'e36698b7b39c32948e18ca3ed9d73c56953252b3', value: [/3 个公众号/, /小程序每月 5 次/, /13 次/] }],
  ['association: 3 → 500 公众号 and 5 → 500 per month on 2018-01-14',
    (e) => e.topic === 'association' && e.from === '2018-01-14' && e.change === 'changed',
    { from: '2018-01-14', until: '2018-11-12', change: 'changed', commit: '2360331b9d2ae05fb1673a83629888d5f0249251', value: [/500 个公众号/, /500 次/] }],
  ['categories: the R27 disclaimer is added on 2017-11-02',
    (e) => e.topic === 'categories' && e.rules.join() === 'R27' && e.change === 'added',
    { from: '2017-11-02', change: 'added', commit: '80e2c96d97e45bdbe4e641de3fed8efdde71190d', value: [/仅供参考/] }],
  ['categories: the first copy has 9 / 45 / 4',
    (e) => e.topic === 'categories' && e.from === '2017-06-16' && e.rules.includes('R28'),
    { from: '2017-06-16', until: '2017-08-31', change: 'same', commit: 'bbd6e517b5e54fbe94d3cf9a41f5d60cd1cc3c82', value: [/9 个一级、45 个二级、4 个三级/, /综合生活服务平台/] }],
  ['categories: 2018-07-04 removes 票务 and adds 丽人, giving 9 / 36 / 13',
    (e) => e.topic === 'categories' && e.from === '2018-07-04',
    { from: '2018-07-04', change: 'changed', commit: '8a3bcd2c766b24a44cdcc9b8f607de824c48e903', value: [/票务/, /丽人/, /律师/, /9 \/ 36 \/ 13/] }],
  ['review: the 内测 note is present from 2017-06-16 to 2018-11-12',
    (e) => e.topic === 'review' && e.rules.join() === 'R39',
    { from: '2017-06-16', until: '2018-11-12', change: 'same', commit: '10c214c79216c3d6aaf85125980d7dadcc4773b5', value: [/内测期间，代码发布按钮不可点击/] }],
  ['members: 5 / 10, 10 / 20, 20 / 40 unchanged 2017-06-16 → 2018-11-12',
    (e) => e.topic === 'members' && e.from === '2017-06-16',
    { from: '2017-06-16', until: '2018-11-12', change: 'same', commit: '10c214c79216c3d6aaf85125980d7dadcc4773b5', value: [/个人 5 个开发者、10 个体验者/, /10 \/ 20/, /20 \/ 40/] }],
  ['verification: the 认证 page charges 300 元/次 except 政府 and some organisations',
    (e) => e.topic === 'verification' && e.source.commit === 'c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d',
    { from: '2017-06-16', until: '2018-11-15', change: 'same', value: [/300 元\/次/, /基金会/] }],
  ['wecom: the section appears on 2018-10-15',
    (e) => e.topic === 'wecom' && e.change === 'added',
    { from: '2018-10-15', change: 'added', commit: 'e902e918243538459308f6dc516fecc7c1d75808', value: [/在企业微信中使用小程序/] }],
  ['guide: the devtools chapter is removed on 2018-04-16',
    (e) => e.topic === 'guide' && e.change === 'removed',
    { from: '2018-04-16', change: 'removed', commit: 'bc58bc2f88d385dbcdadb443d36e35b545e70616', value: [/开发者工具的使用/] }],
  ['personal-certification: R41 is superseded by personal 认证 (customer_type 15, named in the source, not the sentence)',
    (e) => e.topic === 'personal-certification' && e.source.url.includes('api_secwxaapi_wxaauth') && /个人是15/.test(e.source.title),
    { from: 'now', change: 'superseded', value: [/个人列为可认证的主体类型/] }],
  ['categories: from 2018-09-17 律师 needs 《律师执业资格证》 in the personal table',
    (e) => e.topic === 'categories' && e.from === '2018-09-17',
    { from: '2018-09-17', until: '2018-11-15', change: 'changed', commit: '4cba2ae9f3d41ceafa2b90ab0e4c907b724dd255', value: [/律师/, /《律师执业资格证》/] }],
  ['members: the third-party numbers are dated no later than 2019-05, the page\'s date',
    (e) => e.topic === 'members' && e.from === '2019-05',
    { from: '2019-05', change: 'changed', value: [/个人 15/] }],
];
for (const [name, find, expected] of samples) {
  test(`sample row: ${name}`, () => {
    const found = history().entries.filter(find);
    assert.equal(found.length, 1, `${found.length} entries match`);
    const e = found[0]!;
    assert.equal(e.from, expected.from);
    assert.equal(e.until, expected.until);
    assert.equal(e.change, expected.change);
    if (expected.commit) assert.equal(e.source.commit, expected.commit);
    for (const pattern of expected.value) assert.match(e.value, pattern);
  });
}

type Mutation = [name: string, mutate: (history: any) => void, expected: RegExp];
const broken: Mutation[] = [
  ['an entry without a confidence', (h) => { delete h.entries[0].confidence; }, /history\.yaml: entries\[0\]\.confidence/],
  ['an unknown confidence', (h) => { h.entries[0].confidence = 'certain'; }, /history\.yaml: entries\[0\]\.confidence/],
  ['a source without an address', (h) => { delete h.entries[0].source.url; }, /history\.yaml: entries\[0\]\.source\.url/],
  ['a source with a bad address', (h) => { h.entries[0].source.url = 'github.com/wepyjs'; }, /history\.yaml: entries\[0\]\.source\.url/],
  ['a tracker copy without its commit', (h) => { delete h.entries[0].source.commit; }, /history\.yaml: entries\[0\]\.source\.commit: a tracker copy needs its commit/],
  ['a malformed commit', (h) => { h.entries[0].source.commit = 'HEAD'; }, /history\.yaml: entries\[0\]\.source\.commit/],
  ['an unknown topic', (h) => { h.entries[0].topic = 'nowhere'; }, /history\.yaml: entries\[0\]\.topic: topic "nowhere" does not exist/],
  ['an unknown rule', (h) => { h.entries[0].rules = ['R99']; }, /history\.yaml: entries\[0\]\.rules: rule R99 does not exist/],
  ['a rule not in its topic', (h) => { h.entries[0].topic = 'subjects'; h.entries[0].rules = ['R30']; }, /history\.yaml: entries\[0\]\.rules: R30 is not a rule of topic "subjects"/],
  ['a topic citing an unknown rule', (h) => { h.topics[0].rules = ['R6', 'R99']; }, /history\.yaml: topics\[0\]\.rules: rule R99 does not exist/],
  ['a bad date', (h) => { h.entries[0].from = '2018/04/16'; }, /history\.yaml: entries\[0\]\.from: must be YYYY, YYYY-MM, YYYY-MM-DD/],
  ['a bad end date', (h) => { h.entries[0].until = 'later'; }, /history\.yaml: entries\[0\]\.until: must be YYYY/],
  ['an unknown kind of change', (h) => { h.entries[0].change = 'updated'; }, /history\.yaml: entries\[0\]\.change/],
  ['the old kind "unchanged-since"', (h) => { h.entries[0].change = 'unchanged-since'; }, /history\.yaml: entries\[0\]\.change/],
  ['"same" on a single copy', (h) => { delete h.entries[0].until; h.entries[0].change = 'same'; }, /entries\[0\]\.change: "same" needs a dated range/],
  ['"unverified" on an archived copy', (h) => { h.entries[0].change = 'unverified'; }, /entries\[0\]\.change: "unverified" is said of today's page only/],
  ['noLaterThan other than true', (h) => { h.entries[0].noLaterThan = false; }, /history\.yaml: entries\[0\]\.noLaterThan/],
  ['an unknown field', (h) => { h.entries[0].note = 'x'; }, /history\.yaml: entries\[0\]: .*note/],
  ['a topic with no entries', (h) => { h.entries = h.entries.filter((e: any) => e.topic !== 'hardware'); }, /history\.yaml: topic "hardware" has no entries/],
  ['a topic id used twice', (h) => { h.topics[1].id = h.topics[0].id; }, /history\.yaml: topics: an id appears twice/],
];
for (const [name, mutate, expected] of broken) {
  test(`broken history is rejected with a useful message: ${name}`, () => {
    const raw = realFiles();
    assert.equal((raw['history.yaml'] as any).entries[0].source.url.startsWith(tracker), true, 'entries[0] is a tracker copy');
    mutate(raw['history.yaml']);
    assert.throws(() => buildRuleSet(raw), (error: unknown) => {
      assert.ok(error instanceof RuleDataError, 'a RuleDataError');
      assert.match(error.message, expected);
      return true;
    });
  });
}
