// The exact candidate scan: a term looked up as written in every value of every record (fast, and
// exact matches are what readers mean). Shared by the site search and the category browser. Pure.
import { bodyKey, exactKeyScore, fieldScore, keyNames, startBonus, type Found, type Match } from './match.ts';

/** Every value of every record, by field position (searchKeys); a record's position is its reference. */
export type RecordValues = readonly (readonly (readonly string[])[])[];

/** The records holding `term` as written: each field's first match, scored by the fields matched. */
export function scanExact(values: RecordValues, term: string): Map<number, Found> {
  const found = new Map<number, Found>();
  values.forEach((byKey, n) => {
    let score = 1;
    let atStart = false;
    const matches: Match[] = [];
    byKey.forEach((vals, k) => {
      let first: Match | null = null;
      for (const v of vals) {
        const at = v.indexOf(term);
        if (at < 0) continue;
        first ??= { key: keyNames[k]!, value: v, indices: [[at, at + term.length - 1]] };
        if (at === 0 && k !== bodyKey) atStart = true;
      }
      if (first) { score *= fieldScore(k, exactKeyScore); matches.push(first); }
    });
    if (matches.length) found.set(n, { score: score * (atStart ? startBonus : 1), matches });
  });
  return found;
}
