import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checklistTracks, emptyProfileProgress, type ProfileProgress } from '../../src/lib/checklist.ts';
import { accountOf } from '../../src/lib/steps.ts';
import { importMerge } from '../../src/lib/checklist-merge.ts';
import { decodeProgress as decodeWith, encodeProgress } from '../../src/lib/share-progress.ts';
import { parseDate } from '../../src/lib/deadline.ts';

// The checklist hands the date field's rule in (use-link.ts); so do these tests.
const decodeProgress = (value: string, steps: readonly string[], tracks: string[] | null, now: number) =>
  decodeWith(value, steps, tracks, now, (iso) => parseDate(iso).ok);
import { allProfiles, profileSlug } from '../../src/lib/profile.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { maxParamLength } from '../../src/lib/url-state.ts';

const steps = ['a', 'b', 'c', 'd'];
const now = Date.UTC(2026, 10, 25, 12);
const t = Math.floor(now / 1000).toString(36);
const at = (s: number) => s * 1000;
const progressOf = (statuses: Record<string, 'todo' | 'doing' | 'done'>, tracks: string[] | null, date: string | null, time = 5): ProfileProgress => ({
  statuses: Object.fromEntries(Object.entries(statuses).map(([id, value]) => [id, { value, at: time }])),
  tracks: { value: tracks, at: time },
  submittedOn: { value: date, at: time },
});

const encodeCases: [name: string, p: ProfileProgress, expected: string][] = [
  ['nothing saved', emptyProfileProgress(), `1.0000..${t}`],
  ['statuses in step order; unknown steps left out', progressOf({ b: 'done', c: 'doing', zz: 'done' }, null, null), `1.0210..${t}`],
  ['with the submission date', progressOf({ a: 'done' }, ['payment'], '2026-01-15'), `1.2000.20260115.${t}`],
];
for (const [name, p, expected] of encodeCases) test(`encodeProgress: ${name}`, () => assert.equal(encodeProgress(steps, p, now), expected));

const decodeCases: [name: string, value: string, tracks: string[] | null, expected: ProfileProgress | string][] = [
  ['statuses, date and tracks, stamped with the link\'s time; 未开始 left out', '1.2100.20260115.10', ['payment'], {
    statuses: { a: { value: 'done', at: at(36) }, b: { value: 'doing', at: at(36) } },
    tracks: { value: ['payment'], at: at(36) },
    submittedOn: { value: '2026-01-15', at: at(36) },
  }],
  ['no date, no tracks: those stay unset', '1.0002..z', null, { statuses: { d: { value: 'done', at: at(35) } }, tracks: { value: null, at: 0 }, submittedOn: { value: null, at: 0 } }],
  ['a time in the future counts as now', '1.2000..zzzzzzz', null, { statuses: { a: { value: 'done', at: now } }, tracks: { value: null, at: 0 }, submittedOn: { value: null, at: 0 } }],
  ['another format version', '2.0000..1', null, '格式不对，可能复制时不完整'],
  ['cut short', '1.0000.', null, '格式不对，可能复制时不完整'],
  ['a status that is no status', '1.0300..1', null, '格式不对，可能复制时不完整'],
  ['markup', '1.<b>..1', null, '格式不对，可能复制时不完整'],
  ['other steps (another version of the site)', '1.00000..1', null, '链接来自本站的另一版本，清单的步骤已有变化'],
  ['no such day', '1.0000.20260230.1', null, '提交日期无效'],
  ['a date of another shape', '1.0000.2026-1-5.1', null, '提交日期无效'],
  ['a bad time', '1.0000..-1', null, '格式不对，可能复制时不完整'],
  ['empty', '', null, '格式不对，可能复制时不完整'],
];
for (const [name, value, tracks, expected] of decodeCases) {
  test(`decodeProgress: ${name}`, () => {
    const r = decodeProgress(value, steps, tracks, now);
    if (typeof expected === 'string') assert.deepEqual(r, { ok: false, reason: expected });
    else assert.deepEqual(r, { ok: true, progress: expected });
  });
}

test('a round trip keeps every status and the date', () => {
  const p = progressOf({ a: 'done', b: 'doing', d: 'done' }, ['x'], '2026-03-01');
  const r = decodeProgress(encodeProgress(steps, p, now), steps, ['x'], now);
  assert.ok(r.ok);
  assert.deepEqual(Object.fromEntries(Object.entries(r.progress.statuses).map(([id, s]) => [id, s.value])), { a: 'done', b: 'doing', d: 'done' });
  assert.equal(r.progress.submittedOn.value, '2026-03-01');
});

test('merging a link never undoes what this device changed after the link was made, nor a step done here', () => {
  const link = decodeProgress('1.2200..1', steps, null, now); // made at 1 s
  assert.ok(link.ok);
  const here = progressOf({ a: 'todo', c: 'done' }, null, null, 5000); // changed at 5 s
  const changes = importMerge({ profiles: { p: here } }, { profiles: { p: link.progress } });
  assert.deepEqual(changes.map((c) => [c.field, c.to]), [['b', 'done']]);
});

test('the longest checklist\'s link value stays far within the length a parameter may have', () => {
  const rules = loadRuleSet();
  const longest = Math.max(...allProfiles(rules).map((p) => {
    const subject = rules.subjects.find((s) => s.id === p.subject)!;
    const ids = checklistTracks(rules.tracks, rules.steps, accountOf(subject, p.path, rules)).flatMap((t) => t.steps.map((s) => s.id));
    const all = progressOf(Object.fromEntries(ids.map((id) => [id, 'done'])), null, '2026-12-31');
    assert.ok(profileSlug(p, rules));
    return encodeProgress(ids, all, now).length;
  }));
  assert.ok(longest < maxParamLength / 2, `${longest} characters`);
});
