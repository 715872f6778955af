// The site search: a question as readers type it, understood and ranked. Browser-safe (pinyin and the
// vocabulary were computed at build time; see build-index.ts). The steps, each in its own module:
//
// 1. Understanding (understand.ts): the query as terms, intents, synonyms and phrases.
// 2. Matching, per term: as written first, by a plain scan of every indexed value (scan.ts: title,
//    title pinyin, keywords, domain-word pinyin and initials, body); only a term of letters found
//    nowhere goes to typo-tolerant matching (approx.ts) over the short values. Terms that must appear
//    as written (match.ts: digits, one or two letters, Chinese of up to three characters) never do.
// 3. Scoring (score.ts): by how much of the question a record covers (terms by rarity and field, words
//    the site does not know weighing too, terms near each other); records covering all of it first, the
//    others shown, marked partial, when they cover at least half of it.
// 4. Results (results.ts): ordered and cut to the limit, as the dialog shows them.
import { approxMatcher } from './approx.ts';
import { questionVocabulary } from './intent.ts';
import { bodyKey, distinctShortValues, needsExact, type Found, type Matcher } from './match.ts';
import { recordValues } from './record-values.ts';
import { fullPinyin } from './pinyin-fields.ts';
import { orderHits, type RankedHit } from './results.ts';
import { scanExact } from './scan.ts';
import { scoreRecord, tallyTerms } from './score.ts';
import { vocabularyOf } from './segment.ts';
import { soundsOf, understandQuery, type Lexicon, type QueryTerm, type Understood } from './understand.ts';
import { hasForeignHan } from './variants.ts';
import { isLatin, normaliseQuery } from '../text-normalise.ts';
import { qualificationDocs } from './qualification-docs.ts';
import { unpackSynonyms } from './synonym-pack.ts';
import type { SearchIndex } from './types.ts';

export interface SearchResult { hits: RankedHit[]; understood: Understood }

export interface SiteSearcher {
  understand(query: string): Understood;
  search(query: string, limit?: number): SearchResult;
  /** Whether the query has a character the site does not use: the traditional table may help. */
  wantsVariants(query: string): boolean;
  /** The traditional → simplified table (variants.ts), once loaded. */
  setVariants(table: ReadonlyMap<string, string>): void;
  /** Whether the query has characters the site does not know: the homophone table may help. */
  wantsHomophones(query: string): boolean;
  /** The homophone table ("a啊阿 ai爱埃 …", homophone.ts), once loaded. */
  setHomophones(chars: string): void;
}

/** A synonym's match counts this much less than the word's own (scores: lower is better). */
const synonymWeight = 2;

/** A term's records: any of its spellings, as written first, letters with a typo only when found nowhere. */
function lookupTerm(term: QueryTerm, exact: Matcher, approx: Matcher): Map<number, Found> {
  const found = new Map<number, Found>();
  term.alts.forEach((alt, a) => {
    let m = exact(alt);
    // A reader's English word with a meaning in the vocabulary (developer) is not a typo of some pinyin.
    if (m.size === 0 && isLatin(alt) && !needsExact(alt) && term.alts.length === 1) m = approx(alt);
    for (const [n, f] of m) {
      // The word as typed (律所) beats its synonyms (律师) on an equal match.
      const score = a === 0 || term.implied ? f.score : f.score * synonymWeight;
      const had = found.get(n);
      if (!had || score < had.score) found.set(n, { score, matches: f.matches });
    }
  });
  return found;
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
  const allText = values.map((byKey) => `${byKey[0]![0]} ${byKey[2]![0]} ${byKey[bodyKey]![0] ?? ''}`);
  const headings = values.map((byKey) => `${byKey[0]![0]} ${byKey[2]![0]}`);
  const lex: Lexicon = {
    vocabulary, synonyms, variants: null, sounds: null,
    occurs: (text) => allText.some((t) => t.includes(text)),
    titled: (text) => headings.some((t) => t.includes(text)),
  };
  const siteChars = new Set([...allText.join(''), ...index.words, ...vocabulary.words].join(''));
  const exact: Matcher = (term) => scanExact(values, term);
  const approx = approxMatcher(distinctShortValues(values, bodyKey));
  const understand = (query: string) => understandQuery(query, lex);

  return {
    understand,
    wantsVariants: (query) => lex.variants === null && hasForeignHan(normaliseQuery(query), siteChars),
    setVariants: (table) => { lex.variants = table; },
    wantsHomophones: (query) => { const u = lex.sounds === null ? understand(query) : null; return !!u && u.unknown.length + u.unmatched.length > 0; },
    setHomophones: (chars) => {
      lex.sounds = soundsOf(chars, vocabulary, new Map(pinyinWords.map(({ w, s }) => [w, fullPinyin(s)] as const)));
    },
    search(query, limit = 50) {
      const understood = understand(query);
      const { terms } = understood;
      if (terms.length === 0) return { hits: [], understood };
      // A whole question may spell one guide word twice (学生 → 个人, 个人): it is scanned once.
      const scanned = new Map<string, Map<number, Found>>();
      const once: Matcher = (alt) => scanned.get(alt) ?? scanned.set(alt, exact(alt)).get(alt)!;
      const perTerm = terms.map((t) => lookupTerm(t, once, approx));
      const { weight, perRecord } = tallyTerms(terms, perTerm, docs.length, understood.unmatched.length);
      const hits: RankedHit[] = [];
      for (const [n, r] of perRecord) {
        const scored = scoreRecord(docs[n]!, allText[n]!, r, weight, understood);
        if (scored) hits.push({ doc: docs[n]!, ref: n, score: scored.score, matches: r.matches, matched: r.matched, partial: scored.partial });
      }
      return { hits: orderHits(hits, limit), understood };
    },
  };
}
