// The rule history's view logic (src/lib/history.ts), by table: date order and the reader's order (newest
// first), grouping, a rule's entries, what counts as after the guide, the rules that have changed, the
// summary, date text and the kind of an entry as read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  changedRules, changeText, dateKey, dateText, entriesBeforeGuide, entriesForRules, entriesForTopic, entriesSinceGuide, formatDates, groupByTopic, isAfter,
  isChange, machineDate, newestFirst, notesForGroup, parseRules, ruleRange, shortCommit, sortEntries, summary, topicsOfRules,
} from '../../src/lib/history.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import type { GroupId, HistoryChange, HistoryEntry, RuleHistory, SupersededNote } from '../../src/lib/rules/types.ts';

const asOf = '2018-04-16';
const entry = (topic: string, from: string, change: HistoryChange, rules: string[] = [], extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  topic, rules, from, change, value: `${topic} ${from} ${change}`, source: { title: 't', url: 'https://example.org/' }, confidence: 'high', ...extra,
});
const note = (id: string, topic: string, status: SupersededNote['status'], rules: string[] = []): SupersededNote => ({
  id, topic, status, rules, title: `note ${id}`, text: 'x', sources: [{ title: 's', url: 'https://example.org/', date: 'now', confidence: 'high' }],
});

const fixture: RuleHistory = {
  topics: [
    { id: 'members', label: '名额', rules: ['R30', 'R31'] },
    { id: 'cert', label: '个人认证', rules: ['R41'] },
    { id: 'filing', label: '备案', rules: [] },
    { id: 'quiet', label: '未变', rules: ['R43'] },
  ],
  entries: [
    entry('members', 'undated', 'changed', ['R30', 'R31']),                         // 0
    entry('members', '2017-06-16', 'same', ['R30', 'R31'], { until: '2018-11-12' }),            // 1
    entry('cert', 'now', 'superseded', ['R41']),                                   // 2
    entry('members', '2019-05', 'changed', ['R31']),                               // 3
    entry('filing', '2023-08', 'added'),                                           // 4
    entry('cert', '2017-06-16', 'same', ['R41'], { until: '2018-11-12' }),            // 5
    entry('quiet', '2017-06-16', 'same', ['R43'], { until: '2018-11-12' }),            // 6
    entry('members', '2017-06-16', 'changed', ['R30']),                            // 7: same day, single date
    entry('filing', 'now', 'added'),                                               // 8
    entry('quiet', '2018-04', 'changed', ['R43']),                                 // 9: April 2018 is not after 04-16
  ],
};
const idx = (list: HistoryEntry[]) => list.map((e) => fixture.entries.indexOf(e));

const dateKeys: [string, string, '<' | '>'][] = [
  ['2017-06-16', '2018-01-14', '<'],
  ['2018', '2018-07', '<'],
  ['2018-07', '2018-07-04', '<'],
  ['2024-12-30', 'undated', '<'],
  ['undated', 'now', '<'],
  ['now', '2099-01-01', '>'],
];
for (const [a, b, rel] of dateKeys) {
  test(`dateKey: ${a} ${rel} ${b}`, () => assert.equal(dateKey(a) < dateKey(b), rel === '<'));
}

const afterCases: [string, boolean][] = [
  ['2018-04-16', false], ['2018-04-17', true], ['2018-04', false], ['2018-05', true], ['2018', false],
  ['2019', true], ['2017-11-02', false], ['now', true], ['undated', false],
];
for (const [date, expected] of afterCases) {
  test(`isAfter(${date}, ${asOf}) is ${expected}`, () => assert.equal(isAfter(date, asOf), expected));
}

test('sortEntries: by first-seen date, then last-seen (a single day before a range from it), undated before now, stable', () => {
  assert.deepEqual(idx(sortEntries(fixture.entries)), [7, 1, 5, 6, 9, 3, 4, 0, 2, 8]);
  assert.deepEqual(idx(sortEntries(fixture.entries.filter((e) => e.topic === 'members'))), [7, 1, 3, 0]);
});

test('newestFirst: what holds latest first (today, undated, then by last-seen and first-seen date, newest first), stable', () => {
  assert.deepEqual(idx(newestFirst(fixture.entries)), [2, 8, 0, 4, 3, 1, 5, 6, 9, 7]);
  // A range that runs to 2018-11-12 comes before a single copy of 2018-04, and that before 2017-06-16.
  assert.deepEqual(idx(newestFirst(fixture.entries.filter((e) => e.topic === 'members'))), [0, 3, 1, 7]);
});

test('groupByTopic: every topic in the data order, each with its entries newest first', () => {
  const groups = groupByTopic(fixture);
  assert.deepEqual(groups.map((g) => g.topic.id), ['members', 'cert', 'filing', 'quiet']);
  assert.deepEqual(groups.map((g) => idx(g.entries)), [[0, 3, 1, 7], [2, 5], [8, 4], [6, 9]]);
  assert.deepEqual(idx(entriesForTopic(fixture, 'filing')), [8, 4]);
});

const ruleCases: [rules: string[], entries: number[], topics: string[]][] = [
  [['R30'], [0, 1, 7], ['members']],
  [['R31'], [0, 3, 1], ['members']],
  [['R30', 'R31'], [0, 3, 1, 7], ['members']],
  [['R41', 'R43'], [2, 5, 6, 9], ['cert', 'quiet']],
  [['R1'], [], []],
];
for (const [rules, entries, topics] of ruleCases) {
  test(`entriesForRules(${rules}) and topicsOfRules`, () => {
    assert.deepEqual(idx(entriesForRules(fixture, rules)), entries);
    assert.deepEqual(topicsOfRules(fixture, rules).map((t) => t.id), topics);
  });
}

test('changedRules: notes with status changed, and entries "superseded" after the guide; not unverified notes', () => {
  const notes = [note('m', 'members', 'changed', ['R30', 'R31']), note('q', 'quiet', 'unverified', ['R43']), note('f', 'filing', 'added')];
  assert.deepEqual([...changedRules(fixture, notes, asOf)], [['R30', 'members'], ['R31', 'members'], ['R41', 'cert']]);
  const early: RuleHistory = { ...fixture, entries: [entry('quiet', '2018-01', 'superseded', ['R43'])] };
  assert.deepEqual([...changedRules(early, [], asOf)], [], 'a superseded entry from before the guide does not count');
});

test('summary: per topic in data order, its notes and its changes after the guide; unchanged and early entries left out', () => {
  const notes = [note('f', 'filing', 'added'), note('m', 'members', 'changed', ['R30'])];
  const s = summary(fixture, notes, asOf);
  assert.deepEqual(s.map((i) => i.topic.id), ['members', 'cert', 'filing']);
  assert.deepEqual(s.map((i) => i.notes.map((n) => n.id)), [['m'], [], ['f']]);
  assert.deepEqual(s.map((i) => idx(i.entries)), [[3], [2], [4, 8]]);
});

const dates: [Pick<HistoryEntry, 'from' | 'until' | 'dateNote' | 'noLaterThan'>, string][] = [
  [{ from: '2018-07-04' }, '2018-07-04'],
  [{ from: '2017-06-16', until: '2018-11-12' }, '2017-06-16 至 2018-11-12'],
  [{ from: '2018-01-14', until: '2018-01-14' }, '2018-01-14'],
  [{ from: 'now' }, '现行'],
  [{ from: 'undated' }, '日期不详'],
  [{ from: '2018-09-11', until: 'now' }, '2018-09-11 至 现行'],
  [{ from: '2019', dateNote: '副本地址中的时间戳' }, '2019（副本地址中的时间戳）'],
  [{ from: '2019-05', noLaterThan: true }, '不晚于 2019-05'],
];
for (const [e, text] of dates) test(`formatDates → ${text}`, () => assert.equal(formatDates(e), text));

// The kind of entry beside its dates: a range of copies that agree never reads "此后未变" (as if to this day).
const kinds: [Pick<HistoryEntry, 'change' | 'from'>, string, boolean][] = [
  [{ change: 'same', from: '2017-06-16' }, '期间各版相同', false],
  [{ change: 'same', from: 'now' }, '与指南相同', false],
  [{ change: 'unverified', from: 'now' }, '未核实', false],
  [{ change: 'added', from: '2018-10-15' }, '新增', true],
  [{ change: 'changed', from: 'now' }, '变更', true],
  [{ change: 'removed', from: '2018-09-11' }, '删除', true],
  [{ change: 'superseded', from: 'now' }, '已被取代', true],
];
for (const [e, text, change] of kinds) {
  test(`changeText(${e.change}, ${e.from}) → ${text}; a change: ${change}`, () => {
    assert.equal(changeText(e), text);
    assert.equal(isChange(e), change);
  });
}

test('the real data: no entry reads "此后未变"; a range of copies reads "A 至 B 期间各版相同"', () => {
  for (const e of loadRuleSet().history.entries) {
    const line = `${formatDates(e)} ${changeText(e)}`;
    assert.doesNotMatch(line, /此后未变/, line);
    if (e.change === 'same' && e.until) assert.match(line, /^\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2} 期间各版相同$/, line);
  }
});

test('dateText, machineDate, shortCommit', () => {
  assert.equal(dateText('2018-04-16'), '2018-04-16');
  assert.equal(machineDate('2018-07'), '2018-07');
  assert.equal(machineDate('now'), undefined);
  assert.equal(shortCommit('8a3bcd2c766b24a44cdcc9b8f607de824c48e903'), '8a3bcd2');
});

const ranges: [string[], string][] = [
  [['R41'], 'R41'], [['R40', 'R41'], 'R40、R41'], [['R50', 'R51', 'R52'], 'R50–R52'],
  [['R6', 'R7', 'R8', 'R9', 'R10', 'R11'], 'R6–R11'], [['R12', 'R13', 'R14', 'R16'], 'R12–R14、R16'], [['R52', 'R50', 'R51'], 'R50–R52'],
];
for (const [rules, text] of ranges) test(`ruleRange(${rules}) → ${text}`, () => assert.equal(ruleRange(rules), text));

test('parseRules reads "R50 R51", "R50,R51", "R50、R51" and arrays', () => {
  for (const input of ['R50 R51', 'R50,R51', ' R50、R51 ', ['R50', 'R51']]) assert.deepEqual(parseRules(input), ['R50', 'R51']);
});

test('the real data: R41 and R46 have changed since the guide; every rule with history has one topic', () => {
  const rules = loadRuleSet();
  const changed = changedRules(rules.history, rules.superseded, rules.source.asOfDate);
  assert.equal(changed.get('R41'), 'personal-certification');
  assert.ok(changed.has('R46'));
  for (const r of new Set(rules.history.entries.flatMap((e) => e.rules))) assert.equal(topicsOfRules(rules.history, [r]).length, 1, r);
  assert.ok(summary(rules.history, rules.superseded, rules.source.asOfDate).some((s) => s.topic.id === 'filing'));
});

// What the calculators show beside the 2018-04-16 numbers: the values an older guide gave, and what is said of them since.
const calcHistory: RuleHistory = {
  topics: [{ id: 'association', label: '公众号关联小程序', rules: ['R50', 'R51', 'R52'] }],
  entries: [
    { topic: 'association', rules: ['R50', 'R51', 'R52'], from: '2017-06-22', until: '2017-12-15', change: 'added', value: '3 个公众号', source: { title: 't', url: 'https://example.com/a' }, confidence: 'high' },
    { topic: 'association', rules: ['R51', 'R52'], from: '2018-01-14', until: '2018-11-12', change: 'changed', value: '500 个公众号', source: { title: 't', url: 'https://example.com/b' }, confidence: 'high' },
    { topic: 'association', rules: ['R50'], from: '2017-06-22', until: '2018-11-12', change: 'same', value: '10 + 3', source: { title: 't', url: 'https://example.com/c' }, confidence: 'high' },
    { topic: 'association', rules: ['R51'], from: 'undated', change: 'changed', value: '无限制？', source: { title: 't', url: 'https://example.com/d' }, confidence: 'low' },
    { topic: 'association', rules: ['R51'], from: 'now', change: 'unverified', value: '未能读取', source: { title: 't', url: 'https://example.com/e' }, confidence: 'medium' },
  ],
};
const calcCases: [name: string, fn: typeof entriesBeforeGuide, rules: string[], values: string[]][] = [
  ['before the guide: what had given way by 2018-04-16', entriesBeforeGuide, ['R51'], ['3 个公众号']],
  ['before the guide: a value still in force is not "before"', entriesBeforeGuide, ['R50'], ['3 个公众号']],
  ['since the guide: today\'s, undated and later sources, newest first', entriesSinceGuide, ['R51'], ['未能读取', '无限制？']],
  ['since the guide: nothing for a rule only dated before', entriesSinceGuide, ['R50'], []],
];
for (const [name, fn, rules, values] of calcCases) {
  test(`calculators: ${name}`, () => assert.deepEqual(fn(calcHistory, rules, '2018-04-16').map((e) => e.value), values));
}

const groupNotes: { id: string; groups?: GroupId[] }[] = [{ id: 'filing' }, { id: 'personal-only', groups: ['personal'] }, { id: 'orgs', groups: ['enterprise', 'organisation'] }];
const groupCases: [group: GroupId, ids: string[]][] = [
  ['personal', ['filing', 'personal-only']],
  ['enterprise', ['filing', 'orgs']],
  ['organisation', ['filing', 'orgs']],
];
for (const [group, ids] of groupCases) {
  test(`notes for ${group}: those without groups, and those naming it`, () => assert.deepEqual(notesForGroup(groupNotes, group).map((n) => n.id), ids));
}
