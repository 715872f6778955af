import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asidePrefix, decodeEnvelope, encodeEnvelope, MemoryStorage, Store, type Schema } from '../../src/lib/storage.ts';
import { checklistSchema, type ChecklistData } from '../../src/lib/checklist.ts';
import { mergeChecklist } from '../../src/lib/checklist-merge.ts';

const key = checklistSchema.key;
const v3 = (profiles: ChecklistData['profiles']) => JSON.stringify({ v: 3, data: { profiles } });
const at = <T>(value: T, t = 0) => ({ value, at: t });
const none = { tracks: at(null), submittedOn: at(null) };
const sample: ChecklistData = { profiles: { personal: { statuses: { 'open-register': at('done', 5), 'fill-email': at('doing', 6) }, tracks: at(['open-platform'], 7), submittedOn: at(null) } } };

const decodes: [name: string, raw: string | null, kind: string, reason?: RegExp][] = [
  ['nothing stored', null, 'empty'],
  ['an empty string', '', 'empty'],
  ['current version', v3(sample.profiles), 'ok'],
  ['not JSON', '{oops', 'unreadable', /JSON/],
  ['JSON but foreign', '{"theme":"dark"}', 'unreadable', /格式/],
  ['a bare array', '[1,2]', 'unreadable', /格式/],
  ['version is text', '{"v":"2","data":{}}', 'unreadable', /版本号/],
  ['version 0', '{"v":0,"data":{}}', 'unreadable', /版本号/],
  ['a newer version', '{"v":4,"data":{"profiles":{}}}', 'unreadable', /更新版本/],
  ['a bad status', v3({ personal: { statuses: { 'open-register': at('finished' as never) }, ...none } }), 'unreadable', /状态无效/],
  ['a status without its time', '{"v":3,"data":{"profiles":{"personal":{"statuses":{"open-register":{"value":"done"}},"tracks":{"value":null,"at":0},"submittedOn":{"value":null,"at":0}}}}}', 'unreadable', /状态无效/],
  ['a negative time', v3({ personal: { statuses: {}, tracks: at(null, -1), submittedOn: at(null) } }), 'unreadable', /可选项目/],
  ['a bad date', v3({ personal: { statuses: {}, tracks: at(null), submittedOn: at('29/02/2024') } }), 'unreadable', /日期/],
  ['a bad profile slug', v3({ '<script>': { statuses: {}, ...none } }), 'unreadable', /编号/],
  ['v2 with a bad status', '{"v":2,"data":{"profiles":{"personal":{"statuses":{"open-register":"finished"},"tracks":null,"submittedOn":null}}}}', 'unreadable', /状态无效/],
  ['v2 without profiles', '{"v":2,"data":{}}', 'unreadable', /升级/],
  ['v1 with a non-boolean tick', '{"v":1,"data":{"personal":{"open-register":"yes"}}}', 'unreadable', /升级/],
];
for (const [name, raw, kind, reason] of decodes) {
  test(`decode: ${name} -> ${kind}`, () => {
    const r = decodeEnvelope(raw, checklistSchema);
    assert.equal(r.kind, kind);
    if (r.kind === 'unreadable') {
      assert.match(r.reason, reason!);
      assert.deepEqual(r.data, { profiles: {} });
    }
  });
}

test('version 1 (ticks) migrates through version 2 to version 3, every value at time 0', () => {
  const r = decodeEnvelope('{"v":1,"data":{"personal":{"open-register":true,"fill-email":false}}}', checklistSchema);
  assert.deepEqual(r, {
    kind: 'ok', migratedFrom: 1,
    data: { profiles: { personal: { statuses: { 'open-register': at('done'), 'fill-email': at('todo') }, ...none } } },
  });
});

test('version 2 (bare values) migrates to version 3 (values with their time, 0)', () => {
  const r = decodeEnvelope('{"v":2,"data":{"profiles":{"e":{"statuses":{"remit":"doing"},"tracks":["payment"],"submittedOn":"2024-02-29"}}}}', checklistSchema);
  assert.deepEqual(r, { kind: 'ok', migratedFrom: 2, data: { profiles: { e: { statuses: { remit: at('doing') }, tracks: at(['payment']), submittedOn: at('2024-02-29') } } } });
});

test('migrations run in order from the stored version up to the current one', () => {
  const calls: string[] = [];
  const schema: Schema<{ n: number }> = {
    key: 'x', version: 4,
    migrations: {
      1: (d) => { calls.push('1->2'); return { n: (d as { n: number }).n + 1 }; },
      2: (d) => { calls.push('2->3'); return { n: (d as { n: number }).n * 10 }; },
      3: (d) => { calls.push('3->4'); return { n: (d as { n: number }).n + 5 }; },
    },
    validate: (d) => (typeof (d as { n?: unknown }).n === 'number' ? { ok: true, data: d as { n: number } } : { ok: false, reason: 'bad' }),
    empty: () => ({ n: 0 }),
  };
  assert.deepEqual(decodeEnvelope('{"v":1,"data":{"n":1}}', schema), { kind: 'ok', data: { n: 25 }, migratedFrom: 1 });
  assert.deepEqual(calls, ['1->2', '2->3', '3->4']);
  assert.deepEqual(decodeEnvelope('{"v":3,"data":{"n":1}}', schema), { kind: 'ok', data: { n: 6 }, migratedFrom: 3 });
});

test('encode writes the current version envelope, which decodes to the same data', () => {
  const raw = encodeEnvelope(sample, checklistSchema);
  assert.equal(JSON.parse(raw).v, 3);
  assert.deepEqual(decodeEnvelope(raw, checklistSchema), { kind: 'ok', data: sample });
});

const now = () => new Date('2024-03-01T00:00:00.000Z');

test('unreadable data is kept aside, reported, and the key starts fresh', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, '{oops');
  const store = new Store(checklistSchema, () => storage, now);
  const report = store.load();
  assert.equal(report.persistent, true);
  assert.deepEqual(report.data, { profiles: {} });
  assert.equal(report.unreadable?.asideKey, `${asidePrefix(key)}2024-03-01T00:00:00.000Z`);
  assert.deepEqual(store.keptAside(), [{ key: report.unreadable!.asideKey!, raw: '{oops' }]);
  assert.deepEqual(decodeEnvelope(storage.getItem(key), checklistSchema).kind, 'ok');
  // A second load finds nothing wrong, and the kept copy is still there.
  assert.equal(store.load().unreadable, undefined);
  assert.equal(store.keptAside().length, 1);
  store.discardAside(report.unreadable!.asideKey!);
  assert.deepEqual(store.keptAside(), []);
});

const originals: [name: string, raw: string][] = [
  ['unreadable', '{oops' + ' '.repeat(1000)],
  ['from a newer version', '{"v":9,"data":{"profiles":{}}}'],
];
for (const [name, raw] of originals) {
  test(`${name} data on a nearly full origin (no room for a copy): the store is read-only, nothing is written`, () => {
    const storage = new MemoryStorage();
    storage.setItem(key, raw);
    storage.failNewKeys = true;
    const store = new Store(checklistSchema, () => storage, now);
    const report = store.load();
    assert.equal(report.unreadable, undefined); // not "kept aside": it was not
    assert.equal(store.locked?.raw, raw);
    assert.match(store.locked!.reason, name === 'unreadable' ? /JSON/ : /更新版本/);
    assert.equal(store.update(() => sample), false);
    assert.equal(storage.getItem(key), raw);
    assert.equal(store.absorb(v3(sample.profiles)), false);
    assert.equal(storage.getItem(key), raw);
    // Once the reader has saved the original and lets it go, the list works again.
    store.unlock();
    assert.equal(storage.getItem(key), null);
    assert.equal(store.locked, null);
    storage.failNewKeys = false; // the original's room is free again
    assert.equal(store.update(() => sample), true);
    assert.deepEqual(decodeEnvelope(storage.getItem(key), checklistSchema), { kind: 'ok', data: sample });
  });
}

test('unreadable data found at a later write is copied aside before it is replaced, or the write is refused', () => {
  const storage = new MemoryStorage();
  const store = new Store(checklistSchema, () => storage, now);
  store.load();
  storage.setItem(key, '{"v":9,"data":{}}'); // another tab, from a newer version of the site
  storage.failNewKeys = true;
  assert.equal(store.update(() => sample), false);
  assert.equal(storage.getItem(key), '{"v":9,"data":{}}');
  const second = new MemoryStorage();
  const other = new Store(checklistSchema, () => second, now);
  other.load();
  second.setItem(key, '{"v":9,"data":{}}');
  assert.equal(other.update(() => sample), true);
  assert.deepEqual(other.keptAside(), [{ key: `${asidePrefix(key)}2024-03-01T00:00:00.000Z`, raw: '{"v":9,"data":{}}' }]);
});

const step = (id: string, value: 'todo' | 'doing' | 'done', t: number): ChecklistData => ({ profiles: { personal: { statuses: { [id]: at(value, t) }, ...none } } });

test('update re-reads what another tab stored and merges before writing: no tab overwrites the other', () => {
  const storage = new MemoryStorage();
  const a = new Store(checklistSchema, () => storage, now);
  const b = new Store(checklistSchema, () => storage, now);
  a.load();
  b.load();
  a.update((d) => mergeChecklist(d, step('x', 'done', 1)));
  b.update((d) => mergeChecklist(d, step('y', 'done', 2)));
  const stored = decodeEnvelope(storage.getItem(key), checklistSchema);
  assert.equal(stored.kind, 'ok');
  assert.deepEqual(Object.keys(stored.data.profiles.personal!.statuses), ['x', 'y']);
});

test('absorb merges another tab\'s write and writes back what that tab lacked', () => {
  const storage = new MemoryStorage();
  const a = new Store(checklistSchema, () => storage, now);
  a.load();
  a.update(() => step('x', 'done', 5));
  // The other tab read before our write and overwrote it with its own change (a stale read).
  const theirs = v3(step('y', 'doing', 6).profiles);
  storage.setItem(key, theirs);
  assert.equal(a.absorb(theirs), true);
  assert.deepEqual(a.current, mergeChecklist(step('x', 'done', 5), step('y', 'doing', 6)));
  assert.deepEqual(decodeEnvelope(storage.getItem(key), checklistSchema), { kind: 'ok', data: a.current });
  // Absorbing what we already have writes nothing and changes nothing.
  storage.setItem(key, 'sentinel');
  assert.equal(a.absorb(v3(a.current.profiles)), false);
  assert.equal(storage.getItem(key), 'sentinel');
});

test('older data is migrated and written back in the current version', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, '{"v":1,"data":{"personal":{"open-register":true}}}');
  const report = new Store(checklistSchema, () => storage, now).load();
  assert.equal(report.migratedFrom, 1);
  assert.equal(JSON.parse(storage.getItem(key)!).v, 3);
});

test('storage that throws on every access: the data lives in memory and the store says so', () => {
  const throwing = () => { throw new Error('SecurityError'); };
  const store = new Store(checklistSchema, throwing, now);
  assert.equal(store.load().persistent, false);
  assert.equal(store.update(() => sample), false);
  assert.deepEqual(store.current, sample);
  assert.deepEqual(store.keptAside(), []);
});

test('a full storage (quota) keeps the data in memory and reports not persistent', () => {
  const storage = new MemoryStorage();
  const store = new Store(checklistSchema, () => storage, now);
  assert.equal(store.load().persistent, true);
  storage.failWrites = true;
  assert.equal(store.update(() => sample), false);
  assert.equal(store.persistent, false);
  assert.deepEqual(store.current, sample);
  storage.failWrites = false;
  assert.equal(store.update((d) => d), true);
  assert.equal(store.persistent, true);
});

test('discardAside never removes anything but a kept-aside copy', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, v3(sample.profiles));
  storage.setItem('theme', 'dark');
  const store = new Store(checklistSchema, () => storage, now);
  store.discardAside(key);
  store.discardAside('theme');
  assert.notEqual(storage.getItem(key), null);
  assert.equal(storage.getItem('theme'), 'dark');
});
