import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyProfileProgress, type ChecklistData, type ProfileProgress, type Status } from '../../src/lib/checklist.ts';
import { readSavedLists, savedLists, type ListOutline, type SavedList } from '../../src/lib/saved-lists.ts';

const outlines: ListOutline[] = [
  { profile: 'personal', label: '个人', href: '/tools/checklist/personal/', tracks: [
    { id: 'register', optional: false, steps: ['a', 'b', 'c'] },
    { id: 'payment', optional: true, steps: ['p'] },
  ] },
  { profile: 'media', label: '媒体', href: '/tools/checklist/media/', tracks: [{ id: 'register', optional: false, steps: ['a', 'b'] }] },
];

const saved = (statuses: Record<string, Status>, tracks: string[] | null = null): ProfileProgress => ({
  ...emptyProfileProgress(),
  statuses: Object.fromEntries(Object.entries(statuses).map(([id, value]) => [id, { value, at: 1 }])),
  tracks: { value: tracks, at: 1 },
});
const data = (profiles: Record<string, ProfileProgress>): ChecklistData => ({ profiles });
const row = (profile: string, label: string, href: string, done: number, total: number, next: string | null): SavedList => ({ profile, label, href, done, total, next });

const cases: [name: string, input: ChecklistData, expected: SavedList[]][] = [
  ['nothing saved', data({}), []],
  ['a profile with an empty record is not offered', data({ personal: emptyProfileProgress() }), []],
  ['the first step not done is next, a step in progress counts as not done',
    data({ personal: saved({ a: 'done', b: 'doing' }) }), [row('personal', '个人', '/tools/checklist/personal/#step-b', 1, 3, 'b')]],
  ['a later step done does not hide an earlier open one',
    data({ personal: saved({ c: 'done' }) }), [row('personal', '个人', '/tools/checklist/personal/#step-a', 1, 3, 'a')]],
  ['a chosen optional track counts', data({ personal: saved({ a: 'done', b: 'done', c: 'done' }, ['payment']) }),
    [row('personal', '个人', '/tools/checklist/personal/#step-p', 3, 4, 'p')]],
  ['an unchosen optional track does not; all done links to the list itself',
    data({ personal: saved({ a: 'done', b: 'done', c: 'done', p: 'todo' }) }), [row('personal', '个人', '/tools/checklist/personal/', 3, 3, null)]],
  ['only tracks chosen, no status yet: offered from the first step', data({ personal: saved({}, ['payment']) }),
    [row('personal', '个人', '/tools/checklist/personal/#step-a', 0, 4, 'a')]],
  ['several lists keep the site order; a profile the site no longer has is left out',
    data({ gone: saved({ a: 'done' }), media: saved({ a: 'done' }), personal: saved({ a: 'doing' }) }),
    [row('personal', '个人', '/tools/checklist/personal/#step-a', 0, 3, 'a'), row('media', '媒体', '/tools/checklist/media/#step-b', 1, 2, 'b')]],
];
for (const [name, input, expected] of cases) test(`saved lists: ${name}`, () => assert.deepEqual(savedLists(input, outlines), expected));

const rawCases: [name: string, raw: string | null, expected: { lists: number; unreadable: boolean }][] = [
  ['nothing stored', null, { lists: 0, unreadable: false }],
  ['not JSON', '{"v":3,"data":', { lists: 0, unreadable: true }],
  ['a bad status', '{"v":2,"data":{"profiles":{"personal":{"statuses":{"a":"finished"}}}}}', { lists: 0, unreadable: true }],
  ['a newer version', '{"v":9,"data":{}}', { lists: 0, unreadable: true }],
  ['version 1 ticks are migrated', JSON.stringify({ v: 1, data: { personal: { a: true } } }), { lists: 1, unreadable: false }],
  ['version 3', JSON.stringify({ v: 3, data: { profiles: { media: saved({ a: 'done' }) } } }), { lists: 1, unreadable: false }],
];
for (const [name, raw, expected] of rawCases) {
  test(`read saved lists: ${name}`, () => {
    const got = readSavedLists(raw, outlines);
    assert.deepEqual({ lists: got.lists.length, unreadable: got.unreadable }, expected);
  });
}
