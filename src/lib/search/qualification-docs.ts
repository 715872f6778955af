// The qualification tables' results in the browser, made from the index's compact rows
// (qualification-entries.ts): title, link, edition and documents line; and how they rank. Browser-safe
// and without src/lib/qualifications.ts, which the eligibility tool also loads: a module shared by the
// two lazy bundles would become a chunk of its own. Pure.
import { normaliseChars } from '../text-normalise.ts';
import type { QualificationIndex, QualificationRow } from './qualification-entries.ts';
import type { SearchDoc } from './types.ts';

/** A documents line that lists documents starts so ("需《…》"); otherwise it says none are listed. */
export const documentsPrefix = '需';
export const listsDocuments = (line: string) => line.startsWith(documentsPrefix);

/**
 * A row's anchor on its page, as categoryAnchor (src/lib/qualifications.ts) writes it: "c-" and the
 * names without spaces, joined by ">" (the unit test checks every link against qualificationHref).
 */
const anchor = (path: readonly string[]) => `c-${path.map((n) => n.replace(/[\s\u00a0\u3000]+/g, '')).join('>')}`;

export const qualificationTitle = (label: string, [level1, level2]: QualificationRow) => `${level2 ? `${level1} › ${level2}` : level1} · ${label}`;

/**
 * The results the rows stand for, with their bodies (third-level names, normalised) and the titles
 * searched: without the first level, which is a keyword (as a category's parents are), so that 快递
 * finds 快递业与邮政 before each of its second-level categories. A result links to its group's first
 * row on the subject's page (every row there carries its anchor).
 */
export function qualificationDocs(index: QualificationIndex | undefined): { docs: SearchDoc[]; bodies: string[]; titles: string[] } {
  const docs: SearchDoc[] = [];
  const bodies: string[] = [];
  const titles: string[] = [];
  for (const { l, p, e, r } of index?.tables ?? []) {
    const date = index!.editions[e]?.d ?? e;
    for (const row of r) {
      const [level1, level2, level3, documents] = row;
      const first = level3 ? level3.split('|')[0]! : '';
      const path = [level1, ...(level2 ? [level2] : []), ...(first ? [first] : [])];
      const h = `${p}#${encodeURIComponent(anchor(path))}`;
      docs.push({ k: 'qualification', t: qualificationTitle(l, row), h, c: `${date} 版，仅供参考`, s: '', w: level1, q: documents, e });
      bodies.push(normaliseChars(level3.replaceAll('|', ' ')));
      titles.push(normaliseChars(`${level2 || level1} · ${l}`));
    }
  }
  return { docs, bodies, titles };
}

/** How a subject type other than 非个人主体 is named in a query, by its name in a result's title. */
const subjectNames: Record<string, RegExp> = { 个人主体: /个人/, 海外主体: /海外|境外/ };

/**
 * A qualification result's rank factor (scores: lower is better). The tables repeat a category once
 * per subject type, so on an equal match the guide's own records and the category tree come first;
 * and unless the query names a subject type (个人, 海外), a business's table (非个人主体) before the
 * personal and overseas ones: a 律师事务所 is an organisation.
 */
export function qualificationWeight(doc: SearchDoc, typed: string): number {
  const named = Object.entries(subjectNames).find(([label]) => doc.t.endsWith(` · ${label}`))?.[1];
  return named && !named.test(typed) ? 1.8 * 2 : 1.8;
}
