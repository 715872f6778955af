import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistTracks, mergeImported, parseTracksParam, progress, selectedTracks } from '../../src/lib/checklist.ts';
import { allProfiles, profileSlug } from '../../src/lib/profile.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import type { AccountShape } from '../../src/lib/steps.ts';

const rules = loadRuleSet();
const tracksFor = (account: AccountShape) => checklistTracks(rules.tracks, rules.steps, account);
const ids = (account: AccountShape) => tracksFor(account).map((t) => t.track.id);

const trackCases: [account: AccountShape, tracks: string[]][] = [
  [{ group: 'personal', path: null }, ['register', 'prepare', 'after-guide', 'release', 'open-platform', 'official-account']],
  [{ group: 'enterprise', path: 'remittance' }, ['register', 'prepare', 'after-guide', 'release', 'certification', 'payment', 'open-platform', 'official-account']],
  [{ group: 'enterprise', path: 'certification' }, ['register', 'prepare', 'after-guide', 'release', 'payment', 'open-platform', 'official-account']],
  [{ group: 'organisation', path: 'certification' }, ['register', 'prepare', 'after-guide', 'release', 'payment', 'open-platform', 'official-account']],
];
for (const [account, expected] of trackCases) {
  test(`tracks for ${account.group}/${account.path}`, () => assert.deepEqual(ids(account), expected));
}

test('every profile has the remit step exactly when it verifies by remittance', () => {
  for (const p of allProfiles(rules)) {
    const subject = rules.subjects.find((s) => s.id === p.subject)!;
    const steps = tracksFor({ group: subject.group, path: p.path }).flatMap((t) => t.steps.map((s) => s.id));
    assert.equal(steps.includes('remit'), p.path === 'remittance', profileSlug(p, rules));
    assert.ok(steps.includes('publish'));
    // 备案 is a requirement from after the guide: every profile gets it, before 上架, from its note.
    assert.ok(steps.indexOf('icp-filing') >= 0 && steps.indexOf('icp-filing') < steps.indexOf('publish'), profileSlug(p, rules));
    assert.equal(rules.steps.find((s) => s.id === 'icp-filing')!.after, 'filing');
  }
});

test('selected tracks: every required one, plus the chosen optional ones', () => {
  const all = tracksFor({ group: 'enterprise', path: 'remittance' });
  assert.deepEqual(selectedTracks(all, []).map((t) => t.track.id), ['register', 'prepare', 'after-guide', 'release']);
  assert.deepEqual(selectedTracks(all, ['payment', 'nope']).map((t) => t.track.id), ['register', 'prepare', 'after-guide', 'release', 'payment']);
});

const params: [value: string | null, expected: string[] | null][] = [
  [null, null],
  ['', []],
  ['payment,open-platform', ['payment', 'open-platform']],
  [' open-platform , payment ', ['payment', 'open-platform']],
  ['payment,register,<script>,payment', ['payment']],
  ['certification', []], // not a track of a personal account
];
for (const [value, expected] of params) {
  test(`?tracks=${value} for a personal account`, () => {
    assert.deepEqual(parseTracksParam(value, tracksFor({ group: 'personal', path: null }).map((t) => t.track)), expected === null ? null : expected.filter((x) => x !== 'payment'));
  });
}
test('?tracks= keeps only the optional tracks of the profile', () => {
  assert.deepEqual(parseTracksParam('payment,certification', tracksFor({ group: 'enterprise', path: 'remittance' }).map((t) => t.track)), ['certification', 'payment']);
});

const progressCases: [statuses: Record<string, 'todo' | 'doing' | 'done'>, expected: ReturnType<typeof progress>][] = [
  [{}, { done: 0, doing: 0, total: 3, percent: 0 }],
  [{ a: 'done' }, { done: 1, doing: 0, total: 3, percent: 33 }],
  [{ a: 'done', b: 'doing', z: 'done' }, { done: 1, doing: 1, total: 3, percent: 33 }],
  [{ a: 'done', b: 'done', c: 'done' }, { done: 3, doing: 0, total: 3, percent: 100 }],
];
for (const [statuses, expected] of progressCases) {
  test(`progress of ${JSON.stringify(statuses)}`, () => assert.deepEqual(progress(['a', 'b', 'c'], statuses), expected));
}
test('progress of an empty list is 0 %', () => assert.deepEqual(progress([], {}), { done: 0, doing: 0, total: 0, percent: 0 }));

test('imported progress replaces the same profile and keeps the others', () => {
  const p = (s: 'todo' | 'done') => ({ statuses: { x: s }, tracks: null, submittedOn: null });
  assert.deepEqual(mergeImported({ profiles: { a: p('todo'), b: p('todo') } }, { profiles: { b: p('done') } }), { profiles: { a: p('todo'), b: p('done') } });
});
