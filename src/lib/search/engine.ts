// The one matcher of the site search (rank.ts) and the category browser (category-match.ts): a query is
// understood once (understand.ts); each term, or any of its synonyms, is looked up as written by the
// exact scan (scan.ts); only a term of letters found nowhere is matched with a typo, by Fuse.js
// (fuse-match.ts), which is loaded when a query first needs it (wantsApprox, setApprox), as the
// homophone table is; the records are scored once (score.ts) and ordered (results.ts). Terms that must
// appear as written (match.ts: digits, one or two letters, Chinese) never go to Fuse. Pure.
import { bodyKey, needsExact, type Found, type Matcher } from './match.ts';
import { orderHits, type RankedHit } from './results.ts';
import { scanExact, type RecordValues } from './scan.ts';
import { scoreRecord, tallyTerms } from './score.ts';
import { understandQuery, type Lexicon, type QueryTerm, type Understood } from './understand.ts';
import { isLatin } from '../text-normalise.ts';
import type { SearchDoc } from './types.ts';

export interface SearchResult { hits: RankedHit[]; understood: Understood }

/** Fuse's matcher over a set of records (fuse-match.ts's fuseMatcher), passed in once loaded. */
export type ApproxFactory = (values: RecordValues) => Matcher;

export interface Engine {
  understand(query: string): Understood;
  search(query: string, limit?: number): SearchResult;
  /** Whether a term of letters (kuadi, unoinid) is found nowhere as written: Fuse's typo tolerance may help. */
  wantsApprox(query: string): boolean;
  /** Fuse's matcher (fuse-match.ts), once loaded. */
  setApprox(make: ApproxFactory): void;
}

/** A synonym's match counts this much less than the word's own (scores: lower is better). */
const synonymWeight = 2;

/** A spelling that may be matched with a typo: letters (pinyin, initials, English) long enough to hold one. */
const mayBeApprox = (alt: string) => isLatin(alt) && !needsExact(alt);

/** A term's records: any of its spellings, as written first, letters with a typo only when found nowhere. */
function lookupTerm(term: QueryTerm, exact: Matcher, approx: Matcher | null): Map<number, Found> {
  const found = new Map<number, Found>();
  term.alts.forEach((alt, a) => {
    let m = exact(alt);
    // A reader's English word with a meaning in the vocabulary (developer) is not a typo of some pinyin.
    if (m.size === 0 && approx && mayBeApprox(alt) && term.alts.length === 1) m = approx(alt);
    for (const [n, f] of m) {
      // The word as typed (律所) beats its synonyms (律师) on an equal match.
      const score = a === 0 || term.implied ? f.score : f.score * synonymWeight;
      const had = found.get(n);
      if (!had || score < had.score) found.set(n, { score, matches: f.matches });
    }
  });
  return found;
}

/** Each record's searched text (title, keywords and body), for phrases and `occurs`. */
export const searchedText = (values: RecordValues): string[] =>
  values.map((byKey) => `${byKey[0]![0] ?? ''} ${byKey[2]![0] ?? ''} ${byKey[bodyKey]![0] ?? ''}`);

/** The engine over `docs` (what results show and scoring reads), their `values` (searchKeys order) and the lexicon. */
export function createEngine(docs: readonly SearchDoc[], values: RecordValues, lex: Lexicon, text: readonly string[]): Engine {
  const exact: Matcher = (term) => scanExact(values, term);
  let approx: Matcher | null = null;
  const understand = (query: string) => understandQuery(query, lex);
  return {
    understand,
    wantsApprox: (query) => approx === null && understand(query).terms.some((t) => t.alts.some((a) => mayBeApprox(a) && exact(a).size === 0)),
    setApprox: (make) => { approx ??= make(values); },
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
        const scored = scoreRecord(docs[n]!, text[n]!, r, weight, understood);
        if (scored) hits.push({ doc: docs[n]!, ref: n, score: scored.score, matches: r.matches, matched: r.matched, partial: scored.partial });
      }
      return { hits: orderHits(hits, limit), understood };
    },
  };
}
