import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asidePrefix, decodeEnvelope, encodeEnvelope, MemoryStorage, Store, type Schema } from '../../src/lib/storage.ts';
import { checklistSchema, type ChecklistData } from '../../src/lib/checklist.ts';

const key = checklistSchema.key;
const v2 = (profiles: ChecklistData['profiles']) => JSON.stringify({ v: 2, data: { profiles } });
const sample: ChecklistData = { profiles: { personal: { statuses: { 'open-register': 'done', 'fill-email': 'doing' }, tracks: ['open-platform'], submittedOn: null } } };

const decodes: [name: string, raw: string | null, kind: string, reason?: RegExp][] = [
  ['nothing stored', null, 'empty'],
  ['an empty string', '', 'empty'],
  ['current version', v2(sample.profiles), 'ok'],
  ['not JSON', '{oops', 'unreadable', /JSON/],
  ['JSON but foreign', '{"theme":"dark"}', 'unreadable', /格式/],
  ['a bare array', '[1,2]', 'unreadable', /格式/],
  ['version is text', '{"v":"2","data":{}}', 'unreadable', /版本号/],
  ['version 0', '{"v":0,"data":{}}', 'unreadable', /版本号/],
  ['a newer version', '{"v":3,"data":{"profiles":{}}}', 'unreadable', /更新版本/],
  ['a bad status', v2({ personal: { statuses: { 'open-register': 'finished' as never }, tracks: null, submittedOn: null } }), 'unreadable', /状态无效/],
  ['a bad date', v2({ personal: { statuses: {}, tracks: null, submittedOn: '29/02/2024' } }), 'unreadable', /日期/],
  ['a bad profile slug', v2({ '<script>': { statuses: {}, tracks: null, submittedOn: null } }), 'unreadable', /编号/],
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

test('version 1 (ticks) migrates to version 2 (statuses)', () => {
  const r = decodeEnvelope('{"v":1,"data":{"personal":{"open-register":true,"fill-email":false}}}', checklistSchema);
  assert.deepEqual(r, {
    kind: 'ok', migratedFrom: 1,
    data: { profiles: { personal: { statuses: { 'open-register': 'done', 'fill-email': 'todo' }, tracks: null, submittedOn: null } } },
  });
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
  assert.equal(JSON.parse(raw).v, 2);
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

test('when the copy cannot be kept aside, the unreadable original is left in place', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, '{oops');
  storage.failWrites = true;
  const report = new Store(checklistSchema, () => storage, now).load();
  assert.equal(report.unreadable?.asideKey, null);
  assert.equal(storage.getItem(key), '{oops');
});

test('older data is migrated and written back in the current version', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, '{"v":1,"data":{"personal":{"open-register":true}}}');
  const report = new Store(checklistSchema, () => storage, now).load();
  assert.equal(report.migratedFrom, 1);
  assert.equal(JSON.parse(storage.getItem(key)!).v, 2);
});

test('storage that throws on every access: the data lives in memory and the store says so', () => {
  const throwing = () => { throw new Error('SecurityError'); };
  const store = new Store(checklistSchema, throwing, now);
  assert.equal(store.load().persistent, false);
  assert.equal(store.save(sample), false);
  assert.deepEqual(store.current, sample);
  assert.deepEqual(store.keptAside(), []);
});

test('a full storage (quota) keeps the data in memory and reports not persistent', () => {
  const storage = new MemoryStorage();
  const store = new Store(checklistSchema, () => storage, now);
  assert.equal(store.load().persistent, true);
  storage.failWrites = true;
  assert.equal(store.save(sample), false);
  assert.equal(store.persistent, false);
  assert.deepEqual(store.current, sample);
  storage.failWrites = false;
  assert.equal(store.save(sample), true);
  assert.equal(store.persistent, true);
});

test('discardAside never removes anything but a kept-aside copy', () => {
  const storage = new MemoryStorage();
  storage.setItem(key, v2(sample.profiles));
  storage.setItem('theme', 'dark');
  const store = new Store(checklistSchema, () => storage, now);
  store.discardAside(key);
  store.discardAside('theme');
  assert.notEqual(storage.getItem(key), null);
  assert.equal(storage.getItem('theme'), 'dark');
});
