// The qualification tables in the site search: compact rows per subject table, the results the
// browser makes of them, and how they rank and answer (issue 13).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { qualificationHref, subjectLabels, type QualificationEdition, type QualificationRecord, type QualificationTable, type Subject } from '../../src/lib/qualifications.ts';
import { documentsLine, documentTitles, qualificationIndex, qualificationRows, type QualificationRow } from '../../src/lib/search/qualification-entries.ts';
import { listsDocuments, qualificationDocs, qualificationWeight } from '../../src/lib/search/qualification-docs.ts';
import { buildRealIndex } from '../support/search-index.ts';

const edition = { id: '2018-11', date: '2018-11-15', commit: 'c0fe', url: 'https://example.org/copy', pageTitle: '小程序开放的服务类目', caveat: '', tables: [] } satisfies QualificationEdition;
const row = (subject: Subject, path: string, documents: string[], note: string | null = null): QualificationRecord => {
  const [level1, level2 = null, level3 = null] = path.split('>');
  return {
    subject, level1: level1!, level2, level3, path: path.split('>'), documents, documentsCell: documents.length ? 'text' : 'slash',
    note, noteCell: note ? 'text' : 'slash', edition,
  };
};
const table = (subject: Subject, records: QualificationRecord[]): QualificationTable => ({
  subject, heading: null, columns: [], notes: [], records,
  unchanged: { from: { date: edition.date, commit: 'a' }, to: { date: edition.date, commit: 'a' } },
});

test('a document line keeps its 《…》 titles, or itself cut short', () => {
  const cases: [line: string, titles: string[]][] = [
    ['《网络预约出租汽车经营许可证》', ['《网络预约出租汽车经营许可证》']],
    ['《律师事务所执业许可证书》或', ['《律师事务所执业许可证书》']],
    ['《医疗机构执业许可证》和《事业单位法人证书》', ['《医疗机构执业许可证》', '《事业单位法人证书》']],
    ['经司法厅批准成立法律服务机构的文件', ['经司法厅批准成立法律服务机构的文件']],
    ['政府交通管理部门备案证明；', ['政府交通管理部门备案证明']],
    ['卫生和计划生育委员会/医管局批文或签订协议的医院列表、其中的一份协议', ['卫生和计划生育委员会/医管局批文或签订协议的医院…']],
    ['', []],
  ];
  for (const [line, titles] of cases) assert.deepEqual(documentTitles(line), titles, line);
});

test('a group\'s documents line: each cell in short, joined as the cell joins them, never saying more than it; rows without any; or none listed', () => {
  const cases: [records: QualificationRecord[], line: string][] = [
    [[row('enterprise', '出行与交通>打车（网约车）>快车', ['《网络预约出租汽车经营许可证》']), row('enterprise', '出行与交通>打车（网约车）>专车', ['《网络预约出租汽车经营许可证》'])],
      '需《网络预约出租汽车经营许可证》'],
    // "或" stays "或"; an alternative after the titles is marked, not joined with "、" as if both were needed.
    [[row('enterprise', '商业服务>律所', ['《律师事务所执业许可证书》或', '经司法厅批准成立法律服务机构的文件'])], '需《律师事务所执业许可证书》或…'],
    [[row('enterprise', '金融业>银行', ['《金融许可证》或《金融机构许可证》'])], '需《金融许可证》或《金融机构许可证》'],
    [[row('enterprise', '医疗>私立医疗机构', ['《增值电信业务经营许可备案》以及《医疗机构执业许可证》'])], '需《增值电信业务经营许可备案》；《医疗机构执业许可证》'],
    [[row('enterprise', '医疗>公立医疗机构', ['《医疗机构执业许可证》、《事业单位法人证书》'])], '需《医疗机构执业许可证》、《事业单位法人证书》'],
    // A document without a title after one with it: "等", not left out silently.
    [[row('enterprise', '医疗>医疗器械经营、销售', ['《医疗器械经营许可证》、市食品药品监督管理部门备案凭证'])], '需《医疗器械经营许可证》等'],
    [[row('enterprise', '医疗>就医服务>挂号', ['《医疗机构执业许可证》']), row('enterprise', '医疗>就医服务>查报告单', [])], '需《医疗机构执业许可证》（部分三级类目无需）'],
    [[row('enterprise', '出行与交通>顺风车', ['政府交通管理部门备案证明；'])], '需政府交通管理部门备案证明'],
    [[row('personal', '生活服务>家政', [])], '未列出资质文件'],
    // The 备注 is in the card (exactDocuments), not in the results' line.
    [[row('overseas', '商业服务>公关/推广', [], '不得涉及社会调查')], '未列出资质文件'],
  ];
  for (const [records, line] of cases) {
    assert.equal(documentsLine(records), line);
    assert.equal(listsDocuments(line), line.startsWith('需'));
  }
});

test('rows, by table: one per second-level category, its third-level names, in the source\'s order', () => {
  const enterprise = table('enterprise', [
    row('enterprise', '出行与交通>打车（网约车）>快车', ['《网络预约出租汽车经营许可证》']),
    row('enterprise', '出行与交通>打车（网约车）>出租车', ['《网络预约出租汽车经营许可证》']),
    row('enterprise', '出行与交通>代驾', []),
    row('enterprise', '时政信息', ['《互联网新闻信息服务许可证》']),
  ]);
  assert.deepEqual(qualificationRows(enterprise), [
    ['出行与交通', '打车（网约车）', '快车|出租车', '需《网络预约出租汽车经营许可证》'],
    ['出行与交通', '代驾', '', '未列出资质文件'],
    ['时政信息', '', '', '需《互联网新闻信息服务许可证》'],
  ]);
  const personal = table('personal', [row('personal', '商业服务>律师', ['《律师执业资格证》'])]);
  assert.deepEqual(qualificationRows(personal), [['商业服务', '律师', '', '需《律师执业资格证》']]);
});

test('results from the rows: title with the subject type, link to the group\'s first row, edition, documents', () => {
  const index = qualificationIndex([{ ...edition, tables: [
    table('enterprise', [row('enterprise', '出行与交通>打车（网约车）>快车', ['《网络预约出租汽车经营许可证》']), row('enterprise', '时政信息', ['《互联网新闻信息服务许可证》'])]),
    table('overseas', [row('overseas', '餐饮>外卖点餐', ['《营业执照》或《公司注册证书》'])]),
  ] }]);
  assert.deepEqual(index.editions, { '2018-11': { d: '2018-11-15', t: '小程序开放的服务类目', u: 'https://example.org/copy' } });
  const { docs, bodies, titles } = qualificationDocs(index);
  assert.deepEqual(docs.map((d) => [d.t, d.h, d.c, d.q, d.w]), [
    ['出行与交通 › 打车（网约车） · 非个人主体', qualificationHref('enterprise', ['出行与交通', '打车（网约车）', '快车']), '2018-11-15 版，仅供参考', '需《网络预约出租汽车经营许可证》', '出行与交通'],
    ['时政信息 · 非个人主体', qualificationHref('enterprise', ['时政信息']), '2018-11-15 版，仅供参考', '需《互联网新闻信息服务许可证》', '时政信息'],
    ['餐饮 › 外卖点餐 · 海外主体', qualificationHref('overseas', ['餐饮', '外卖点餐']), '2018-11-15 版，仅供参考', '需《营业执照》或《公司注册证书》', '餐饮'],
  ]);
  assert.match(docs[0]!.h, /^\/tools\/categories\/enterprise\/#c-/);
  assert.deepEqual(bodies, ['快车', '', '']);
  // The first level is a keyword, not part of the title searched.
  assert.deepEqual(titles, ['打车（网约车） · 非个人主体', '时政信息 · 非个人主体', '外卖点餐 · 海外主体']);
  assert.deepEqual(qualificationDocs(undefined), { docs: [], bodies: [], titles: [] });
});

test('rank factor: after the guide\'s records; personal and overseas tables after the business one unless named', () => {
  const [enterprise, personal, overseas] = (['非个人主体', '个人主体', '海外主体'] as const).map((label) => ({ k: 'qualification' as const, t: `商业服务 › 律师 · ${label}`, c: '', s: '', h: '' }));
  assert.equal(qualificationWeight(enterprise!, '律师'), 1.8);
  assert.ok(qualificationWeight(personal!, '律师') > qualificationWeight(enterprise!, '律师'));
  assert.equal(qualificationWeight(personal!, '个人 律师'), 1.8);
  assert.ok(qualificationWeight(overseas!, '个人 律师') > 1.8);
  assert.equal(qualificationWeight(overseas!, '海外 外卖'), 1.8);
});

test('the real index: the latest edition\'s three tables, every category once per table, in budget', () => {
  const data = loadQualifications();
  const latest = data.editions.at(-1)!;
  const index = buildRealIndex();
  assert.deepEqual(index.qualifications?.tables.map((t) => [t.s, t.e, t.l, t.p]),
    latest.tables.map((t) => [t.subject, latest.id, subjectLabels[t.subject], qualificationHref(t.subject)]));
  for (const t of latest.tables) {
    const rows: QualificationRow[] = index.qualifications!.tables.find((x) => x.s === t.subject)!.r;
    const groups = new Set(t.records.map((r) => `${r.level1}>${r.level2 ?? ''}`));
    assert.equal(rows.length, groups.size, t.subject);
    // Every third-level name is searchable, every 《…》 title is shown.
    const text = rows.map((r) => r.join(' ')).join(' ');
    for (const r of t.records) {
      if (r.level3) assert.ok(text.includes(r.level3), r.level3);
      for (const title of r.documents.flatMap((d) => d.match(/《[^《》]+》/g) ?? [])) assert.ok(text.includes(title), title);
    }
  }
  // Every link is a row of its subject's page.
  const { docs } = qualificationDocs(index.qualifications);
  const paths = new Set(latest.tables.flatMap((t) => t.records.map((r) => qualificationHref(t.subject, r.path))));
  for (const d of docs) assert.ok(paths.has(d.h), decodeURIComponent(d.h));
  // The rows are what the qualification tables add to the index; they must leave room for the code.
  const added = gzipSync(JSON.stringify(index.qualifications), { level: 9 }).length;
  assert.ok(added <= 8 * 1024, `${added} B gzip`);
});
