import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyParams } from '../../src/lib/query-params.ts';
import { isTrackerParam, legacyWizardParam, siteParams, trackerParams, wizardParam } from '../../src/lib/site-params.ts';
import { maxParamLength } from '../../src/lib/url-state.ts';

const own = Object.values(siteParams).flat();

test('none of the site\'s own parameters is one WeChat or a common tracker adds to shared links', () => {
  for (const name of ['from', 'isappinstalled', 'nsukey', 'scene', 'clicktime', 'enterid', 'utm_source', 'utm_medium', 'utm_campaign', 'UTM_Term']) {
    assert.ok(isTrackerParam(name), name);
  }
  assert.deepEqual(own.filter(isTrackerParam), []);
  for (const name of own) assert.ok(!(trackerParams as readonly string[]).includes(name.toLowerCase()), name);
});

test('the wizard\'s parameter is its own, and the old `from` is WeChat\'s too', () => {
  assert.deepEqual(siteParams.eligibility, [wizardParam]);
  assert.ok(!isTrackerParam(wizardParam));
  assert.ok(isTrackerParam(legacyWizardParam));
});

test('a parameter name means one thing across pages: only the search\'s `q` is shared, by the category filter', () => {
  const seen = new Map<string, string[]>();
  for (const [page, names] of Object.entries(siteParams)) for (const n of names) seen.set(n, [...seen.get(n) ?? [], page]);
  assert.deepEqual([...seen].filter(([, pages]) => pages.length > 1), [['q', ['search', 'categories']]]);
});

const shared = '?from=timeline&isappinstalled=0&nsukey=ABC%3D%3D&scene=1&clicktime=1700000000&enterid=1700000000&utm_source=wechat';
const classified: [name: string, search: string, own: string[], expected: { own: [string, string][]; refused: [string, string][]; foreign: string[] }][] = [
  ['empty', '', ['answers'], { own: [], refused: [], foreign: [] }],
  ['only WeChat\'s parameters: all foreign, nothing refused', shared, ['answers'],
    { own: [], refused: [], foreign: ['from', 'isappinstalled', 'nsukey', 'scene', 'clicktime', 'enterid', 'utm_source'] }],
  ['own among WeChat\'s', `?developers=5&from=singlemessage&isappinstalled=0`, ['developers', 'testers'],
    { own: [['developers', '5']], refused: [], foreign: ['from', 'isappinstalled'] }],
  ['overlong own value', `?testers=${'1'.repeat(maxParamLength + 1)}`, ['testers'],
    { own: [], refused: [['testers', `过长（${maxParamLength + 1} 个字符），已忽略`]], foreign: [] }],
  ['repeated with another value: the first is used', '?q=a&q=b&q=a', ['q'],
    { own: [['q', 'a']], refused: [['q', '与前面的同名参数重复，已忽略']], foreign: [] }],
  ['keys are case-sensitive', '?Q=a', ['q'], { own: [], refused: [], foreign: ['Q'] }],
  ['malformed percent-encoding does not throw', '?q=%E0%A4%A&x=%', ['q'], { own: [['q', '\uFFFD%A']], refused: [], foreign: ['x'] }],
];
for (const [name, search, own, expected] of classified) {
  test(`classifyParams: ${name}`, () => {
    const r = classifyParams(search, own, maxParamLength);
    assert.deepEqual([...r.own], expected.own);
    assert.deepEqual(r.refused.map((x) => [x.key, x.reason]), expected.refused);
    assert.deepEqual(r.foreign, expected.foreign);
  });
}

test('classifyParams: 500 junk parameters are all foreign, and a longer limit can be given', () => {
  const junk = Array.from({ length: 500 }, (_, i) => `junk${i}=${i}`).join('&');
  const r = classifyParams(`?${junk}`, ['answers'], maxParamLength);
  assert.equal(r.foreign.length, 500);
  assert.equal(r.refused.length, 0);
  assert.equal(classifyParams(`?answers=${'a/'.repeat(500)}`, ['answers'], 4096).own.get('answers')?.length, 1000);
});

test('every parameter name the site\'s code reads is listed in site-params.ts', () => {
  const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|tsx|astro)$/.test(e.name) ? [join(dir, e.name)] : []));
  const read = /(?:params|URLSearchParams\([^)]*\))\.(?:get|has|getAll)\('(\w+)'\)|read(?:Text|Choice|Param|UrlField)\(search, '(\w+)'|\bf\('(\w+)'\)/g;
  const found = new Set<string>();
  for (const file of files('src')) for (const m of readFileSync(file, 'utf8').matchAll(read)) found.add(m[1] ?? m[2] ?? m[3]!);
  assert.ok(found.size >= 15, [...found].join(' '));
  assert.deepEqual([...found].filter((n) => !own.includes(n as never)), []);
});
