// 注册清单's share parameters and its own address, kept in step with the list (issue 23): the same
// `tracks` and `progress` as a 复制链接 link, other parameters kept, stamped with the last change so
// the address is stable and a reload of it brings nothing newer than what is saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressSearch, latestChange, withShareParams } from '../../src/lib/checklist-address.ts';
import { emptyProfileProgress, type ProfileProgress } from '../../src/lib/checklist.ts';
import { importMerge } from '../../src/lib/checklist-merge.ts';
import { decodeProgress } from '../../src/lib/share-progress.ts';

const steps = ['a', 'b', 'c'];
const now = Date.UTC(2026, 11, 5, 3);
const b36 = (ms: number) => Math.floor(ms / 1000).toString(36);
const t1 = Date.UTC(2026, 11, 1, 8, 0, 0, 250);
const t2 = Date.UTC(2026, 11, 2, 9, 30, 0, 999);
const list = (p: Partial<ProfileProgress>): ProfileProgress => ({ ...emptyProfileProgress(), ...p });
const ticked = list({ statuses: { a: { value: 'done', at: t1 }, b: { value: 'doing', at: t2 } } });
const withTracks = list({ ...ticked, tracks: { value: ['payment', 'open-platform'], at: t1 } });
const noneChosen = list({ ...ticked, tracks: { value: [], at: t1 } });
const dated = list({ ...ticked, submittedOn: { value: '2026-11-30', at: t1 } });
const unticked = list({ statuses: { a: { value: 'todo', at: t1 } } });
const migrated = list({ statuses: { c: { value: 'done', at: 0 } } });

test('latestChange: the latest stamp of any value, 0 for a list never touched', () => {
  assert.equal(latestChange(ticked), t2);
  assert.equal(latestChange(list({ tracks: { value: ['x'], at: now } })), now);
  assert.equal(latestChange(emptyProfileProgress()), 0);
});

const shareCases: [name: string, search: string, p: ProfileProgress, expected: string][] = [
  ['progress only', '', ticked, `?progress=1.210..${b36(now)}`],
  ['tracks first, as 复制链接 has always written them', '', withTracks, `?tracks=payment%2Copen-platform&progress=1.210..${b36(now)}`],
  ['tracks chosen, none of them: an empty tracks', '', noneChosen, `?tracks=&progress=1.210..${b36(now)}`],
  ['the date', '', dated, `?progress=1.210.20261130.${b36(now)}`],
  ['the list\'s parameters last, tracks before progress, wherever the address had them', '?progress=x&tracks=y&from=timeline', withTracks,
    `?from=timeline&tracks=payment%2Copen-platform&progress=1.210..${b36(now)}`],
  ['an untouched list still carries its (empty) progress', '', emptyProfileProgress(), `?progress=1.000..${b36(now)}`],
  ['WeChat\'s parameters kept, an old tracks dropped', '?from=singlemessage&isappinstalled=0&tracks=payment', ticked,
    `?from=singlemessage&isappinstalled=0&progress=1.210..${b36(now)}`],
];
for (const [name, search, p, expected] of shareCases) {
  test(`withShareParams: ${name}`, () => assert.equal(withShareParams(search, steps, p, now), expected));
}

const addressCases: [name: string, search: string, p: ProfileProgress, expected: string][] = [
  ['nothing saved: no list parameters', '', emptyProfileProgress(), ''],
  ['nothing saved: a stale link\'s parameters go, WeChat\'s stay', '?from=singlemessage&tracks=x&progress=1.2..1', emptyProfileProgress(), '?from=singlemessage'],
  ['stamped with the last change, not the time of writing', '', ticked, `?progress=1.210..${b36(t2)}`],
  ['a step ticked and unticked is saved progress: carried as 未开始', '', unticked, `?progress=1.000..${b36(t1)}`],
  ['with tracks and WeChat\'s parameters', '?from=timeline', withTracks, `?from=timeline&tracks=payment%2Copen-platform&progress=1.210..${b36(t2)}`],
  ['values saved before times were kept (at 0) keep that time: any later change anywhere wins', '', migrated, '?progress=1.002..0'],
  ['…and a change after that stamps the whole address', '', list({ ...migrated, tracks: { value: null, at: t1 } }), `?progress=1.002..${b36(t1)}`],
];
for (const [name, search, p, expected] of addressCases) {
  test(`addressSearch: ${name}`, () => assert.equal(addressSearch(search, steps, p), expected));
}

test('the address depends on the list alone, not on when it is written', () => {
  assert.equal(addressSearch('', steps, withTracks), `?tracks=payment%2Copen-platform&progress=1.210..${b36(t2)}`);
});

// The reader's own address, reloaded: what it carries merges into what is saved with no change, so no question is asked.
for (const p of [ticked, withTracks, noneChosen, dated, unticked, migrated]) {
  test(`a reload of the own address changes nothing (${JSON.stringify(p.tracks.value)}, ${Object.keys(p.statuses).join('')}, ${p.submittedOn.value})`, () => {
    const params = new URLSearchParams(addressSearch('', steps, p));
    const tracks = params.get('tracks');
    const r = decodeProgress(params.get('progress')!, steps, tracks === null ? null : tracks.split(',').filter(Boolean), now, () => true);
    assert.ok(r.ok);
    const saved = { profiles: { personal: p } };
    assert.deepEqual(importMerge(saved, { profiles: { personal: r.progress } }), []);
  });
}

test('an older address of the own list, after more was done here, changes nothing either', () => {
  const before = addressSearch('', steps, list({ statuses: { a: { value: 'done', at: t1 } } }));
  const later = list({ statuses: { a: { value: 'todo', at: t2 }, b: { value: 'done', at: t2 } } });
  const r = decodeProgress(new URLSearchParams(before).get('progress')!, steps, null, now, () => true);
  assert.ok(r.ok);
  assert.deepEqual(importMerge({ profiles: { personal: later } }, { profiles: { personal: r.progress } }), []);
});
