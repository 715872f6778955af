// The reading of the official qualification tables (scripts/category-qualifications.ts, via
// scripts/qualification-tables.ts and scripts/tracker-tables.ts): on fixtures for every kind of
// cell, and against the source itself (the two copies in tests/fixtures/tracker/).
//
// The row counts asserted below were verified by hand: the tracker's copy bc58bc2f8 has 61 <tr>
// (1 header + 60 rows); c0fec2d84 has 384 <tr> in three tables (3 headers + 283 + 44 + 54), and no
// row in them is a leftover. A test recounts them from the raw HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readEditionTable, readPageHead } from '../../scripts/qualification-tables.ts';
import { readGrid, section } from '../../scripts/tracker-tables.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { countTable, type Subject } from '../../src/lib/qualifications.ts';

const data = loadQualifications();
const table = (edition: string, subject: Subject) => data.editions.find((e) => e.id === edition)!.tables.find((t) => t.subject === subject)!;

const fixture = `<div class="top-header">小程序开放的服务类目</div>

小程序开放的服务类目，会随着相关政策变化而产生变化，本文档仅供参考。

## 非个人主体小程序开放的服务类目

<table><thead><tr><th>一级分类</th><th>二级分类</th><th>三级分类</th><th>法务建议的资质文件</th><th>备注</th></tr></thead>
<tbody>
<tr><td rowspan="4">教育</td><td rowspan="2">培训机构</td><td>职业培训</td><td rowspan="2">

《许可证甲》或

《许可证乙》

</td><td rowspan="3">/</td></tr>
<tr><td>语言培训</td></tr>
<tr><td>驾校培训</td><td>/</td><td>《证一》<br>《证二》</td></tr>
<tr><td>在线教育</td><td>　</td><td></td><td>**不得涉及**&nbsp;义务教育</td></tr>
</tbody>
<tfoot><tr><td rowspan="3">工具</td><td>记账</td><td>/</td><td>/</td><td>/</td></tr></tfoot>
<tbody>
<tr><td>天气</td><td>/</td><td>/</td></tr>
<tr><td>日历</td></tr>
<tr><td rowspan="2">商业服务</td></tr>
<tr><td>律所</td><td>/</td><td>《律师事务所执业许可证书》</td><td>/</td></tr>
</tbody></table>

## 个人主体小程序开放的服务类目

<table><tr><th>一级类目</th><th>二级类目</th><th>法务建议资质文件</th></tr>
<tr><td>时政信息</td><td></td><td>《互联网新闻信息服务许可证》</td></tr>
<tr><td>商业服务</td><td>律师</td><td>/</td></tr></table>
`;

test('a fixture with every kind of cell reads one record per row, the D1 way', () => {
  const { columns, records, notes } = readEditionTable(fixture, '非个人主体小程序开放的服务类目', 'enterprise');
  assert.deepEqual(columns, ['一级分类', '二级分类', '三级分类', '法务建议的资质文件', '备注']);
  const rows = records.map((r) => [[r.level1, r.level2, r.level3].join('>'), r.documents, r.documentsCell, r.note, r.noteCell]);
  assert.deepEqual(rows, [
    // a merged documents cell of two paragraphs: each row gets both lines, verbatim
    ['教育>培训机构>职业培训', ['《许可证甲》或', '《许可证乙》'], 'text', null, 'slash'],
    ['教育>培训机构>语言培训', ['《许可证甲》或', '《许可证乙》'], 'text', null, 'slash'],
    // "/" third level = no third level; <br> splits documents
    ['教育>驾校培训>', ['《证一》', '《证二》'], 'text', null, 'slash'],
    // a blank (ideographic space) third level = none; an empty documents cell is "empty", not "slash"
    ['教育>在线教育>', [], 'empty', '不得涉及 义务教育', 'text'],
    // the <tfoot> row in mid-table: read in document order, its rowspan runs on
    ['工具>记账>', [], 'slash', null, 'slash'],
    // a short row: no documents or note cell at all is "missing", apart from "/" and blank
    ['工具>天气>', [], 'slash', null, 'missing'],
    ['工具>日历>', [], 'missing', null, 'missing'],
    // the row with only its merged first-level cell is skipped
    ['商业服务>律所>', ['《律师事务所执业许可证书》'], 'text', null, 'slash'],
  ]);
  const all = notes.join('\n');
  assert.match(all, /“教育 > 在线教育”的三级类目格留空/);
  assert.match(all, /“工具 > 日历”所在行没有三级类目格/);
  assert.match(all, /“商业服务”的合并单元格下有一行空行/);
  assert.match(all, /“工具”开头的一行放在表中间的 <tfoot> 里/);
  assert.match(all, /“法务建议的资质文件”一列有合并单元格.*教育 > 培训机构（2 行）/);
});

test('a table with no third level or 备注 column, and a blank second level', () => {
  const { records, notes } = readEditionTable(fixture, '个人主体小程序开放的服务类目', 'personal');
  assert.deepEqual(records, [
    { level1: '时政信息', level2: null, level3: null, documents: ['《互联网新闻信息服务许可证》'], documentsCell: 'text', note: null, noteCell: 'no-column' },
    { level1: '商业服务', level2: '律师', level3: null, documents: [], documentsCell: 'slash', note: null, noteCell: 'no-column' },
  ]);
  assert.match(notes.join('\n'), /没有三级类目列[\s\S]*没有“备注”列[\s\S]*“时政信息”一行的二级类目格留空/);
  assert.deepEqual(readPageHead(fixture), { title: '小程序开放的服务类目', caveat: '小程序开放的服务类目，会随着相关政策变化而产生变化，本文档仅供参考。' });
});

test('an overstated rowspan ends at a row that has a cell for every column, with a note; strict readers still refuse it', () => {
  const md = `## T\n<table><tr><th>一级分类</th><th>二级分类</th><th>三级分类</th><th>法务建议的资质文件</th><th>备注</th></tr>
<tr><td rowspan="3">房地产</td><td>物业管理</td><td>/</td><td>/</td><td rowspan="3">不得涉及甲</td></tr>
<tr><td>装修/建材</td><td>/</td><td>/</td></tr>
<tr><td>生活服务</td><td>家政</td><td>/</td><td>/</td><td>/</td></tr></table>`;
  const { records, notes } = readEditionTable(md, 'T', 'overseas');
  assert.deepEqual(records.map((r) => [r.level1, r.level2, r.note]), [['房地产', '物业管理', '不得涉及甲'], ['房地产', '装修/建材', '不得涉及甲'], ['生活服务', '家政', null]]);
  assert.match(notes.join('\n'), /“房地产”一格（一级分类列）写 rowspan=3，比它实际覆盖的行多 1 行：下一行“生活服务 > 家政”/);
  assert.match(notes.join('\n'), /“不得涉及甲”一格（备注列）写 rowspan=3/);
  const html = /<table[\s\S]*<\/table>/.exec(md)![0];
  assert.throws(() => readGrid(html), /row 4 has more cells than the table has columns/);
});

test('the reader refuses what it cannot read', () => {
  const head = '<tr><th>一级分类</th><th>二级分类</th><th>三级分类</th><th>法务建议的资质文件</th></tr>';
  const bad: [md: string, problem: RegExp][] = [
    [`## T\n<table>${head}<tr><td>A</td><td>b</td><td>/</td><td>/</td></tr><tr><td>A</td><td>b</td><td>　</td><td>/</td></tr></table>`, /A>b> appears twice/],
    [`## T\n<table><tr><th>一级分类</th><th>名称</th><th>法务建议的资质文件</th></tr><tr><td>A</td><td>b</td><td>/</td></tr></table>`, /unexpected header row/],
    [`## T\n<table>${head}<tr><td>A</td><td>/</td><td>/</td><td>/</td></tr></table>`, /second-level category "\/"/],
    [`## T\n<table>${head}<tr><td rowspan="2">A</td><td>b</td><td>/</td><td>/</td></tr></table>`, /spans 1 row\(s\) beyond the end of the table/],
    [`## U\n<table>${head}</table>`, /no "## T" section/],
    ['<table></table><table></table>', /the page has 2 tables/],
  ];
  for (const [md, problem] of bad) assert.throws(() => readEditionTable(md, md.startsWith('<') ? null : 'T', 'enterprise'), problem, String(problem));
  assert.throws(() => readPageHead('无说明'), /expected one caveat line/);
});

// ── the committed data against the source ────────────────────────────────────────────────────

test('the committed tables have the rows and levels counted in the source', () => {
  const counts: [edition: string, subject: Subject, rows: number, level1: number, level2: number, level3: number, withDocuments: number][] = [
    ['2018-04', 'all', 60, 15, 59, 0, 60],
    ['2018-11', 'enterprise', 283, 22, 246, 49, 165],
    ['2018-11', 'personal', 44, 9, 35, 11, 1],
    ['2018-11', 'overseas', 54, 11, 54, 1, 1],
  ];
  for (const [id, subject, rows, level1, level2, level3, withDocuments] of counts) {
    assert.deepEqual(countTable(table(id, subject)), { rows, level1, level2, level3, withDocuments }, `${id} ${subject}`);
  }
  assert.deepEqual(data.editions.map((e) => [e.id, e.date, e.commit, e.tables.map((t) => t.subject)]), [
    ['2018-04', '2018-04-16', 'bc58bc2f88d385dbcdadb443d36e35b545e70616', ['all']],
    ['2018-11', '2018-11-15', 'c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d', ['enterprise', 'personal', 'overseas']],
  ]);
  assert.equal(data.editions[0]!.caveat, '特殊行业所需的资质材料，会随着相关政策、法律法规以及平台要求的变化而产生变化，请小程序开发者以提交时所要求的材料为准，本文档仅供参考。');
  assert.equal(data.editions[1]!.caveat, '小程序开放的服务类目，会随着相关政策、法律法规以及平台要求的变化而产生变化，请小程序开发者以提交时所要求的材料为准，本文档仅供参考。');
});

// The two source copies are committed (tests/fixtures/tracker/, see its README), so these run everywhere.
const show = (commit: string) => readFileSync(new URL(`../fixtures/tracker/material-${commit}.md`, import.meta.url), 'utf8');

test('the source recounted from the raw HTML: rows = <tr> − header; first levels = rows with a cell in every column', () => {
  const pages: [edition: string, commit: string, subject: Subject, heading: string | null][] = [
    ['2018-04', 'bc58bc2f8', 'all', null],
    ['2018-11', 'c0fec2d84', 'enterprise', '非个人主体小程序开放的服务类目'],
    ['2018-11', 'c0fec2d84', 'personal', '个人主体小程序开放的服务类目'],
    ['2018-11', 'c0fec2d84', 'overseas', '海外主体小程序开放的服务类目'],
  ];
  for (const [id, commit, subject, heading] of pages) {
    const md = show(commit);
    const html = /<table[\s\S]*?<\/table>/.exec(heading ? section(md, heading)! : md)![0];
    const trs = html.match(/<tr\b/g)!.length;
    const t = table(id, subject);
    assert.equal(t.records.length, trs - 1, `${id} ${subject}: rows`);
    const width = t.columns.length;
    const fullRows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).filter((m) => m[1]!.match(/<td\b/g)!.length === width).length;
    // in the 2018-04 table every row is full (no merged cells); in the others, a full row starts a first level
    assert.equal(fullRows, id === '2018-04' ? trs - 1 : countTable(t).level1, `${id} ${subject}: first levels`);
  }
});

test('sample rows equal the source\'s cells', () => {
  const cellsAfter = (md: string, name: string, n: number) => {
    const at = md.indexOf(`>${name}</td>`);
    return [...md.slice(at).matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].slice(0, n).map((m) => m[1]!.replace(/\s+/g, ''));
  };
  const april = show('bc58bc2f8');
  const rec = (id: string, s: Subject, path: string) => table(id, s).records.find((r) => r.path.join('>') === path)!;
  assert.deepEqual(cellsAfter(april, '驾校培训', 1), rec('2018-04', 'all', '教育>驾校培训').documents);
  assert.deepEqual(cellsAfter(april, '公立医疗机构', 1), rec('2018-04', 'all', '医疗>公立医疗机构').documents);
  const nov = show('c0fec2d84');
  assert.deepEqual(cellsAfter(nov, '快车', 1), rec('2018-11', 'enterprise', '出行与交通>打车（网约车）>快车').documents);
  assert.deepEqual(cellsAfter(nov, '外卖点餐', 3), ['/', rec('2018-11', 'overseas', '餐饮>外卖点餐').documents.join(''), '/']); // 三级 /, 资质, 备注 /
});
