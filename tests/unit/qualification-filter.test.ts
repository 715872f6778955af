import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findElsewhere, haystack, matches, missingText, parseQualificationParams, qualificationSearch, understandQuery, type OtherTable,
} from '../../src/lib/qualification-filter.ts';
import { categorySynonyms } from '../../src/lib/category-synonyms.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { subjects, tableFor, type AskSubject } from '../../src/lib/qualifications.ts';

const data = loadQualifications();
const table = (s: AskSubject | 'all') => tableFor(data, s, s === 'all' ? data.guideEdition : '2018-11')!.table;
const allNames = (['all', ...subjects] as const).flatMap((s) => table(s).records.flatMap((r) => r.path));
// As the page builds it: the curated words whose meanings name a category of the tables.
const synonyms = categorySynonyms(loadSynonyms(), allNames);
/** The rows of a table a query finds, as the page's filter finds them (names, documents, 备注). */
const found = (s: AskSubject | 'all', query: string) => {
  const q = understandQuery(query, synonyms);
  return table(s).records.filter((r) => matches(haystack([r.path.join(' › '), ...r.documents, r.note ?? '']), q)).map((r) => r.path.join('>'));
};

test('haystack: normalised like a query, punctuation and spaces dropped, parts kept apart', () => {
  const table: [parts: string[], expected: string][] = [
    [['IT 科技'], 'it科技'],
    [['出行与交通 › 打车（网约车） › 快车'], '出行与交通打车网约车快车'],
    [['《帳號》', 'ＡＢＣ１２３'], '帐号\nabc123'],
    [['a\u200bb'], 'ab'],
  ];
  for (const [parts, expected] of table) assert.equal(haystack(parts), expected, parts.join('|'));
});

test('a reader\'s words find the rows that name them or list them in their documents', () => {
  const cases: [subject: AskSubject | 'all', query: string, includes: string[], excludes: string[]][] = [
    ['enterprise', '网约车', ['出行与交通>打车（网约车）>快车', '出行与交通>打车（网约车）>其他网约车'], ['出行与交通>代驾']],
    ['all', '网约车', ['出行与交通>打车'], []], // 2018-04 writes only 打车: the everyday word finds it
    ['enterprise', '律所', ['商业服务>律所', '商业服务>法律服务>法律咨询'], []],
    ['enterprise', '律师', ['商业服务>律所', '商业服务>法律服务>法律咨询'], []], // 律所 by its documents (律师事务所)
    ['personal', '律所', ['商业服务>律师'], []],
    ['enterprise', '医疗器械', ['医疗>医疗器械信息展示', '医疗>医疗器械生产企业', '医疗>医疗器械经营、销售', '商家自营>成人用品'], []],
    ['enterprise', '医疗 器械', ['医疗>医疗器械生产企业'], ['医疗>互联网医院']], // every word must occur
    ['enterprise', '食品经营许可证', [], ['快递业与邮政>邮政']],
    ['enterprise', '', table('enterprise').records.map((r) => r.path.join('>')), []],
    ['overseas', '空中交通管制', ['快递业与邮政>快递、物流>查件'], []], // 备注 is searched too
  ];
  for (const [subject, query, includes, excludes] of cases) {
    const hits = found(subject, query);
    for (const p of includes) assert.ok(hits.includes(p), `${subject} “${query}” finds ${p}`);
    for (const p of excludes) assert.ok(!hits.includes(p), `${subject} “${query}” does not find ${p}`);
  }
  assert.ok(found('enterprise', '食品经营许可证').length >= 3, 'a licence name finds the categories that need it');
  assert.deepEqual(found('personal', '网约车'), [], 'not in the personal table');
});

test('understandQuery: typed words, and the category names they also mean', () => {
  assert.deepEqual(understandQuery('  ', synonyms), { terms: [], also: [] });
  assert.deepEqual(understandQuery('网约车', synonyms), { terms: ['网约车'], also: ['打车'] });
  assert.deepEqual(understandQuery('外卖', synonyms).also, ['外送']);
  assert.deepEqual(understandQuery('医疗、器械', synonyms).terms, ['医疗', '器械']);
});

test('?q=&only=: read back from the address, bad values get a notice', () => {
  const table: [search: string, q: string, only: boolean, notices: number][] = [
    ['', '', false, 0],
    ['?only=documents', '', true, 0],
    ['?q=%E7%BD%91%E7%BA%A6%E8%BD%A6&only=documents', '网约车', true, 0],
    ['?only=all', '', false, 1],
    [`?q=${'a'.repeat(80)}`, 'a'.repeat(64), false, 1],
    ['?q=%00%E5%BE%8B%E6%89%80%0A', '律所', false, 0],
    ['?from=singlemessage&isappinstalled=0', '', false, 0],
  ];
  for (const [search, q, only, notices] of table) {
    const p = parseQualificationParams(search);
    assert.deepEqual([p.q, p.onlyDocuments, p.notices.length], [q, only, notices], search);
  }
  assert.equal(qualificationSearch('', false), '');
  assert.equal(qualificationSearch(' 律所 ', true), '?q=%E5%BE%8B%E6%89%80&only=documents');
  assert.equal(qualificationSearch('', true), '?only=documents');
  for (const [q, only] of [['网约车', true], ['a b', false]] as const) {
    const back = parseQualificationParams(qualificationSearch(q, only));
    assert.deepEqual([back.q, back.onlyDocuments], [q, only], 'round trip');
  }
});

test('a category missing for this subject: where the other subjects\' tables have it, by name', () => {
  const others: OtherTable[] = (['enterprise', 'overseas'] as const).map((s) => ({
    label: s, href: `/t/${s}/`, paths: table(s).records.map((r) => r.path.join('>')),
  }));
  const hits = findElsewhere(others, understandQuery('网约车', synonyms));
  assert.deepEqual(hits.map((h) => [h.label, h.total, h.paths.length]), [['enterprise', 4, 4]]);
  assert.deepEqual(hits[0]!.paths[0], ['出行与交通', '打车（网约车）', '快车']);
  assert.equal(findElsewhere(others, understandQuery('律所', synonyms))[0]!.paths.length <= 5, true);
  assert.deepEqual(findElsewhere(others, understandQuery('火星', synonyms)), []);
  assert.deepEqual(findElsewhere(others, understandQuery('', synonyms)), []);
  assert.equal(missingText('2018-11-15 版个人主体类目表', ' 网约车 ', hits), '2018-11-15 版个人主体类目表中没有“网约车”；enterprise中有：');
  assert.match(missingText('2018-11-15 版非个人主体类目表', '火星', []), /^2018-11-15 版非个人主体类目表中没有“火星”，其他主体的类目表中也没有/);
});
