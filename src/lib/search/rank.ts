// The site search: a question as readers type it, understood and ranked by the one matcher it shares
// with the category browser (engine.ts: understanding, the exact scan, Fuse.js for typos once loaded,
// scoring, results). Browser-safe (pinyin and the vocabulary were computed at build time; see
// build-index.ts). What is the site's own: the index's records and vocabulary, and the traditional and
// homophone tables, each loaded only for a query that needs it.
import { questionVocabulary } from './intent.ts';
import { createEngine, searchedText, type Engine, type SearchResult } from './engine.ts';
import { recordValues } from './record-values.ts';
import { fullPinyin } from './pinyin-fields.ts';
import { vocabularyOf } from './segment.ts';
import { soundsOf, type Lexicon } from './understand.ts';
import { hasForeignHan } from './variants.ts';
import { normaliseQuery } from '../text-normalise.ts';
import { qualificationDocs } from './qualification-docs.ts';
import { unpackSynonyms } from './synonym-pack.ts';
import type { SearchIndex } from './types.ts';

export type { SearchResult };

export interface SiteSearcher extends Engine {
  /** Whether the query has a character the site does not use: the traditional table may help. */
  wantsVariants(query: string): boolean;
  /** The traditional → simplified table (variants.ts), once loaded. */
  setVariants(table: ReadonlyMap<string, string>): void;
  /** Whether the query has characters the site does not know: the homophone table may help. */
  wantsHomophones(query: string): boolean;
  /** The homophone table ("a啊阿 ai爱埃 …", homophone.ts), once loaded. */
  setHomophones(chars: string): void;
}

export function createSiteSearcher(index: SearchIndex): SiteSearcher {
  // The qualification tables arrive as compact rows: their results follow the index's own records.
  const qualified = qualificationDocs(index.qualifications);
  const docs = [...index.docs, ...qualified.docs];
  const bodies = [...index.bodies, ...qualified.bodies];
  const pinyinWords = index.pinyin.map(([w, s]) => ({ w, s: s.split(' ') }));
  const synonyms = unpackSynonyms(index.synonyms ?? '');
  const vocabulary = vocabularyOf([...index.words.split(' '), ...pinyinWords.map((p) => p.w), ...questionVocabulary(), ...synonyms.keys()]);

  const titles = [...index.docs.map(() => undefined), ...qualified.titles];
  const values = recordValues(docs, bodies, titles, pinyinWords);
  const allText = searchedText(values);
  const headings = values.map((byKey) => `${byKey[0]![0]} ${byKey[2]![0]}`);
  const lex: Lexicon = {
    vocabulary, synonyms, variants: null, sounds: null,
    occurs: (text) => allText.some((t) => t.includes(text)),
    titled: (text) => headings.some((t) => t.includes(text)),
  };
  const siteChars = new Set([...allText.join(''), ...index.words, ...vocabulary.words].join(''));
  const engine = createEngine(docs, values, lex, allText);

  return {
    ...engine,
    wantsVariants: (query) => lex.variants === null && hasForeignHan(normaliseQuery(query), siteChars),
    setVariants: (table) => { lex.variants = table; },
    wantsHomophones: (query) => {
      if (lex.sounds !== null) return false;
      const u = engine.understand(query);
      return u.unknown.length + u.unmatched.length > 0;
    },
    setHomophones: (chars) => {
      lex.sounds = soundsOf(chars, vocabulary, new Map(pinyinWords.map(({ w, s }) => [w, fullPinyin(s)] as const)));
    },
  };
}
