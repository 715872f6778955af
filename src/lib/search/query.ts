// Searching: the query is normalised and split into terms (characters, pinyin, digits); each term is
// searched with Fuse over text, pinyin and initials, and a record must match every term. Browser-safe
// (no pinyin library): pinyin was computed at build time. Shared by site search and the category browser.
import Fuse, { type FuseIndex, type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import { isLatin, queryTerms } from '../text-normalise.ts';
import { kindOrder, searchKeys, type SearchKind, type SearchRecord } from './types.ts';

export const fuseOptions: IFuseOptions<unknown> = {
  keys: [...searchKeys],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  shouldSort: false,
};

export interface Hit<D> { doc: D; ref: number; score: number; matches: FuseResultMatch[] }
export interface Searcher<D> { search(query: string, limit?: number): Hit<D>[] }

/** Fuse's index for records (at build time for the site, in the browser for the category tree). */
export const createIndex = (records: readonly SearchRecord[]): FuseIndex<SearchRecord> =>
  Fuse.createIndex([...searchKeys], records as SearchRecord[]);
export const parseIndex = (json: { keys: readonly unknown[]; records: unknown[] }): FuseIndex<SearchRecord> =>
  Fuse.parseIndex(json as Parameters<typeof Fuse.parseIndex>[0]);

/**
 * Terms that must appear as written: digits ("300" must not find 500) and terms of one or two
 * characters (pinyin initials such as "kd"), where one typo is half the term.
 */
const needsExact = (term: string) =>
  /^\d+$/.test(term) || term.length <= 2 || (isHanTerm(term) && term.length <= 3);
/**
 * Chinese terms of up to three characters must appear as written, too: one wrong character in three
 * finds unrelated text (体验者 would find 主体验证), and readers choosing characters rarely mistype them.
 */
const isHanTerm = (term: string) => /^\p{Script=Han}+$/u.test(term);
function hasExact(matches: readonly FuseResultMatch[], term: string): boolean {
  return matches.some((m) => typeof m.value === 'string' && m.value.toLowerCase().includes(term));
}

/** Scores at or above this are too weak to show (a fuzzy match in a long text only). */
export const weakScore = 0.95;

export function createSearcher<D extends { k?: SearchKind; t?: string }>(docs: readonly D[], index: FuseIndex<SearchRecord>): Searcher<D> {
  const fuse = new Fuse(docs as D[], fuseOptions as IFuseOptions<D>, index as unknown as FuseIndex<D>);
  return {
    search(query, limit = 50) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      let combined: Map<number, { score: number; matches: FuseResultMatch[] }> | null = null;
      for (const term of terms) {
        const found = new Map<number, { score: number; matches: FuseResultMatch[] }>();
        for (const r of fuse.search(term)) {
          const matches = [...(r.matches ?? [])];
          if (needsExact(term) && !hasExact(matches, term)) continue;
          // A match at the start of a title or a word's pinyin beats one in the middle ("kd": 快递 before 入口都).
          const atStart = matches.some((m) => m.key !== 'b' && m.indices.some(([s]) => s === 0));
          found.set(r.refIndex, { score: (r.score ?? 1) * (atStart ? 0.5 : 1), matches });
        }
        if (combined === null) combined = found;
        else {
          const next = new Map<number, { score: number; matches: FuseResultMatch[] }>();
          for (const [ref, hit] of combined) {
            const other = found.get(ref);
            if (other) next.set(ref, { score: hit.score + other.score, matches: [...hit.matches, ...other.matches] });
          }
          combined = next;
        }
        if (combined.size === 0) return [];
      }
      const hits: Hit<D>[] = [...combined!].map(([ref, h]) => ({ doc: docs[ref]!, ref, score: h.score / terms.length, matches: h.matches }))
        .filter((h) => h.score < weakScore);
      const kindRank = (d: D) => (d.k ? kindOrder.indexOf(d.k) : 0);
      hits.sort((a, b) => a.score - b.score || kindRank(a.doc) - kindRank(b.doc) || (a.doc.t?.length ?? 0) - (b.doc.t?.length ?? 0) || a.ref - b.ref);
      return hits.slice(0, limit);
    },
  };
}
