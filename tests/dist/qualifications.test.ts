// The qualification pages (/tools/categories/enterprise/ …) read without JavaScript: every record of
// every table is in the static HTML with its anchor, documents and 备注; the counts are countTable's;
// the edition, source and caveat are shown; and the guide (R26), the wizard's outcomes and the
// checklists' 选择服务类目 step link to the table for the reader's subject.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, decodeEntities, idsOf, pageReader, textOf } from './helpers.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { categoriesByLevel1, categoryAnchor, countTable, qualificationPagePath, tableFor, type AskSubject, type QualificationPage } from '../../src/lib/qualifications.ts';

const data = loadQualifications();
const pages = allPages();
const page = pageReader(pages);
const bySubject: Record<QualificationPage, AskSubject | 'all'> = { enterprise: 'enterprise', overseas: 'overseas', personal: 'personal', special: 'all' };
const editionOf = (p: QualificationPage) => (p === 'special' ? data.guideEdition : '2018-11');
const entries = Object.entries(qualificationPagePath) as [QualificationPage, string][];
/** The HTML of the row with this id (its <tr> to </tr>). */
function rowHtml(html: string, id: string): string | null {
  const at = [...html.matchAll(/<tr\b[^>]*\sid="([^"]+)"[^>]*>/g)].find((m) => decodeEntities(m[1]!) === id);
  return at ? html.slice(at.index!, html.indexOf('</tr>', at.index!)) : null;
}
const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => decodeEntities(m[1]!));

test('every record of every table is on its page: the row\'s anchor, its path, its documents and 备注', () => {
  const problems: string[] = [];
  let rows = 0;
  for (const [p, path] of entries) {
    const html = page(path);
    const { table } = tableFor(data, bySubject[p], editionOf(p))!;
    for (const r of table.records) {
      rows++;
      const id = categoryAnchor(r.path);
      const row = rowHtml(html, id);
      if (!row) { problems.push(`${path}: no row #${id}`); continue; }
      const text = textOf(row);
      for (const name of r.path) if (!text.includes(name)) problems.push(`${path}#${id}: name ${name}`);
      for (const d of r.documents) if (!text.includes(d.replace(/\s+/g, ' '))) problems.push(`${path}#${id}: document ${d}`);
      if (r.documentsCell === 'slash' && !text.includes('未列出资质文件')) problems.push(`${path}#${id}: "/" not shown as 未列出资质文件`);
      if (r.documentsCell === 'slash' && /不需要/.test(text)) problems.push(`${path}#${id}: "/" read as 不需要`);
      if (r.note !== null && !text.includes(r.note)) problems.push(`${path}#${id}: 备注 ${r.note}`);
      if (!row.includes(`href="#${encodeURIComponent(id)}"`)) problems.push(`${path}#${id}: no link to itself`);
    }
  }
  assert.deepEqual(problems, []);
  assert.equal(rows, 60 + 283 + 44 + 54);
});

test('the counts shown are countTable\'s, per table and per first-level group', () => {
  for (const [p, path] of entries) {
    const text = textOf(page(path));
    const { table } = tableFor(data, bySubject[p], editionOf(p))!;
    const c = countTable(table);
    assert.ok(text.includes(`共 ${c.rows} 个类目（${c.level1} 个一级类目），其中 ${c.withDocuments} 个列出了资质文件`), `${path}: table counts`);
    const groups = categoriesByLevel1(data, bySubject[p], editionOf(p));
    assert.equal(groups.length, c.level1);
    for (const g of groups) assert.ok(text.includes(`${g.level1}${g.rows} 个类目，其中 ${g.withDocuments} 个需资质`), `${path}: ${g.level1} counts`);
  }
});

test('each page names its edition, links the tracker copy it comes from, and says it is for reference only', () => {
  for (const [p, path] of entries) {
    const html = page(path);
    const text = textOf(html);
    const { edition, table } = tableFor(data, bySubject[p], editionOf(p))!;
    assert.ok(text.includes(`依据官方 ${edition.date} 版`), `${path}: edition date`);
    assert.ok(text.includes('仅供参考，现行以平台为准'), `${path}: caveat`);
    assert.ok(text.includes(edition.caveat), `${path}: the official page's own caveat`);
    assert.ok(hrefs(html).includes(edition.url) && edition.url.includes(edition.commit), `${path}: source link`);
    assert.ok(text.includes('读表说明'));
    for (const n of table.notes) assert.ok(text.includes(n.replace(/\s+/g, ' ')), `${path}: reading note ${n.slice(0, 20)}`);
  }
  assert.ok(textOf(page('/tools/categories/special/')).includes('只列出需要资质材料的类目'), '2018-04: only categories needing documents');
  assert.ok(textOf(page('/tools/categories/enterprise/')).includes('依据官方 2018-11-15 版类目表'));
});

test('the subject switch is on every category page, plain links, the current one marked', () => {
  const switchOf = (html: string) => html.match(/<nav\b[^>]*class="subject-switch"[^>]*>[\s\S]*?<\/nav>/)?.[0] ?? '';
  const current: [path: string, href: string][] = [['/tools/categories/', '/tools/categories/'], ...entries.map(([, path]) => [path, path] as [string, string])];
  for (const [path, href] of current) {
    const nav = switchOf(page(path));
    assert.ok(nav, `${path}: switch`);
    const links = [...nav.matchAll(/<a\b[^>]*>/g)].map((m) => m[0]);
    assert.equal(links.length, 5, `${path}: 个人, 2018-11 个人, 非个人, 海外, 特殊行业`);
    const marked = links.filter((a) => a.includes('aria-current="page"'));
    assert.equal(marked.length, 1, `${path}: one current`);
    assert.match(marked[0]!, new RegExp(`href="${href}"`), `${path}: the current is itself`);
    for (const target of hrefs(nav)) assert.ok(pages.has(target), `${path}: ${target} resolves`);
  }
});

test('R26\'s tip links to the special-industry table, filtered to rows with documents, and keeps the official link', () => {
  const html = page('/guide/preparation/');
  assert.ok(hrefs(html).includes('/tools/categories/special/?only=documents'));
  assert.ok(pages.has('/tools/categories/special/'));
  const tip = textOf(html);
  assert.ok(tip.includes('点击查看所需资质材料'));
});

test('every wizard outcome and every checklist links to the category table for its subject', () => {
  const problems: string[] = [];
  let outcomes = 0;
  for (const [path, html] of pages) {
    if (!path.startsWith('/tools/eligibility/') || !html.includes('class="wz-links"')) continue;
    outcomes++;
    const want = path.includes('subject-personal/') ? '/tools/categories/' : '/tools/categories/enterprise/';
    const links = html.match(/class="wz-links">[\s\S]*?<\/p>/)?.[0] ?? '';
    if (!hrefs(links).includes(want)) problems.push(`${path}: no link to ${want}`);
  }
  assert.ok(outcomes > 20, `found ${outcomes} outcome pages`);
  let checklists = 0;
  for (const [path, html] of pages) {
    if (!/^\/tools\/checklist\/[^/]+\/$/.test(path)) continue;
    checklists++;
    const step = html.match(/data-step="choose-category"[\s\S]*?<\/li>/)?.[0] ?? '';
    const want = path.startsWith('/tools/checklist/personal') ? '/tools/categories/' : '/tools/categories/enterprise/';
    if (!hrefs(step).includes(want)) problems.push(`${path}: 选择服务类目 does not link to ${want}`);
  }
  assert.ok(checklists >= 6, `found ${checklists} checklists`);
  assert.deepEqual(problems, []);
  for (const target of ['/tools/categories/', '/tools/categories/enterprise/']) assert.ok(pages.has(target));
});

test('the pages\' ids are unique (one row per category)', () => {
  for (const [, path] of entries) {
    const html = page(path);
    const all = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
    assert.equal(all.length, idsOf(html).size, `${path}: duplicate ids`);
  }
});
