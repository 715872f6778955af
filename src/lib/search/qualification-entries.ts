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

/** How much of a document line without a 《…》 title, and of a note, the index keeps. */
const lineLength = 24;
const noteLength = 30;
const cut = (text: string, length: number) => ([...text].length > length ? `${[...text].slice(0, length).join('')}…` : text);

/** A document line as the index keeps it: its 《…》 titles, or the line itself, cut short. */
export function documentTitles(line: string): string[] {
  const titles = line.match(/《[^《》]+》/g);
  if (titles) return titles;
  const text = line.replace(/[，,；;。或]+$/u, '').trim();
  return text ? [cut(text, lineLength)] : [];
}

/** The documents line of a group of rows: the distinct titles, the rows' notes, or that none are listed. */
export function documentsLine(records: readonly QualificationRecord[]): string {
  const titles = [...new Set(records.flatMap((r) => r.documents.flatMap(documentTitles)))];
  const notes = [...new Set(records.flatMap((r) => (r.note ? [cut(r.note, noteLength)] : [])))];
  const partly = titles.length > 0 && records.some((r) => r.documents.length === 0);
  const docs = titles.length ? `${documentsPrefix}${titles.join('、')}${partly ? '（部分三级类目无需）' : ''}` : '未列出资质文件';
  return notes.length ? `${docs}；备注：${notes.join('；')}` : docs;
}

/** A table's rows: one per second-level category (or first-level, when a row has none), in the source's order. */
export function qualificationRows(table: QualificationTable): QualificationRow[] {
  const groups = new Map<string, QualificationRecord[]>();
  for (const r of table.records) {
    const key = r.level2 === null ? r.level1 : `${r.level1}>${r.level2}`;
    const g = groups.get(key);
    if (g) g.push(r); else groups.set(key, [r]);
  }
  return [...groups.values()].map((records) => {
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
