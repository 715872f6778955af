// The categories and qualification documents of the official page 特殊行业所需资质材料 /
// 小程序开放的服务类目 (content/categories/qualifications.yaml), and the lookups over them: is a
// category open to a subject type, which documents does it need. Pure and browser-safe: no DOM, no
// file system, no zod (the data is validated by src/lib/rules/qualifications-schema.ts).
import type { CategoryTable } from './rules/types.ts';

/** enterprise = 非个人主体; all = the 2018-04 page, which had one table for every subject type. */
export type Subject = 'all' | 'enterprise' | 'personal' | 'overseas';
export type AskSubject = Exclude<Subject, 'all'>;
export const subjects: readonly AskSubject[] = ['enterprise', 'personal', 'overseas'];
export const subjectLabels: Record<Subject, string> = { all: '不分主体类型', enterprise: '非个人主体', personal: '个人主体', overseas: '海外主体' };

/** text: has content; slash: the cell reads "/"; empty: a blank cell; missing: the row has no cell there. */
export type DocumentsCell = 'text' | 'slash' | 'empty' | 'missing';
/** As DocumentsCell, or no-column: the table has no 备注 column. */
export type NoteCell = DocumentsCell | 'no-column';

export interface EditionRef { id: string; date: string; commit: string; url: string }

export interface QualificationRecord {
  subject: Subject;
  level1: string;
  level2: string | null;
  level3: string | null;
  /** [level1, level2?, level3?] without the nulls. */
  path: string[];
  /** The documents cell, one entry per line of the source, verbatim; [] unless documentsCell is text. */
  documents: string[];
  documentsCell: DocumentsCell;
  /** The 备注 cell verbatim, or null unless noteCell is text. */
  note: string | null;
  noteCell: NoteCell;
  edition: EditionRef;
}

export interface TrackerVersion { date: string; commit: string }

export interface QualificationTable {
  subject: Subject;
  /** The table's heading on the page; null: the page's only table. */
  heading: string | null;
  columns: string[];
  /** The tracker's copies in which this table reads exactly the same. */
  unchanged: { from: TrackerVersion; to: TrackerVersion };
  /** What reading the source table had to decide (merged cells, blanks, typos kept). */
  notes: string[];
  records: QualificationRecord[];
}

export interface QualificationEdition extends EditionRef {
  pageTitle: string;
  /** The page's own caveat sentence (…本文档仅供参考。). */
  caveat: string;
  tables: QualificationTable[];
}

export interface QualificationData {
  /** The edition of the guide's date (2018-04). */
  guideEdition: string;
  /** Oldest first. */
  editions: QualificationEdition[];
}

/** Names compare without spaces: the source writes both "IT 科技" and "IT科技". */
export const normalizeName = (name: string) => name.replace(/[\s\u00a0\u3000]+/g, '');

/** "出行与交通 > 打车（网约车）" (or › / ＞) → its names. */
export const parsePath = (text: string): string[] => text.split(/[>›＞]/).map((s) => s.trim()).filter((s) => s !== '');

export function edition(data: QualificationData, id: string): QualificationEdition | undefined {
  return data.editions.find((e) => e.id === id);
}

/** The table that answers for a subject: its own, or the edition's undivided one. Latest edition by default. */
export function tableFor(data: QualificationData, subject: AskSubject | 'all', editionId?: string):
  { edition: QualificationEdition; table: QualificationTable; bySubject: boolean } | null {
  const candidates = editionId === undefined ? [...data.editions].reverse() : data.editions.filter((e) => e.id === editionId);
  for (const e of candidates) {
    const own = e.tables.find((t) => t.subject === subject);
    const table = own ?? e.tables.find((t) => t.subject === 'all');
    if (table) return { edition: e, table, bySubject: table.subject !== 'all' };
  }
  return null;
}

export interface QualificationLookup {
  edition: QualificationEdition;
  subject: Subject;
  /**
   * true/false: the subject's table lists / does not list the category (a table per subject names
   * the categories open to it). null: the edition's one table lists only categories that need
   * documents, so it cannot say whether a category is open.
   */
  open: boolean | null;
  /** The rows at or under the path, in the source's order (a level-2 path gives all its level-3 rows). */
  records: QualificationRecord[];
  /** The distinct document lines of those rows, in order. */
  documents: string[];
  /** The distinct 备注 of those rows, in order. */
  notes: string[];
}

const startsWith = (path: readonly string[], prefix: readonly string[]) =>
  prefix.length > 0 && prefix.length <= path.length && prefix.every((p, i) => normalizeName(p) === normalizeName(path[i]!));

/** Is the category open to the subject, and with which documents? null when no edition answers. */
export function lookupQualification(
  data: QualificationData, subject: AskSubject | 'all', path: readonly string[], editionId?: string,
): QualificationLookup | null {
  const found = tableFor(data, subject, editionId);
  if (!found) return null;
  const records = found.table.records.filter((r) => startsWith(r.path, path));
  return {
    edition: found.edition,
    subject: found.table.subject,
    open: found.bySubject ? records.length > 0 : null,
    records,
    documents: [...new Set(records.flatMap((r) => r.documents))],
    notes: [...new Set(records.flatMap((r) => (r.note === null ? [] : [r.note])))],
  };
}

export interface Level1Group {
  level1: string;
  /** Rows (one per category at its deepest level). */
  rows: number;
  level2: string[];
  /** Rows whose documents cell lists something. */
  withDocuments: number;
  records: QualificationRecord[];
}

/** A subject's categories grouped by first level, in the source's order. */
export function categoriesByLevel1(data: QualificationData, subject: AskSubject | 'all', editionId?: string): Level1Group[] {
  const found = tableFor(data, subject, editionId);
  if (!found) return [];
  const groups = new Map<string, Level1Group>();
  for (const r of found.table.records) {
    let g = groups.get(r.level1);
    if (!g) { g = { level1: r.level1, rows: 0, level2: [], withDocuments: 0, records: [] }; groups.set(r.level1, g); }
    g.rows++;
    g.records.push(r);
    if (r.level2 !== null && !g.level2.includes(r.level2)) g.level2.push(r.level2);
    if (r.documentsCell === 'text') g.withDocuments++;
  }
  return [...groups.values()];
}

/** Counts of a table: rows, distinct first and second levels, rows with a third level, rows with documents. */
export function countTable(table: QualificationTable) {
  const rs = table.records;
  return {
    rows: rs.length,
    level1: new Set(rs.map((r) => r.level1)).size,
    level2: new Set(rs.filter((r) => r.level2 !== null).map((r) => `${r.level1}>${r.level2}`)).size,
    level3: rs.filter((r) => r.level3 !== null).length,
    withDocuments: rs.filter((r) => r.documentsCell === 'text').length,
  };
}

// ── Where each subject's table lives on the site ────────────────────────────────────────────────
// /tools/categories/ stays the personal browser (every official personal table, the newest first, the
// guide's 2018-04 one read per D1); the official qualification tables get one static page per subject,
// and the 2018-04 page (all subjects) its own.
export type QualificationPage = 'enterprise' | 'overseas' | 'personal' | 'special';
export const qualificationPagePath: Record<QualificationPage, string> = {
  enterprise: '/tools/categories/enterprise/',
  overseas: '/tools/categories/overseas/',
  personal: '/tools/categories/personal/',
  special: '/tools/categories/special/',
};

/**
 * The category table a subject's capabilities name (capabilities.ts): the personal tables at
 * /tools/categories/ (opening on the newest, the guide's 2018-04 one a tap away), or the official 非个人主体 table.
 */
export const categoryTablePath: Record<CategoryTable, string> = {
  personal: '/tools/categories/',
  enterprise: qualificationPagePath.enterprise,
};

/** The page that shows a subject's table: the 2018-04 one-table page for `all`. */
export const pageForSubject = (subject: Subject): QualificationPage => (subject === 'all' ? 'special' : subject);

/** The id of a category's row on its page: "c-出行与交通>打车（网约车）>快车" (names without spaces). */
export const categoryAnchor = (path: readonly string[]) => `c-${path.map(normalizeName).join('>')}`;

/** Site-relative link to a category on its subject's page (no base path; pass it through url()). */
export const qualificationHref = (subject: Subject, path?: readonly string[]) =>
  qualificationPagePath[pageForSubject(subject)] + (path && path.length > 0 ? `#${encodeURIComponent(categoryAnchor(path))}` : '');
