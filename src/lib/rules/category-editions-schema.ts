// The shape of content/categories/personal-editions.yaml (written by scripts/category-editions.ts),
// validated when the site is built, so a malformed entry stops the build with the file and field
// named. Pure: no file system here (see category-editions-load.ts). Never imported by browser code.
import { z } from 'astro/zod';
import type { CategoryNode } from './types.ts';

export const categoryEditionsFile = 'content/categories/personal-editions.yaml';

const editionId = z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const commit = z.string().regex(/^[0-9a-f]{40}$/, 'must be a full 40-digit commit hash');
const trackerBlob = 'https://github.com/wepyjs/weapp-document-tracker/blob/';
const name = z.string().trim().min(1).refine((s) => s !== '/' && !s.includes('>'), 'must be a category name (not "/", no ">")');

/** Level 2: a name (no third level) or { name, children: [level 3 names] }, as in content/rules/categories.yaml. */
const level2 = z.union([name, z.strictObject({ name, children: z.array(name).min(1) })]);
const level1 = z.strictObject({ name, children: z.array(level2).min(1) });

export const labelFor = (date: string) => `官方 ${date} 版类目表（仅供参考，现行以平台为准）`;

export const editionSchema = z.strictObject({
  id: editionId,
  date: isoDate,
  label: z.string().min(1),
  document: z.enum(['guide', 'material']),
  source: z.strictObject({
    title: z.string().min(1),
    url: z.url().refine((u) => u.startsWith(trackerBlob), 'must be a blob address in wepyjs/weapp-document-tracker'),
    commit,
    heading: z.string().min(1),
  }),
  lastSeen: z.strictObject({ date: isoDate, commit }),
  notes: z.array(z.string().min(1)),
  /** The later copies the notes cite (a change in another column while the categories stayed the same). */
  noteSources: z.array(z.strictObject({ date: isoDate, commit, url: z.url() })).optional(),
  tree: z.array(level1).min(1),
});

export const categoryEditionsSchema = z.strictObject({
  guideEdition: editionId,
  editions: z.array(editionSchema).min(2),
});

type RawEdition = z.infer<typeof editionSchema>;

export interface CategoryEdition extends Omit<RawEdition, 'tree'> {
  tree: CategoryNode[];
  /** The guide's own table (the site's seed, content/rules/categories.yaml). */
  isGuide: boolean;
}
export interface CategoryEditions { guideEdition: string; editions: CategoryEdition[] }

export class CategoryEditionsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${categoryEditionsFile} is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'CategoryEditionsError';
    this.problems = problems;
  }
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(root)';

function toNode(input: string | { name: string; children: (string | { name: string; children: string[] })[] }, parent: string[]): CategoryNode {
  const nodeName = typeof input === 'string' ? input : input.name;
  const path = [...parent, nodeName];
  return { name: nodeName, path, children: typeof input === 'string' ? [] : input.children.map((c) => toNode(c, path)) };
}

function duplicateNames(nodes: readonly CategoryNode[], where: string, problems: string[]) {
  const seen = new Set<string>();
  nodes.forEach((n, i) => {
    if (seen.has(n.name)) problems.push(`${where}[${i}]: "${n.name}" appears twice among its siblings`);
    seen.add(n.name);
    duplicateNames(n.children, `${where}[${i}].children`, problems);
  });
}

/** Validates the parsed YAML and cross-checks it: ids match dates, dates ascend, the guide's edition exists. */
export function buildCategoryEditions(raw: unknown, file = categoryEditionsFile): CategoryEditions {
  const result = categoryEditionsSchema.safeParse(raw);
  if (!result.success) throw new CategoryEditionsError(result.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`));
  const { guideEdition, editions } = result.data;
  const problems: string[] = [];
  const ids = new Set<string>();
  editions.forEach((e, i) => {
    const where = `${file}: editions[${i}]`;
    if (ids.has(e.id)) problems.push(`${where}.id: ${e.id} appears twice`);
    ids.add(e.id);
    if (e.date.slice(0, 7) !== e.id) problems.push(`${where}.id: ${e.id} does not match the date ${e.date}`);
    if (e.label !== labelFor(e.date)) problems.push(`${where}.label: must read "${labelFor(e.date)}"`);
    if (!e.source.url.includes(`/blob/${e.source.commit}/`)) problems.push(`${where}.source.url: must name the commit ${e.source.commit}`);
    if (e.lastSeen.date < e.date) problems.push(`${where}.lastSeen.date: ${e.lastSeen.date} is before the edition's date`);
    e.noteSources?.forEach((s, k) => {
      if (!s.url.startsWith(`${trackerBlob}${s.commit}/`)) problems.push(`${where}.noteSources[${k}].url: must be the tracker copy at ${s.commit}`);
      if (s.date < e.date || s.date > e.lastSeen.date) problems.push(`${where}.noteSources[${k}].date: ${s.date} is outside ${e.date} … ${e.lastSeen.date}`);
      if (!e.notes.some((n) => n.includes(`${s.date} 起`))) problems.push(`${where}.noteSources[${k}]: no note names ${s.date}`);
    });
    const previous = editions[i - 1];
    if (previous && previous.date >= e.date) problems.push(`${where}.date: editions must be in date order (${previous.date} comes first)`);
  });
  if (!ids.has(guideEdition)) problems.push(`${file}: guideEdition: ${guideEdition} is not one of the editions`);
  const built = editions.map((e) => ({ ...e, tree: e.tree.map((n) => toNode(n, [])), isGuide: e.id === guideEdition }));
  built.forEach((e, i) => duplicateNames(e.tree, `${file}: editions[${i}].tree`, problems));
  if (problems.length) throw new CategoryEditionsError(problems);
  return { guideEdition, editions: built };
}
