import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistTracks, emptyProfileProgress, hasProgress, parseTracksParam, progress, selectedTracks, type ChecklistData } from '../../src/lib/checklist.ts';
import { applyChanges, diffChecklist, importMerge, importReplace, mergeChecklist, setField } from '../../src/lib/checklist-merge.ts';
import { allProfiles, profileSlug } from '../../src/lib/profile.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { accountOf } from '../../src/lib/steps.ts';
import type { GroupId, MethodId } from '../../src/lib/rules/types.ts';

const rules = loadRuleSet();
/** A subject group on a path; its steps follow from what the group can do (capabilities.ts). */
type Account = { group: GroupId; path: MethodId | null };
const tracksFor = (a: Account) => checklistTracks(rules.tracks, rules.steps, accountOf(a.group, a.path, rules));
const ids = (account: Account) => tracksFor(account).map((t) => t.track.id);

const trackCases: [account: Account, tracks: string[]][] = [
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

const params: [value: string | null, expected: { ids: string[]; junk: string[] } | null][] = [
  [null, null],
  ['', { ids: [], junk: [] }],
  ['open-platform', { ids: ['open-platform'], junk: [] }],
  [' official-account , open-platform ', { ids: ['open-platform', 'official-account'], junk: [] }],
  ['open-platform,register,<script>,open-platform', { ids: ['open-platform'], junk: ['register', '<script>'] }],
  ['certification,payment', { ids: [], junk: ['certification', 'payment'] }], // not tracks of a personal account
];
for (const [value, expected] of params) {
  test(`?tracks=${value} for a personal account`, () => {
    assert.deepEqual(parseTracksParam(value, tracksFor({ group: 'personal', path: null }).map((t) => t.track)), expected);
  });
}
test('?tracks= keeps only the optional tracks of the profile', () => {
  assert.deepEqual(parseTracksParam('payment,certification', tracksFor({ group: 'enterprise', path: 'remittance' }).map((t) => t.track))?.ids, ['certification', 'payment']);
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

// ---- Merging stored progress (two tabs, an imported file) ----
const at = <T>(value: T, t: number) => ({ value, at: t });
type S = 'todo' | 'doing' | 'done';
const prog = (statuses: Record<string, [S, number]>, tracks: [string[] | null, number] = [null, 0], date: [string | null, number] = [null, 0]): ChecklistData['profiles'][string] => ({
  statuses: Object.fromEntries(Object.entries(statuses).map(([id, [v, t]]) => [id, at(v, t)])), tracks: at(...tracks), submittedOn: at(...date),
});
const one = (p: ChecklistData['profiles'][string]): ChecklistData => ({ profiles: { personal: p } });

const merges: [name: string, a: ChecklistData, b: ChecklistData, expected: ChecklistData][] = [
  ['per step, the newer status wins on either side', one(prog({ x: ['done', 5], y: ['todo', 1] })), one(prog({ x: ['todo', 3], y: ['doing', 4] })), one(prog({ x: ['done', 5], y: ['doing', 4] }))],
  ['steps only one side has are kept', one(prog({ x: ['done', 5] })), one(prog({ y: ['doing', 1] })), one(prog({ x: ['done', 5], y: ['doing', 1] }))],
  ['a later 未开始 beats an earlier 已完成 (an untick is a change too)', one(prog({ x: ['done', 1] })), one(prog({ x: ['todo', 2] })), one(prog({ x: ['todo', 2] }))],
  ['a tie keeps the further status, whichever side it is on', one(prog({ x: ['doing', 0], y: ['done', 0] })), one(prog({ x: ['done', 0], y: ['todo', 0] })), one(prog({ x: ['done', 0], y: ['done', 0] }))],
  ['tracks: the newer choice wins, even "none"', one(prog({}, [['payment'], 1])), one(prog({}, [[], 2])), one(prog({}, [[], 2]))],
  ['tracks: on a tie a choice beats no choice', one(prog({}, [null, 0])), one(prog({}, [['payment'], 0])), one(prog({}, [['payment'], 0]))],
  ['date: the newer wins, even cleared', one(prog({}, undefined, ['2024-02-29', 3])), one(prog({}, undefined, [null, 4])), one(prog({}, undefined, [null, 4]))],
  ['date: on a tie the later day', one(prog({}, undefined, ['2024-02-29', 0])), one(prog({}, undefined, ['2024-03-01', 0])), one(prog({}, undefined, ['2024-03-01', 0]))],
  ['other profiles are kept from both sides', { profiles: { a: prog({ x: ['done', 1] }) } }, { profiles: { b: prog({ y: ['done', 1] }) } }, { profiles: { a: prog({ x: ['done', 1] }), b: prog({ y: ['done', 1] }) } }],
];
for (const [name, a, b, expected] of merges) {
  test(`merge: ${name}`, () => {
    assert.deepEqual(mergeChecklist(a, b), expected);
    assert.deepEqual(mergeChecklist(b, a), expected, 'the same whichever side is which (both tabs agree)');
    assert.deepEqual(mergeChecklist(mergeChecklist(a, b), b), expected, 'merging again changes nothing');
  });
}

test('setField stamps one field and leaves the rest alone; hidden tracks keep their steps', () => {
  const before = one(prog({ 'pay-apply': ['done', 1], x: ['doing', 1] }, [['payment'], 1]));
  const after = setField(before, 'personal', '#tracks', [], 9);
  assert.deepEqual(after, one(prog({ 'pay-apply': ['done', 1], x: ['doing', 1] }, [[], 9])));
  assert.deepEqual(setField(after, 'personal', 'x', 'done', 10).profiles.personal!.statuses.x, at('done', 10));
  assert.deepEqual(setField(after, 'other', '#date', '2024-02-29', 11).profiles.other, prog({}, undefined, ['2024-02-29', 11]));
});

test('import, merging (the default): newer per field wins, the diff names what changes, undo restores', () => {
  const current: ChecklistData = { profiles: { personal: prog({ x: ['todo', 20], y: ['doing', 5] }, [['payment'], 5], ['2024-02-29', 5]), keep: prog({ z: ['done', 1] }) } };
  const file: ChecklistData = { profiles: { personal: prog({ x: ['done', 10], y: ['done', 10], w: ['done', 0] }, [null, 0], [null, 9]), other: prog({ q: ['done', 3] }) } };
  const changes = importMerge(current, file);
  assert.deepEqual(changes, [
    { profile: 'other', field: 'q', from: 'todo', to: 'done' },
    { profile: 'personal', field: 'w', from: 'todo', to: 'done' },
    { profile: 'personal', field: 'y', from: 'doing', to: 'done' },
    { profile: 'personal', field: '#date', from: '2024-02-29', to: null },
  ]);
  const imported = applyChanges(current, changes, 100);
  assert.equal(imported.profiles.personal!.statuses.x!.value, 'todo', 'the newer status here is kept');
  assert.deepEqual(imported.profiles.personal!.statuses.y, at('done', 100));
  assert.deepEqual(imported.profiles.keep, current.profiles.keep);
  const undone = applyChanges(imported, changes, 101, 'from');
  assert.deepEqual(diffChecklist(current, undone), []);
  assert.deepEqual(undone.profiles.personal!.submittedOn, at('2024-02-29', 101), 'the undo is the newest change, so other tabs take it');
});

test('import, replacing: the file\'s profiles exactly as in the file, the others kept', () => {
  const current: ChecklistData = { profiles: { personal: prog({ x: ['done', 20], y: ['doing', 5] }, [['payment'], 5], ['2024-02-29', 5]), keep: prog({ z: ['done', 1] }) } };
  const file: ChecklistData = { profiles: { personal: prog({ x: ['todo', 1] }) } };
  const changes = importReplace(current, file);
  assert.deepEqual(changes, [
    { profile: 'personal', field: 'x', from: 'done', to: 'todo' },
    { profile: 'personal', field: 'y', from: 'doing', to: 'todo' },
    { profile: 'personal', field: '#tracks', from: ['payment'], to: null },
    { profile: 'personal', field: '#date', from: '2024-02-29', to: null },
  ]);
  assert.deepEqual(applyChanges(current, changes, 7).profiles.keep, current.profiles.keep);
  assert.deepEqual(importReplace(current, current), []);
});

test('hasProgress: nothing saved, or something saved for the profile', () => {
  assert.equal(hasProgress(undefined), false);
  assert.equal(hasProgress(emptyProfileProgress()), false);
  assert.equal(hasProgress(prog({ x: ['todo', 1] })), true);
  assert.equal(hasProgress(prog({}, [[], 1])), true);
});
