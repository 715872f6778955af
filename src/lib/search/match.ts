// A term's match in a record's fields and what it is worth, for both matchers: the site search
// (rank.ts) and the category browser (query.ts). Fields are searched by position in searchKeys
// (types.ts); scores follow Fuse's scale (0.001 exact in the title … 1 nothing; lower is better). Pure.
import { searchKeys } from './types.ts';

/** Where a term matched: the field's name, the value, and the matched parts ([start, end], inclusive). */
export interface Match { key: string; value: string; indices: readonly [number, number][] }
/** A record's match for one term. */
export interface Found { score: number; matches: Match[] }
/** A term's records, by position (the site search) or by reference (the category browser). */
export type Matcher = (term: string) => Map<number, Found>;

export const keyNames: string[] = searchKeys.map((k) => k.name);
export const bodyKey = searchKeys.findIndex((k) => k.name === 'b');
/** Fuse's score for an exact match of a key with weight w is 0.001^w; the scan uses the same scale. */
export const exactKeyScore = 0.001;
const totalWeight = searchKeys.reduce((n, k) => n + k.weight, 0);
/** What a field's score counts for in a record's: by the field's weight. */
export const fieldScore = (key: number, score: number) => Math.pow(Math.max(score, exactKeyScore), searchKeys[key]!.weight / totalWeight);
/** A match at the start of a title or a word's pinyin beats one in the middle. */
export const startBonus = 0.5;

/** Scores at or above this are too weak to show (a fuzzy match in a long text only). */
export const weakScore = 0.95;

export const isHanTerm = (term: string) => /^\p{Script=Han}+$/u.test(term);
/**
 * Terms that must appear as written: digits ("300" must not find 500), terms of one or two
 * characters (pinyin initials such as "kd", where one typo is half the term), and Chinese terms of up
 * to three characters: one wrong character in three finds unrelated text (体验者 would find 主体验证),
 * and readers choosing characters from an input method rarely mistype them.
 */
export const needsExact = (term: string) => /^\d+$/.test(term) || term.length <= 2 || (isHanTerm(term) && term.length <= 3);

/** A value of some records' field, and those records. */
export interface ShortValue { key: number; value: string; refs: number[] }

/**
 * The distinct values holding letters outside the body, each with the records that hold it: a Latin
 * term (pinyin, initials, English) can only match those, and the pinyin vocabulary repeats across
 * records, so approximate matching looks at each string once.
 */
export function distinctShortValues(values: readonly (readonly (readonly string[])[])[], bodyKey: number): ShortValue[] {
  const distinct = new Map<string, ShortValue>();
  values.forEach((byKey, n) => byKey.forEach((vals, k) => {
    if (k === bodyKey) return;
    for (const v of vals) {
      if (!/[a-z]{2}/.test(v)) continue;
      const id = `${k}\u0000${v}`;
      const entry = distinct.get(id);
      if (entry) { if (entry.refs[entry.refs.length - 1] !== n) entry.refs.push(n); } else distinct.set(id, { key: k, value: v, refs: [n] });
    }
  }));
  return [...distinct.values()];
}

/** An approximate match of a term in one value, which the records `refs` hold in field `key`. */
export interface ValueMatch { refs: readonly number[]; key: number; value: string; score: number; indices: readonly [number, number][] }

/** Approximate matches gathered by record: the best score per field, combined by the fields' weights. */
export function byRecord(found: Iterable<ValueMatch>): Map<number, Found> {
  const perRecord = new Map<number, { best: Map<number, number>; matches: Match[] }>();
  for (const { refs, key, value, score, indices } of found) {
    const match = { key: keyNames[key]!, value, indices };
    for (const n of refs) {
      const entry = perRecord.get(n) ?? { best: new Map<number, number>(), matches: [] };
      entry.best.set(key, Math.min(entry.best.get(key) ?? 1, score));
      entry.matches.push(match);
      perRecord.set(n, entry);
    }
  }
  const out = new Map<number, Found>();
  for (const [n, { best, matches }] of perRecord) {
    let score = 1;
    for (const [k, s] of best) score *= fieldScore(k, s);
    const atStart = matches.some((m) => m.key !== 'b' && m.indices.some(([s0]) => s0 === 0));
    out.set(n, { score: score * (atStart ? startBonus : 1), matches });
  }
  return out;
}
