// A shop owner's word (外卖, 搬家, 保洁) also searches the category it means (外送, 装卸搬运, 家政), from
// the curated synonyms (content/search/synonyms.yaml). Pure and browser-safe: a page gets only the
// category synonyms, picked at build time (categorySynonyms), as a data attribute. The category browser
// reads them with the site search's understanding (category-match.ts); the qualification tables' filter
// with understandFilter.
import { normaliseChars, normaliseQuery } from './text-normalise.ts';

/** A reader's word → the category names (or parts of them) it also searches. */
export type CategorySynonyms = Record<string, string[]>;

/**
 * Build time: the synonyms whose meanings name a category (a whole name, or one part of a name
 * written with "/" or "、": 摄影 in 摄影/扩印, 快递 in 快递、物流), with only those meanings kept; words and
 * meanings normalised as queries are. A meaning that is only inside a name (企业 in 企业管理) is not a name.
 */
export function categorySynonyms(synonyms: Readonly<Record<string, readonly string[]>>, names: Iterable<string>): CategorySynonyms {
  const all = new Set([...names].flatMap((n) => [n, ...n.split(/[/、]/)]).map((n) => normaliseChars(n.trim())));
  const out: CategorySynonyms = {};
  for (const [word, means] of Object.entries(synonyms)) {
    const kept = [...new Set(means.map(normaliseChars))].filter((m) => all.has(m));
    if (kept.length) out[normaliseChars(word)] = kept;
  }
  return out;
}

export interface UnderstoodFilter {
  /** the filter text to search, trimmed */
  text: string;
  /** the category names also searched ("外送" for 外卖), in the order of the words typed, none already typed */
  also: string[];
}

/** A filter text, understood: each synonym word it contains (the longest where they overlap) adds its meanings. */
export function understandFilter(query: string, synonyms: CategorySynonyms): UnderstoodFilter {
  const text = query.trim();
  const normal = normaliseQuery(text);
  const found = Object.keys(synonyms)
    .map((word) => ({ word, at: normal.indexOf(word) }))
    .filter((w) => w.at >= 0)
    .sort((a, b) => a.at - b.at || b.word.length - a.word.length);
  const also: string[] = [];
  let end = 0;
  for (const { word, at } of found) {
    if (at < end) continue; // inside a longer word already taken (外卖 in 送外卖)
    end = at + word.length;
    for (const m of synonyms[word]!) if (!also.includes(m) && !normal.includes(m)) also.push(m);
  }
  return { text, also };
}
