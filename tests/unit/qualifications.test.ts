// The lookups over content/categories/qualifications.yaml (src/lib/qualifications.ts) and its
// validation (src/lib/rules/qualifications-schema.ts). Expected values were read off the tracker's
// copies bc58bc2f8 (2018-04-16) and c0fec2d84 (2018-11-15) by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import {
  categoriesByLevel1, lookupQualification, normalizeName, parsePath, tableFor, type AskSubject,
} from '../../src/lib/qualifications.ts';
import { buildQualifications, QualificationsError } from '../../src/lib/rules/qualifications-schema.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';

const file = 'content/categories/qualifications.yaml';
const data = loadQualifications();
const taxi = '《网络预约出租汽车经营许可证》';
const govDocs = ['政府/事业单位，提供《组织机构代码证》或《统一社会信用代码证》', '非政府/事业单位，提供《相关政府部门的资质授权文件》'];
const reviewNote = '选择该类目后首次提交代码审核，需经当地互联网主管机关审核确认，预计审核时长7天左右';

test('lookup by subject and category path: open, documents, notes, edition', () => {
  const table: [subject: AskSubject | 'all', path: string, edition: string | undefined, open: boolean | null, documents: string[], notes: string[], rows: number, answeredBy: string][] = [
    // the guide's date: one table for everyone, which cannot say what is open
    ['enterprise', '教育 > 驾校培训', '2018-04', null, ['需提供《道路运输经营许可证》，且其中须有“驾驶员培训”项目'], [], 1, '2018-04 all'],
    ['personal', '医疗 > 公立医疗机构', '2018-04', null, ['《医疗机构执业许可证》'], [], 1, '2018-04 all'],
    ['all', '时政信息', '2018-04', null, ['《互联网新闻信息服务许可证》'], [], 1, '2018-04 all'],
    ['overseas', 'IT科技 > 电信运营商', '2018-04', null, ['《基础电信业务经营许可证》'], [], 1, '2018-04 all'], // source: "IT 科技"
    ['enterprise', '游戏', '2018-04', null, [], [], 0, '2018-04 all'],
    // 2018-11 (the default: the latest edition): a table per subject
    ['enterprise', '出行与交通 > 打车（网约车）', undefined, true, [taxi], [], 4, '2018-11 enterprise'],
    ['enterprise', '出行与交通>打车（网约车）>专车', '2018-11', true, [taxi], [], 1, '2018-11 enterprise'],
    ['personal', '出行与交通 > 打车（网约车）', undefined, false, [], [], 0, '2018-11 personal'],
    ['enterprise', '医疗 > 公立医疗机构', undefined, true, ['《医疗机构执业许可证》和《事业单位法人证书》'], [], 1, '2018-11 enterprise'],
    ['personal', '医疗', undefined, false, [], [], 0, '2018-11 personal'],
    ['enterprise', '政务民生 > 交警', undefined, true, govDocs, [], 1, '2018-11 enterprise'],
    ['enterprise', '政务民生 > 政务服务大厅', undefined, true, govDocs, [], 1, '2018-11 enterprise'], // the same merged cell, 59 rows down
    ['enterprise', '医疗 > 就医服务 > 查报告单', undefined, true, [], [], 1, '2018-11 enterprise'],
    ['enterprise', '医疗 > 就医服务 > 缴费', undefined, true, ['卫生和计划生育委员会/医管局批文或签订协议的医院列表、其中的一份协议、其中的一份承诺书、协议医院的《医疗机构执业许可证》'], [], 1, '2018-11 enterprise'],
    ['enterprise', '社交 > 直播', undefined, true, ['《信息网络传播视听节目许可证》或', '《网络文化经营许可证》(经营范围含网络表演）'], [reviewNote], 1, '2018-11 enterprise'],
    ['enterprise', '房地产', undefined, true, [], [], 6, '2018-11 enterprise'], // rowspan="7" over 6 rows
    ['personal', '商业服务 > 律师', undefined, true, ['《律师执业资格证》'], [], 1, '2018-11 personal'],
    ['personal', '生活服务 > 丽人', undefined, true, [], [], 10, '2018-11 personal'],
    ['overseas', '餐饮 > 外卖点餐', undefined, true, ['《营业执照》或《公司注册证书》或《其他商事主体登记证明》（均需经公证机构公证及我国驻该国大使馆或领事馆认证）'], [], 1, '2018-11 overseas'],
    ['overseas', '快递业与邮政', undefined, true, [], ['不得涉及：1、空中交通管制公司；2、邮政公司'], 2, '2018-11 overseas'],
    ['overseas', '教育 > 在线教育', undefined, true, [], ['不得涉及义务教育机构，军事、警察、政治和党校等特殊领域教育机构'], 1, '2018-11 overseas'],
    ['overseas', '金融业', undefined, false, [], [], 0, '2018-11 overseas'],
  ];
  for (const [subject, path, edition, open, documents, notes, rows, answeredBy] of table) {
    const got = lookupQualification(data, subject, parsePath(path), edition)!;
    const what = `${subject} ${path} ${edition ?? ''}`;
    assert.equal(`${got.edition.id} ${got.subject}`, answeredBy, what);
    assert.equal(got.open, open, what);
    assert.deepEqual(got.documents, documents, what);
    assert.deepEqual(got.notes, notes, what);
    assert.equal(got.records.length, rows, what);
  }
  assert.equal(lookupQualification(data, 'personal', ['教育'], '2017-06'), null);
  assert.equal(lookupQualification(data, 'enterprise', [])!.records.length, 0);
});

test('each record carries its edition, date, commit and source address; the caveat is once per edition', () => {
  const r = lookupQualification(data, 'enterprise', ['出行与交通', '打车（网约车）', '快车'])!.records[0]!;
  assert.deepEqual(r.edition, {
    id: '2018-11', date: '2018-11-15', commit: 'c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d',
    url: 'https://github.com/wepyjs/weapp-document-tracker/blob/c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d/md/_debug_wxadoc_product_material.md',
  });
  assert.deepEqual([r.subject, r.level1, r.level2, r.level3, r.path, r.documentsCell, r.noteCell], ['enterprise', '出行与交通', '打车（网约车）', '快车', ['出行与交通', '打车（网约车）', '快车'], 'text', 'slash']);
  for (const e of data.editions) assert.match(e.caveat, /会随着相关政策、法律法规以及平台要求的变化而产生变化.*本文档仅供参考。$/);
  assert.equal(data.guideEdition, '2018-04');
  assert.deepEqual(tableFor(data, 'personal', '2018-04')!.bySubject, false);
});

test('categories grouped by first level, with counts', () => {
  const personal = categoriesByLevel1(data, 'personal');
  assert.deepEqual(personal.map((g) => [g.level1, g.rows, g.level2.length, g.withDocuments]), [
    ['快递业与邮政', 2, 2, 0], ['教育', 5, 5, 0], ['出行与交通', 1, 1, 0], ['生活服务', 14, 5, 0], ['餐饮', 3, 3, 0],
    ['旅游', 2, 2, 0], ['工具', 13, 13, 0], ['商业服务', 2, 2, 1], ['体育', 2, 2, 0],
  ]);
  const enterprise = categoriesByLevel1(data, 'enterprise');
  assert.equal(enterprise.length, 22);
  assert.deepEqual(enterprise.slice(0, 4).map((g) => [g.level1, g.rows]), [['快递业与邮政', 6], ['教育', 15], ['政务民生', 59], ['金融业', 15]]);
  assert.equal(enterprise.reduce((n, g) => n + g.rows, 0), 283);
  assert.equal(categoriesByLevel1(data, 'overseas').reduce((n, g) => n + g.rows, 0), 54);
  const april = categoriesByLevel1(data, 'enterprise', '2018-04');
  assert.equal(april.reduce((n, g) => n + g.rows, 0), 60);
  assert.deepEqual(april.find((g) => g.level1 === '时政信息'), { level1: '时政信息', rows: 1, level2: [], withDocuments: 1, records: april.find((g) => g.level1 === '时政信息')!.records });
  assert.deepEqual(categoriesByLevel1(data, 'personal', '2016-01'), []);
});

test('the 2018-11 personal table names the categories of the personal edition read from the same copy', () => {
  const edition = loadCategoryEditions().editions.find((e) => e.lastSeen.commit === 'c0fec2d849f0ae03a00af6f74a5c1a356c1bfd7d')!;
  const leaves = (nodes: readonly { path: string[]; children: readonly any[] }[]): string[] => nodes.flatMap((n) => (n.children.length ? leaves(n.children) : [n.path.join('>')]));
  assert.deepEqual(tableFor(data, 'personal')!.table.records.map((r) => r.path.join('>')), leaves(edition.tree));
});

test('names and paths are read leniently', () => {
  assert.equal(normalizeName('IT 科技'), normalizeName('IT科技'));
  assert.deepEqual(parsePath(' 出行与交通 › 打车（网约车）＞快车 '), ['出行与交通', '打车（网约车）', '快车']);
});

test('a malformed file fails with the file and field named', () => {
  const raw = () => yaml.load(readFileSync(file, 'utf8')) as any;
  const rec = (r: any, e: number, t: number, k: number) => r.editions[e].tables[t].records[k];
  const table: [change: (r: any) => void, problem: RegExp][] = [
    [(r) => { rec(r, 0, 0, 0).level1 = '/'; }, /qualifications\.yaml: editions\[0\]\.tables\[0\]\.records\[0\]\.level1: must be a category name/],
    [(r) => { rec(r, 1, 0, 0).documentsCell = 'slash'; }, /records\[0\]\.documents: must list documents exactly when documentsCell is text/],
    [(r) => { rec(r, 1, 0, 1).documents = ['《证》']; }, /records\[1\]\.documents: must list documents exactly when documentsCell is text/],
    [(r) => { rec(r, 1, 2, 7).note = 'x'; }, /editions\[1\]\.tables\[2\]\.records\[7\]\.note: must be a note exactly when noteCell is text/],
    [(r) => { rec(r, 1, 1, 0).noteCell = 'slash'; }, /tables\[1\]\.records\[0\]\.noteCell: must be no-column exactly when the table has no 备注 column/],
    [(r) => { rec(r, 0, 0, 1).level3 = 'x'; }, /tables\[0\]\.records\[1\]\.level3: the table has no third-level column/],
    [(r) => { rec(r, 1, 0, 0).documentsCell = 'blank'; }, /records\[0\]\.documentsCell/],
    [(r) => { r.editions[1].tables[0].records.push(rec(r, 1, 0, 0)); }, /快递业与邮政>寄件\/收件> appears twice/],
    [(r) => { r.editions[1].tables[1].subject = 'enterprise'; }, /editions\[1\]\.tables: a subject has two tables/],
    [(r) => { r.editions[1].source.commit = 'c0fec2d84'; }, /editions\[1\]\.source\.commit: must be a full 40-digit commit hash/],
    [(r) => { r.editions[0].source.url = r.editions[1].source.url; }, /editions\[0\]\.source\.url: must name the commit/],
    [(r) => { r.editions[0].caveat = '特殊行业所需资质材料'; }, /editions\[0\]\.caveat: must be the page's caveat/],
    [(r) => { r.editions[1].id = '2018-12'; }, /editions\[1\]\.id: 2018-12 does not match the date 2018-11-15/],
    [(r) => { r.editions[1].tables[0].unchanged.to.date = '2018-11-14'; }, /tables\[0\]\.unchanged: must include the edition's date/],
    [(r) => { r.guideEdition = '2019-01'; }, /guideEdition: 2019-01 is not one of the editions/],
    [(r) => { rec(r, 0, 0, 0).extra = 1; }, /records\[0\]: /],
  ];
  for (const [change, problem] of table) {
    const r = raw();
    change(r);
    assert.throws(() => buildQualifications(r), (e: unknown) => e instanceof QualificationsError && problem.test(e.message), String(problem));
  }
  assert.doesNotThrow(() => buildQualifications(raw()));
});
