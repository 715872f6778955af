// The shape of content/categories/qualifications.yaml (written by scripts/category-qualifications.ts),
// validated when the site is built, so a malformed record stops the build with the file and field
// named. Pure: no file system here (see qualifications-load.ts). Never imported by browser code.
import { z } from 'astro/zod';
import type { QualificationData, QualificationRecord } from '../qualifications.ts';

export const qualificationsFile = 'content/categories/qualifications.yaml';
const sourceFile = 'md/_debug_wxadoc_product_material.md';

const editionId = z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const commit = z.string().regex(/^[0-9a-f]{40}$/, 'must be a full 40-digit commit hash');
const trackerBlob = 'https://github.com/wepyjs/weapp-document-tracker/blob/';
const name = z.string().trim().min(1).refine((s) => s !== '/' && s !== '／' && !s.includes('>'), 'must be a category name (not "/", no ">")');
const text = z.string().trim().min(1);
const cell = z.enum(['text', 'slash', 'empty', 'missing']);
const version = z.strictObject({ date: isoDate, commit });

const recordSchema = z.strictObject({
  level1: name,
  level2: name.nullable(),
  level3: name.nullable(),
  documents: z.array(text),
  documentsCell: cell,
  note: text.nullable(),
  noteCell: z.enum([...cell.options, 'no-column']),
}).superRefine((r, ctx) => {
  if (r.level2 === null && r.level3 !== null) ctx.addIssue({ code: 'custom', path: ['level3'], message: 'a third level needs a second level' });
  if ((r.documentsCell === 'text') !== (r.documents.length > 0)) {
    ctx.addIssue({ code: 'custom', path: ['documents'], message: 'must list documents exactly when documentsCell is text' });
  }
  if ((r.noteCell === 'text') !== (r.note !== null)) ctx.addIssue({ code: 'custom', path: ['note'], message: 'must be a note exactly when noteCell is text' });
});

const tableSchema = z.strictObject({
  subject: z.enum(['all', 'enterprise', 'personal', 'overseas']),
  heading: text.nullable(),
  columns: z.array(text).min(3),
  unchanged: z.strictObject({ from: version, to: version }),
  notes: z.array(text),
  records: z.array(recordSchema).min(1),
});

const editionSchema = z.strictObject({
  id: editionId,
  date: isoDate,
  pageTitle: text,
  caveat: text.refine((s) => s.includes('仅供参考'), 'must be the page\'s caveat (…本文档仅供参考。)'),
  source: z.strictObject({
    commit,
    url: z.url().refine((u) => u.startsWith(trackerBlob) && u.endsWith(`/${sourceFile}`),
      `must be a blob address of ${sourceFile} in wepyjs/weapp-document-tracker`),
  }),
  tables: z.array(tableSchema).min(1),
});

export const qualificationsSchema = z.strictObject({
  guideEdition: editionId,
  editions: z.array(editionSchema).min(1),
});

export class QualificationsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${qualificationsFile} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'QualificationsError';
    this.problems = problems;
  }
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)';

/** Validates the parsed YAML, cross-checks it, and gives every record its subject, path and edition. */
export function buildQualifications(raw: unknown, file = qualificationsFile): QualificationData {
  const result = qualificationsSchema.safeParse(raw);
  if (!result.success) throw new QualificationsError(result.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`));
  const { guideEdition, editions } = result.data;
  const problems: string[] = [];
  editions.forEach((e, i) => {
    const where = `${file}: editions[${i}]`;
    if (editions.findIndex((x) => x.id === e.id) !== i) problems.push(`${where}.id: ${e.id} appears twice`);
    if (e.date.slice(0, 7) !== e.id) problems.push(`${where}.id: ${e.id} does not match the date ${e.date}`);
    if (!e.source.url.includes(`/blob/${e.source.commit}/`)) problems.push(`${where}.source.url: must name the commit ${e.source.commit}`);
    const previous = editions[i - 1];
    if (previous && previous.date >= e.date) problems.push(`${where}.date: editions must be in date order (${previous.date} comes first)`);
    const subjects = e.tables.map((t) => t.subject);
    if (new Set(subjects).size !== subjects.length) problems.push(`${where}.tables: a subject has two tables`);
    if (subjects.includes('all') && subjects.length > 1) problems.push(`${where}.tables: a table for all subjects must be the only one`);
    e.tables.forEach((t, j) => {
      const at = `${where}.tables[${j}]`;
      if (t.unchanged.from.date > e.date || t.unchanged.to.date < e.date) problems.push(`${at}.unchanged: must include the edition's date ${e.date}`);
      const hasNote = t.columns.includes('备注');
      const hasLevel3 = t.columns.some((c) => /^三级/.test(c));
      const seen = new Set<string>();
      t.records.forEach((r, k) => {
        const key = [r.level1, r.level2, r.level3].join('>');
        if (seen.has(key)) problems.push(`${at}.records[${k}]: ${key} appears twice`);
        seen.add(key);
        if ((r.noteCell === 'no-column') === hasNote) problems.push(`${at}.records[${k}].noteCell: must be no-column exactly when the table has no 备注 column`);
        if (!hasLevel3 && r.level3 !== null) problems.push(`${at}.records[${k}].level3: the table has no third-level column`);
      });
    });
  });
  if (!editions.some((e) => e.id === guideEdition)) problems.push(`${file}: guideEdition: ${guideEdition} is not one of the editions`);
  if (problems.length) throw new QualificationsError(problems);

  return {
    guideEdition,
    editions: editions.map((e) => {
      const ref = { id: e.id, date: e.date, commit: e.source.commit, url: e.source.url };
      return {
        ...ref, pageTitle: e.pageTitle, caveat: e.caveat,
        tables: e.tables.map((t) => ({
          ...t,
          records: t.records.map((r): QualificationRecord => ({
            subject: t.subject, ...r,
            path: [r.level1, r.level2, r.level3].filter((x): x is string => x !== null),
            edition: ref,
          })),
        })),
      };
    }),
  };
}
