// Notes on rules that have changed since the guide (superseded.yaml) appear where those rules are
// shown, once per page, each source an external link with a confidence badge; the rules page marks
// every such rule and lists all notes. D2 (个体工商户 as an enterprise type) shows on the 个体工商户
// checklists and on no other profile's.
import { supersededStatusLabel } from '../../src/lib/rules/superseded-labels.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, decodeEntities, idsOf, pageReader, textOf } from './helpers.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { allProfiles, profileSlug } from '../../src/lib/profile.ts';

const ruleSet = loadRuleSet();
const pages = allPages();
const page = pageReader(pages);

/** Every rendering of one note on a page (the whole <aside>). */
const notesIn = (html: string, id: string) =>
  [...html.matchAll(/<aside\b[^>]*\sdata-superseded="([^"]+)"[^>]*>[\s\S]*?<\/aside>/g)].filter((m) => m[1] === id).map((m) => m[0]);

const confidenceWord = { high: '高', medium: '中', low: '低' } as const;
const allIds = ruleSet.superseded.map((n) => n.id);

/** Where each note must show: the chapters that state its rules, the calculators' page, the rules page. */
const expected = new Map<string, Set<string>>([
  ['/guide/preparation/', new Set(['members'])],
  ['/guide/certification/', new Set(['personal-certification'])],
  ['/guide/payment/', new Set(['personal-certification'])],
  ['/guide/open-platform/', new Set(['open-platform-binding'])],
  ['/guide/official-account/', new Set(['association'])],
  ['/tools/quotas/', new Set(['members', 'association'])],
  ['/rules/', new Set(allIds)],
]);
// However the notes grow, each also shows on the guide page of every rule it covers.
for (const note of ruleSet.superseded) {
  for (const id of note.rules) {
    const path = `/guide/${ruleSet.rules.find((r) => r.id === id)!.page}/`;
    expected.set(path, new Set([...(expected.get(path) ?? []), note.id]));
  }
}

test('each note shows, once, on every page that states its rules', () => {
  const problems: string[] = [];
  for (const [path, ids] of expected) {
    const html = page(path);
    for (const id of ids) {
      const count = notesIn(html, id).length;
      if (count !== 1) problems.push(`${path}: note "${id}" appears ${count} times`);
    }
  }
  assert.deepEqual(problems, []);
});

test('no page shows the same note twice', () => {
  const twice: string[] = [];
  for (const [path, html] of pages) {
    for (const id of allIds) if (notesIn(html, id).length > 1) twice.push(`${path}: ${id}`);
  }
  assert.deepEqual(twice, []);
});

test('every shown note has its text, an external link to each source, and each source\'s confidence', () => {
  const problems: string[] = [];
  for (const [path, ids] of expected) {
    for (const id of ids) {
      const note = ruleSet.superseded.find((n) => n.id === id)!;
      const aside = notesIn(page(path), id)[0];
      if (!aside) continue; // reported by the placement test
      const text = textOf(aside);
      const where = `${path} ${id}`;
      if (!/aria-label="[^"]+"/.test(aside)) problems.push(`${where}: the aside has no label`);
      if (!text.includes(note.title)) problems.push(`${where}: no title`);
      if (!text.includes(note.text.replace(/\s+/g, ' '))) problems.push(`${where}: no text`);
      if (!new RegExp(Object.values(supersededStatusLabel).join('|')).test(text)) problems.push(`${where}: no heading saying what kind of note it is`);
      for (const source of note.sources) {
        const link = [...aside.matchAll(/<a\s[^>]*>[\s\S]*?<\/a>/g)].map((m) => m[0])
          .find((a) => decodeEntities(/\shref="([^"]*)"/.exec(a)?.[1] ?? '') === source.url);
        if (!link) { problems.push(`${where}: no link to ${source.url}`); continue; }
        if (!/^https?:\/\//.test(source.url) || !URL.canParse(source.url)) problems.push(`${where}: ${source.url} is not an absolute address`);
        if (!/rel="[^"]*noopener/.test(link) || !/class="[^"]*external/.test(link)) problems.push(`${where}: ${source.url} is not marked as external`);
        if (!textOf(link).includes(source.title)) problems.push(`${where}: the link to ${source.url} is not titled "${source.title}"`);
        if (!text.includes(source.date)) problems.push(`${where}: no date for ${source.url}`);
      }
      for (const level of new Set(note.sources.map((s) => s.confidence))) {
        if (!aside.includes(`data-confidence="${level}"`) || !new RegExp(`可信度[：: ]*${confidenceWord[level]}`).test(text)) {
          problems.push(`${where}: no badge "可信度：${confidenceWord[level]}"`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test('the rules page marks each rule that has a note and links the mark to that note', () => {
  const html = page('/rules/');
  const ids = idsOf(html);
  const problems: string[] = [];
  for (const rule of ruleSet.rules) {
    const row = new RegExp(`<tr\\b[^>]*\\sid="${rule.id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0];
    if (!row) { problems.push(`${rule.id}: no row`); continue; }
    const note = ruleSet.superseded.find((n) => n.rules.includes(rule.id));
    const marks = [...row.matchAll(/href="#(superseded-[^"]+)"/g)].map((m) => m[1]!);
    if (!note) {
      if (marks.length) problems.push(`${rule.id}: marked, but has no note`);
      continue;
    }
    if (marks.length !== 1 || marks[0] !== `superseded-${note.id}`) problems.push(`${rule.id}: not linked to note "${note.id}" (${marks.join(', ')})`);
    if (!ids.has(`superseded-${note.id}`)) problems.push(`${rule.id}: #superseded-${note.id} is not on the page`);
    if (!/见说明/.test(textOf(row))) problems.push(`${rule.id}: the mark does not say where to look`);
  }
  assert.deepEqual(problems, []);
});

test('D2 shows on the 个体工商户 checklists and on no other profile\'s', () => {
  const slugs = allProfiles(ruleSet).map((p) => ({ slug: profileSlug(p, ruleSet), individual: p.subject === 'individual-business' }));
  assert.deepEqual(slugs.filter((s) => s.individual).map((s) => s.slug).sort(),
    ['individual-business-certification', 'individual-business-remittance']);
  const problems: string[] = [];
  for (const { slug, individual } of slugs) {
    const count = (page(`/tools/checklist/${slug}/`).match(/\sdata-decision="D2"/g) ?? []).length;
    if (count !== (individual ? 1 : 0)) problems.push(`/tools/checklist/${slug}/: D2 shown ${count} times`);
  }
  assert.deepEqual(problems, []);
});
