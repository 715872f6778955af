// Typo tolerance for letters (pinyin, initials, English: kuadi, unoinid), with Fuse.js's Bitap: a term
// found nowhere as written against the distinct short values (match.ts), scored as edits ÷ term length,
// at most `threshold`. The one matcher (engine.ts) loads this module, and Fuse with it (about 7 KB gzip,
// a chunk of its own), only when a query first needs it: search-data.ts for the site search,
// category-browser/loaders.ts for the category browser. Pure.
import Fuse, { type IFuseOptions } from 'fuse.js/basic';
import { bodyKey, byRecord, distinctShortValues, type Matcher, type ShortValue } from './match.ts';
import type { RecordValues } from './scan.ts';

export const fuseOptions = {
  includeScore: true,
  includeMatches: true,
  // Anywhere in the value, scored by edits alone (not by where the match starts or the value's length).
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.34,
  shouldSort: false,
  keys: ['value'],
} satisfies IFuseOptions<ShortValue>;

/** Fuse over the distinct short values of `values` (by record position): a Latin term's records. */
export function fuseMatcher(values: RecordValues): Matcher {
  const fuse = new Fuse(distinctShortValues(values, bodyKey), fuseOptions);
  return (term) => byRecord(fuse.search(term).map((r) => ({ ...r.item, score: r.score ?? 1, indices: r.matches?.[0]?.indices ?? [] })));
}
