// Searching: the query is normalised and split into terms (characters, pinyin, digits); a record must
// match every term. Each term is first looked up as written by a plain scan of the indexed values
// (fast, and exact matches are what readers mean); only a term found nowhere goes to Fuse for typo
// tolerance, Latin terms without the long body texts (pinyin and English live in titles, keywords,
// pinyin and initials). Terms that must appear as written never go to Fuse. Browser-safe
// (no pinyin library): pinyin was computed at build time. The category browser's matcher; the site
// search has its own (rank.ts), which ranks partial matches and needs no Fuse.js.
import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js/basic';
import { isLatin, queryTerms } from '../text-normalise.ts';
import { kindOrder, searchKeys, type SearchKind, type SearchRecord } from './types.ts';

const baseOptions = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  shouldSort: false,
} satisfies IFuseOptions<unknown>;

/** Fuse's serialised index (FuseIndex.toJSON()): one entry per record, values by key position. */
export interface IndexJson {
  keys: readonly unknown[];
  records: { i: number; $: Record<string, { v: string } | { v: string; i: number }[]> }[];
}

export interface Hit<D> { doc: D; ref: number; score: number; matches: FuseResultMatch[] }
export interface Searcher<D> { search(query: string, limit?: number): Hit<D>[] }

/** Fuse's index for records, serialised (built at build time for the site, in the browser for the category tree). */
export const createIndex = (records: readonly SearchRecord[]): IndexJson =>
  Fuse.createIndex([...searchKeys], records as SearchRecord[]).toJSON() as unknown as IndexJson;

/**
 * Terms that must appear as written: digits ("300" must not find 500), terms of one or two
 * characters (pinyin initials such as "kd", where one typo is half the term), and Chinese terms of up
 * to three characters: one wrong character in three finds unrelated text (体验者 would find 主体验证),
 * and readers choosing characters from an input method rarely mistype them.
 */
const isHanTerm = (term: string) => /^\p{Script=Han}+$/u.test(term);
export const needsExact = (term: string) => /^\d+$/.test(term) || term.length <= 2 || (isHanTerm(term) && term.length <= 3);

/** Scores at or above this are too weak to show (a fuzzy match in a long text only). */
export const weakScore = 0.95;
/** Fuse's score for an exact match of a key with weight w is 0.001^w; the scan uses the same scale. */
const exactKeyScore = 0.001;
const bodyKey = searchKeys.findIndex((k) => k.name === 'b');
const totalWeight = searchKeys.reduce((n, k) => n + k.weight, 0);

interface Found { score: number; matches: FuseResultMatch[] }

export function createSearcher<D extends object>(docs: readonly D[], json: IndexJson): Searcher<D> {
  const keyNames = searchKeys.map((k) => k.name);
  // Every value of every record, by key position.
  const values = json.records.map((r) => searchKeys.map((_, k) => {
    const v = r.$[k];
    return v === undefined ? [] : Array.isArray(v) ? v.map((x) => x.v) : [v.v];
  }));
  const refOf = json.records.map((r) => r.i);

  const scan = (term: string): Map<number, Found> => {
    const found = new Map<number, Found>();
    values.forEach((byKey, n) => {
      let score = 1;
      let atStart = false;
      const matches: FuseResultMatch[] = [];
      byKey.forEach((vals, k) => {
        let first: FuseResultMatch | null = null;
        for (const v of vals) {
          const at = v.indexOf(term);
          if (at < 0) continue;
          first ??= { key: keyNames[k]!, value: v, indices: [[at, at + term.length - 1]] };
          if (at === 0 && k !== bodyKey) atStart = true;
        }
        if (first) { score *= Math.pow(exactKeyScore, searchKeys[k]!.weight / totalWeight); matches.push(first); }
      });
      if (matches.length) found.set(refOf[n]!, { score: score * (atStart ? 0.5 : 1), matches });
    });
    return found;
  };

  // The distinct short values (titles, keywords, pinyin, initials) and the records holding each: the
  // pinyin vocabulary repeats across records, so Fuse looks at each string once.
  const distinct = new Map<string, { key: number; value: string; refs: number[] }>();
  values.forEach((byKey, n) => byKey.forEach((vals, k) => {
    if (k === bodyKey) return;
    for (const v of vals) {
      const id = `${k}\u0000${v}`;
      const entry = distinct.get(id);
      if (entry) { if (entry.refs[entry.refs.length - 1] !== n) entry.refs.push(n); } else distinct.set(id, { key: k, value: v, refs: [n] });
    }
  }));
  // A Latin term can only match strings with Latin letters in them.
  const shortValues = [...distinct.values()].filter((d) => /[a-z]{2}/.test(d.value));
  const shortFuse = new Fuse(shortValues, { ...baseOptions, keys: ['value'] });

  const combine = (perRecord: Map<number, { best: Map<number, number>; matches: FuseResultMatch[] }>) => {
    const found = new Map<number, Found>();
    for (const [n, { best, matches }] of perRecord) {
      let score = 1;
      for (const [k, s] of best) score *= Math.pow(Math.max(s, exactKeyScore), searchKeys[k]!.weight / totalWeight);
      // A match at the start of a title or a word's pinyin beats one in the middle.
      const atStart = matches.some((m) => m.key !== 'b' && m.indices.some(([s0]) => s0 === 0));
      found.set(refOf[n]!, { score: score * (atStart ? 0.5 : 1), matches });
    }
    return found;
  };

  /**
   * Fuse, for typos. Latin terms (pinyin, initials, English) against the distinct short values;
   * Chinese terms against the records that hold all but `errors` of the term's characters, bodies included.
   */
  const fuzzy = (term: string): Map<number, Found> => {
    const perRecord = new Map<number, { best: Map<number, number>; matches: FuseResultMatch[] }>();
    const note = (n: number, k: number, score: number, match: FuseResultMatch) => {
      const entry = perRecord.get(n) ?? { best: new Map<number, number>(), matches: [] };
      entry.best.set(k, Math.min(entry.best.get(k) ?? 1, score));
      entry.matches.push(match);
      perRecord.set(n, entry);
    };
    if (isLatin(term)) {
      for (const r of shortFuse.search(term)) {
        const match = { ...r.matches![0]!, key: keyNames[r.item.key]!, value: r.item.value };
        for (const n of r.item.refs) note(n, r.item.key, r.score ?? 1, match);
      }
      return combine(perRecord);
    }
    const errors = Math.floor(baseOptions.threshold * term.length);
    const chars = [...new Set(term)];
    const need = Math.max(1, chars.length - errors);
    values.forEach((byKey, n) => {
      const text = byKey.flat().join('');
      if (chars.filter((c) => text.includes(c)).length < need) return;
      byKey.forEach((vals, k) => vals.forEach((v) => {
        const r = fuzzyOne(term, v);
        if (r) note(n, k, r.score, { key: keyNames[k]!, value: v, indices: r.indices });
      }));
    });
    return combine(perRecord);
  };
  /** One string against one term, with Fuse (for the rare Chinese typo query). */
  const fuzzyOne = (term: string, value: string) => {
    const r = new Fuse([value], { ...baseOptions }).search(term)[0];
    return r ? { score: r.score ?? 1, indices: r.matches?.[0]?.indices ?? [] } : null;
  };

  return {
    search(query, limit = 50) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      let combined: Map<number, Found> | null = null;
      for (const term of terms) {
        // As written first; typo tolerance only when the term appears nowhere as written.
        let found = scan(term);
        if (found.size === 0 && !needsExact(term)) found = fuzzy(term);
        if (combined === null) combined = found;
        else {
          const next = new Map<number, Found>();
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
      // Ties: guide sections before rules, categories and tools; then the shorter title.
      const kindRank = (d: D) => { const k = (d as { k?: SearchKind }).k; return k ? kindOrder.indexOf(k) : 0; };
      const titleLength = (d: D) => (d as { t?: string }).t?.length ?? 0;
      hits.sort((a, b) => a.score - b.score || kindRank(a.doc) - kindRank(b.doc) || titleLength(a.doc) - titleLength(b.doc) || a.ref - b.ref);
      return hits.slice(0, limit);
    },
  };
}
