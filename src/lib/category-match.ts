// The category browser's filter on the site search's one matcher (search/engine.ts): the same query
// understanding (a question's frame dropped, a shop owner's word also searching the category it means:
// 外卖 → 外送), the same exact scan, Fuse.js for typos once loaded, the same scoring. The records are a
// category's name, its parents (as keywords) and its pinyin, as the site search indexes its categories
// (record-values.ts), so an everyday word finds the same first category in both. The vocabulary is the
// categories' names and the category synonyms (category-synonyms.ts, picked at build time). Pure and
// browser-safe; loaded with the filter's first use.
import { categoryContext, type CategoryItem } from './categories.ts';
import type { CategorySynonyms } from './category-synonyms.ts';
import { createEngine, searchedText, type Engine } from './search/engine.ts';
import { questionVocabulary } from './search/intent.ts';
import type { Match } from './search/match.ts';
import { recordValues } from './search/record-values.ts';
import { vocabularyOf } from './search/segment.ts';
import type { SearchDoc } from './search/types.ts';
import type { Lexicon } from './search/understand.ts';
import { normaliseChars } from './text-normalise.ts';

/** A category found, what it matched, and the words to mark in its path. */
export interface FilterHit<D> { doc: D; matches: Match[]; by: string }

export interface CategoryMatcher<D> extends Pick<Engine, 'understand' | 'wantsApprox' | 'setApprox'> {
  /** A filter text's categories, best first, at most `limit`; `also`: the category names its words also searched (外送 for 外卖). */
  filter(query: string, limit?: number): { hits: FilterHit<D>[]; also: string[] };
}

/** A category as a search record: its name, its parents as context (as the site search's index has it). */
export const categoryDoc = (item: CategoryItem): SearchDoc =>
  ({ k: 'category', t: item.name, h: item.id, c: categoryContext(item.path), s: item.syllables.join(' ') });

export function createCategoryMatcher<D extends CategoryItem>(items: readonly D[], synonyms: CategorySynonyms): CategoryMatcher<D> {
  const docs = items.map(categoryDoc);
  // The categories' names are the pinyin vocabulary, as they are in the site's index (build-index.ts).
  const pinyinWords = items.map((i) => ({ w: normaliseChars(i.name), s: i.syllables }));
  const values = recordValues(docs, docs.map(() => ''), [], pinyinWords);
  const text = searchedText(values);
  const names = items.flatMap((i) => [i.name, ...i.name.split(/[/、]/)]).map((n) => normaliseChars(n.trim()));
  const lex: Lexicon = {
    vocabulary: vocabularyOf([...names, ...questionVocabulary(), ...Object.keys(synonyms)]),
    synonyms: new Map(Object.entries(synonyms)),
    occurs: (t) => text.some((x) => x.includes(t)),
    variants: null,
    sounds: null,
  };
  const engine = createEngine(docs, values, lex, text);
  return {
    understand: engine.understand,
    wantsApprox: engine.wantsApprox,
    setApprox: engine.setApprox,
    filter(query, limit = 100) {
      const { hits, understood } = engine.search(query, limit);
      // Marked in the path: the words searched, synonyms included (as the site search marks them).
      const by = understood.terms.flatMap((t) => t.alts).join(' ');
      return { hits: hits.map((h) => ({ doc: items[h.ref]!, matches: h.matches, by })), also: hits.length ? understood.expanded : [] };
    },
  };
}
