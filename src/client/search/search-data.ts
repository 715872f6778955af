// The files the search dialog fetches: the index on first open; the traditional and homophone tables,
// and Fuse.js for typos (fuse-match.ts, a chunk of its own), only for a query that needs them. Each is fetched once and parsed once; a failed fetch is retried
// the next time it is asked for.
import { once } from '../load-once.ts';
import { withBase as joinBase } from '../../lib/paths.ts';
import { createSiteSearcher, type SiteSearcher } from '../../lib/search/rank.ts';
import type { SearchIndex } from '../../lib/search/types.ts';
import type { AnswerTexts } from '../../lib/search/answer.ts';
import { parseVariantTable } from '../../lib/search/variants.ts';

export const withBase = (path: string) => joinBase(import.meta.env.BASE_URL, path);

/**
 * A loader for one JSON file: the first call fetches and parses, later calls share that promise. A
 * failure is said inside the dialog, with its own 重新加载 (the open dialog covers the page's bar).
 */
const loadOnce = <T>(path: string, parse: (json: unknown) => T) => once(() => fetch(withBase(path))
  .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.json() as Promise<unknown>; })
  .then(parse), () => {});

export interface Loaded { searcher: SiteSearcher; index: SearchIndex }

export const loadSearcher = loadOnce('/search-index.json', (json): Loaded => {
  const index = json as SearchIndex;
  if (index?.version !== 2 || !Array.isArray(index.docs)) throw new Error('unknown index format');
  return { searcher: createSiteSearcher(index), index };
});

/** The traditional-character table (/search-variants.json). */
export const loadVariants = loadOnce('/search-variants.json', (json) => {
  const data = json as { traditional?: unknown } | null;
  return parseVariantTable(typeof data?.traditional === 'string' ? data.traditional : '');
});

/** The homophone table (/search-homophones.json): the characters the site does not know. */
export const loadHomophones = loadOnce('/search-homophones.json', (json) => {
  const data = json as { chars?: unknown } | null;
  return typeof data?.chars === 'string' ? data.chars : '';
});

/** Fuse.js's matcher for typos in letters (kuadi, unoinid): not part of opening search. */
export const loadApprox = once(() => import('../../lib/search/fuse-match.ts').then((m) => m.fuseMatcher), () => {});

/** The answer cards' code (search-cards.ts), with the first query. */
export const loadCards = once(() => import('./search-cards.ts'), () => {});
export type Cards = typeof import('./search-cards.ts');

/** What answer cards quote (/search-answers.json): the tables' exact documents, the 指南未涉及 topics, today's lines. */
export const loadAnswerTexts = loadOnce('/search-answers.json', (json) => {
  const data = json as AnswerTexts | null;
  if (!Array.isArray(data?.rows) || !Array.isArray(data.topics) || typeof data.now !== 'object') throw new Error('unknown answers format');
  return data;
});

/** Those texts once loaded, with where the qualification rows start among the results (rows[ref - offset]); 'failed'; or null before. */
export type Quoted = AnswerTexts & { offset: number; titleOf(href: string): string | undefined } | 'failed' | null;
