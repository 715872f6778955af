// The category browser's matcher: the query is normalised and split into terms (characters, pinyin,
// digits); a record must match every term. Each term is first looked up as written by the exact scan
// (scan.ts, shared with the site search); only a term found nowhere goes to Fuse for typo tolerance
// (fuse-match.ts). Terms that must appear as written (match.ts) never go to Fuse. Browser-safe (no
// pinyin library): pinyin was computed at build time. The site search has its own ranking (rank.ts),
// which ranks partial matches and needs no Fuse.js.
import Fuse from 'fuse.js/basic';
import { queryTerms } from '../text-normalise.ts';
import { fuseMatcher } from './fuse-match.ts';
import { needsExact, weakScore, type Found, type Match } from './match.ts';
import { scanExact, type RecordValues } from './scan.ts';
import { kindOrder, searchKeys, type SearchKind, type SearchRecord } from './types.ts';

/** Fuse's serialised index (FuseIndex.toJSON()): one entry per record, values by key position. */
export interface IndexJson {
  keys: readonly unknown[];
  records: { i: number; $: Record<string, { v: string } | { v: string; i: number }[]> }[];
}

export interface Hit<D> { doc: D; ref: number; score: number; matches: Match[] }
export interface Searcher<D> { search(query: string, limit?: number): Hit<D>[] }

/** Fuse's index for records, serialised (built at build time for the site, in the browser for the category tree). */
export const createIndex = (records: readonly SearchRecord[]): IndexJson =>
  Fuse.createIndex([...searchKeys], records as SearchRecord[]).toJSON() as unknown as IndexJson;

/** Every value of every record, by key position, at the record's reference. */
function valuesOf(json: IndexJson): RecordValues {
  const values: string[][][] = [];
  for (const r of json.records) {
    values[r.i] = searchKeys.map((_, k) => {
      const v = r.$[k];
      return v === undefined ? [] : Array.isArray(v) ? v.map((x) => x.v) : [v.v];
    });
  }
  return values;
}

/** The records matching every term, with their scores summed; null when none does. */
function matchAll(terms: readonly string[], lookup: (term: string) => Map<number, Found>): Map<number, Found> | null {
  let combined: Map<number, Found> | null = null;
  for (const term of terms) {
    const found = lookup(term);
    if (combined === null) combined = found;
    else {
      const next = new Map<number, Found>();
      for (const [ref, hit] of combined) {
        const other = found.get(ref);
        if (other) next.set(ref, { score: hit.score + other.score, matches: [...hit.matches, ...other.matches] });
      }
      combined = next;
    }
    if (combined.size === 0) return null;
  }
  return combined;
}

export function createSearcher<D extends object>(docs: readonly D[], json: IndexJson): Searcher<D> {
  const values = valuesOf(json);
  const fuzzy = fuseMatcher(values);
  // As written first; typo tolerance only when the term appears nowhere as written.
  const lookup = (term: string) => {
    const found = scanExact(values, term);
    return found.size === 0 && !needsExact(term) ? fuzzy(term) : found;
  };
  // Ties: guide sections before rules, categories and tools; then the shorter title.
  const kindRank = (d: D) => { const k = (d as { k?: SearchKind }).k; return k ? kindOrder.indexOf(k) : 0; };
  const titleLength = (d: D) => (d as { t?: string }).t?.length ?? 0;

  return {
    search(query, limit = 50) {
      const terms = queryTerms(query);
      const combined = terms.length ? matchAll(terms, lookup) : null;
      if (!combined) return [];
      const hits: Hit<D>[] = [...combined].map(([ref, h]) => ({ doc: docs[ref]!, ref, score: h.score / terms.length, matches: h.matches }))
        .filter((h) => h.score < weakScore);
      hits.sort((a, b) => a.score - b.score || kindRank(a.doc) - kindRank(b.doc) || titleLength(a.doc) - titleLength(b.doc) || a.ref - b.ref);
      return hits.slice(0, limit);
    },
  };
}
