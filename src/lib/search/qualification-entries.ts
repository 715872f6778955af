// The official qualification tables (content/categories/qualifications.yaml) in the site search: per
// subject table, one result per second-level category ("出行与交通 › 打车（网约车） · 非个人主体") with
// its third-level names (searched) and the titles of the documents it needs (shown and searched).
// The index carries the 《…》 titles only (a long line without one is cut short); the pages carry the
// full text. The index holds each table as compact rows; the browser makes the results from them
// (qualification-docs.ts), so nothing is shipped twice. Build time; pure.
import {
  qualificationHref, subjectLabels, type QualificationEdition, type QualificationRecord, type QualificationTable, type Subject,
} from '../qualifications.ts';
import { documentsPrefix } from './qualification-docs.ts';

/** [first level, second level ("" for none), third-level names joined by "|", documents line] */
export type QualificationRow = [level1: string, level2: string, level3: string, documents: string];

export interface QualificationIndex {
  /** by edition id: date, the official page's title, the archived copy read */
  editions: Record<string, { d: string; t: string; u: string }>;
  /** s: subject type; l: its name; p: its page (qualificationHref); e: the edition; r: the rows */
  tables: { s: Subject; l: string; p: string; e: string; r: QualificationRow[] }[];
}

/** What a group's line says when its table lists no documents ("/" or a blank cell). */
export const noDocuments = '未列出资质文件';

/** How much of a cell without a 《…》 title, or with more than its titles, the index keeps. */
const lineLength = 24;
const cut = (text: string, length: number) => ([...text].length > length ? `${[...text].slice(0, length).join('')}…` : text);

/** A document line's 《…》 titles, or the line itself, cut short. */
export function documentTitles(line: string): string[] {
  const titles = line.match(/《[^《》]+》/g);
  if (titles) return titles;
  const text = line.replace(/[，,；;。或]+$/u, '').trim();
  return text ? [cut(text, lineLength)] : [];
}

/**
 * A documents cell in short, never saying more than the cell: its 《…》 titles joined as the cell joins
 * them ("或" where the text between says 或, "；" where it says more, else "、"), then "或…" when an
 * alternative follows them, "等" when the cell says more; a cell without titles, itself cut short. The
 * card quotes it whole.
 */
export function cellSummary(lines: readonly string[]): string {
  const text = lines.join('').trim();
  const titles = [...text.matchAll(/《[^《》]+》/g)];
  if (titles.length === 0) return cut(text.replace(/[，,；;。或]+$/u, ''), lineLength);
  const joined = titles.map((m, i) => {
    if (i === 0) return m[0];
    const before = titles[i - 1]!;
    const gap = text.slice(before.index + before[0].length, m.index);
    return `${/或/.test(gap) ? '或' : /^[、，,\s和及]*$/.test(gap) ? '、' : '；'}${m[0]}`;
  }).join('');
  const last = titles.at(-1)!;
  const bare = (t: string) => t.replace(/[\s，,；;。、]/g, '');
  const rest = bare(text.slice(last.index + last[0].length));
  const lead = bare(text.slice(0, titles[0]!.index)).replace(/^(需要?提供|需提交|需|提供)/, '');
  return rest.startsWith('或') ? `${joined}或…` : rest || lead ? `${joined}等` : joined;
}

/**
 * The documents line of a group of rows, shown and searched in the results: each distinct cell in short
 * (cellSummary), whether some third-level rows need none, or that none are listed. The 备注 and the
 * cells' full text are in the answer card (exactDocuments, fetched when it shows).
 */
export function documentsLine(records: readonly QualificationRecord[]): string {
  const cells = [...new Set(records.filter((r) => r.documents.length).map((r) => cellSummary(r.documents)))];
  const partly = cells.length > 0 && records.some((r) => r.documents.length === 0);
  return cells.length ? `${documentsPrefix}${cells.join('；')}${partly ? '（部分三级类目无需）' : ''}` : noDocuments;
}

/** A table's records grouped by second-level category (or first-level, when a row has none), in the source's order. */
function groupsOf(table: QualificationTable): QualificationRecord[][] {
  const groups = new Map<string, QualificationRecord[]>();
  for (const r of table.records) {
    const key = r.level2 === null ? r.level1 : `${r.level1}>${r.level2}`;
    const g = groups.get(key);
    if (g) g.push(r); else groups.set(key, [r]);
  }
  return [...groups.values()];
}

/** A table's rows: one per second-level category (or first-level, when a row has none), in the source's order. */
export function qualificationRows(table: QualificationTable): QualificationRow[] {
  return groupsOf(table).map((records) => {
    const first = records[0]!;
    const level3 = [...new Set(records.flatMap((r) => (r.level3 ? [r.level3] : [])))];
    return [first.level1, first.level2 ?? '', level3.join('|'), documentsLine(records)];
  });
}

/** The index's part for the given editions' tables. */
export function qualificationIndex(editions: readonly QualificationEdition[]): QualificationIndex {
  return {
    editions: Object.fromEntries(editions.map((e) => [e.id, { d: e.date, t: e.pageTitle, u: e.url }])),
    tables: editions.flatMap((e) => e.tables.map((t) => ({
      s: t.subject, l: subjectLabels[t.subject], p: qualificationHref(t.subject), e: e.id, r: qualificationRows(t),
    }))),
  };
}

/**
 * A group's documents as the table writes them, for the answer card: each cell verbatim, its lines kept
 * (so "或" and "、" stay as written); when the group's third-level rows differ, each cell after the names
 * it applies to ("查报告单：未列出资质文件"); then the 备注 cells verbatim.
 */
export function exactDocuments(records: readonly QualificationRecord[]): string {
  const cells = new Map<string, string[]>();
  for (const r of records) {
    const cell = r.documents.length ? r.documents.join('\n') : noDocuments;
    const names = cells.get(cell);
    if (names) names.push(r.level3 ?? ''); else cells.set(cell, [r.level3 ?? '']);
  }
  const notes = [...new Set(records.flatMap((r) => (r.note ? [r.note] : [])))];
  const docs = [...cells].map(([cell, names]) => (cells.size > 1 ? `${names.join('、')}：${cell}` : cell));
  return [...docs, ...notes.map((n) => `备注：${n}`)].join('\n');
}

/** The exact documents of every row of qualificationIndex(editions), in the same order (/search-documents.json). */
export const qualificationTexts = (editions: readonly QualificationEdition[]): string[] =>
  editions.flatMap((e) => e.tables.flatMap((t) => groupsOf(t).map(exactDocuments)));
