// The category browser's approximate matching, with Fuse.js: a term found nowhere as written, with a
// typo. Latin terms (pinyin, initials, English) against the distinct short values (match.ts); Chinese
// terms against the records that hold all but `errors` of the term's characters, bodies included.
// The same Matcher as the site search's approx.ts. Pure.
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { isLatin } from '../text-normalise.ts';
import { bodyKey, byRecord, distinctShortValues, type Matcher, type ValueMatch } from './match.ts';
import type { RecordValues } from './scan.ts';

const fuseOptions = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  shouldSort: false,
} satisfies IFuseOptions<unknown>;

/** One string against one term, with Fuse (for the rare Chinese typo query). */
function fuzzyOne(term: string, value: string) {
  const r = new Fuse([value], { ...fuseOptions }).search(term)[0];
  return r ? { score: r.score ?? 1, indices: r.matches?.[0]?.indices ?? [] } : null;
}

/** Fuse over `values` (by record reference): a term's records. */
export function fuseMatcher(values: RecordValues): Matcher {
  const shortFuse = new Fuse(distinctShortValues(values, bodyKey), { ...fuseOptions, keys: ['value'] });
  const chinese = (term: string): ValueMatch[] => {
    const errors = Math.floor(fuseOptions.threshold * term.length);
    const chars = [...new Set(term)];
    const need = Math.max(1, chars.length - errors);
    const found: ValueMatch[] = [];
    values.forEach((byKey, n) => {
      const text = byKey.flat().join('');
      if (chars.filter((c) => text.includes(c)).length < need) return;
      byKey.forEach((vals, k) => vals.forEach((v) => {
        const r = fuzzyOne(term, v);
        if (r) found.push({ refs: [n], key: k, value: v, ...r });
      }));
    });
    return found;
  };
  return (term) => byRecord(isLatin(term)
    ? shortFuse.search(term).map((r) => ({ ...r.item, score: r.score ?? 1, indices: r.matches![0]!.indices }))
    : chinese(term));
}
