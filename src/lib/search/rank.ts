// The site search: a question as readers type it, understood and ranked. Browser-safe (pinyin and the
// vocabulary were computed at build time; see build-index.ts).
//
// 1. Understanding: the query is normalised and split into terms (spaces; characters vs letters/digits).
//    A run of characters is split into words by forward maximum matching over the vocabulary
//    (segment.ts); function and question words are dropped and read as intent (intent.ts); a curated
//    synonym (打钱 → 汇款, 打款) matches as well as the word itself. Consecutive content words found
//    together in the content stay one phrase ("提交审核"); a lone character that is no word is dropped.
// 2. Matching, per term: as written first, by a plain scan of every indexed value (title, title pinyin,
//    keywords, domain-word pinyin and initials, body); only a term of letters found nowhere goes to
//    typo-tolerant matching (approx.ts) over the short values. Digits, terms of one or two letters and
//    Chinese terms of up to three characters must appear as written.
// 3. Ranking: records matching every term first, then those matching most (BM25-like: each term counts
//    by its rarity, idf, and by the field it matched in); partial matches are shown, marked as such,
//    only when they match at least half the query's weight.
import { approxMatch } from './approx.ts';
import { contentIntentWords, intentsOf, functionWords, intentWords, questionVocabulary, type Intent } from './intent.ts';
import { distinctShortValues, recordValues } from './record-values.ts';
import { fullPinyin } from './pinyin-fields.ts';
import { segment, vocabularyOf, type Vocabulary } from './segment.ts';
import { hasForeignHan, toSimplified } from './variants.ts';
import { parseReadings, soundAlike, wordsBySound, type Readings } from './homophone.ts';
import { isLatin, normaliseQuery } from '../text-normalise.ts';
import { listsDocuments, qualificationDocs, qualificationWeight } from './qualification-docs.ts';
import type { SearchDoc, SearchIndex, SearchKind } from './types.ts';

// Defined here rather than imported from types.ts (whose searchKeys and kindOrder the category
// browser's query.ts uses): a module shared by both lazy bundles becomes a chunk of its own, and every
// page's search opener pays for its name.
/** The fields searched, with their weights: title > title pinyin > domain-word pinyin > initials > keywords, body. */
export const searchKeys = [
  { name: 't', weight: 4 },
  { name: 'y', weight: 3 },
  { name: 'k', weight: 1 },
  { name: 'p', weight: 2 },
  { name: 'i', weight: 1.5 },
  { name: 'b', weight: 1 },
] as const;
export const kindLabels: Record<SearchKind, string> = {
  section: '指南章节', rule: '规则', history: '规则变迁', category: '类目', tool: '工具', qualification: '类目资质',
};
/** Ties: guide sections first, then rules, the history, categories, tools, the qualification tables. */
const kindOrder: SearchKind[] = ['section', 'rule', 'history', 'category', 'tool', 'qualification'];

export interface Match { key: string; value: string; indices: [number, number][] }
export interface RankedHit {
  doc: SearchDoc;
  ref: number;
  /** lower is better (Fuse's scale: 0.001 exact in the title … 1 nothing) */
  score: number;
  matches: Match[];
  /** how many of the query's terms the record matched */
  matched: number;
  /** true when the record does not match every term */
  partial: boolean;
}

/** One term of a query, and the spellings that count for it (itself, then its synonyms). */
export interface QueryTerm {
  text: string;
  alts: string[];
  /** read from the question's intent (多少钱 → 费/元), not typed: ranks, but a record lacking it is not "partial" */
  implied?: boolean;
}

/** Words a question for a fee or a deadline implies: records stating one rank first. */
const impliedBy: Partial<Record<Intent, string[]>> = { fee: ['费', '元'], deadline: ['天内', '期限'] };

export interface Understood {
  terms: QueryTerm[];
  intents: Intent[];
  /** synonyms also searched ("发布" for 上架) */
  expanded: string[];
  /** consecutive words of the query that occur together in the content */
  phrases: string[];
  /** runs of characters that are no word of the site and occur nowhere (足球比赛) */
  unknown: string[];
}

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

const isHanTerm = (term: string) => /^\p{Script=Han}+$/u.test(term);
/** Terms that must appear as written (see query.ts): digits, one or two letters, Chinese of up to three characters. */
export const needsExact = (term: string) => /^\d+$/.test(term) || term.length <= 2 || (isHanTerm(term) && term.length <= 3);

/** Scores at or above this are too weak to show. */
export const weakScore = 0.95;
const exactKeyScore = 0.001;
const bodyKey = searchKeys.findIndex((k) => k.name === 'b');
const totalWeight = searchKeys.reduce((n, k) => n + k.weight, 0);
/** A synonym's match counts this much less than the word's own (scores: lower is better). */
const synonymWeight = 2;
/** Work per keystroke is bounded: at most this many terms are matched. */
const maxTerms = 8;

interface Found { score: number; matches: Match[] }

export function createSiteSearcher(index: SearchIndex): SiteSearcher {
  // The qualification tables arrive as compact rows: their results follow the index's own records.
  const qualified = qualificationDocs(index.qualifications);
  const docs = [...index.docs, ...qualified.docs];
  const bodies = [...index.bodies, ...qualified.bodies];
  const pinyinWords = index.pinyin.map(([w, s]) => ({ w, s: s.split(' ') }));
  const synonyms = new Map(Object.entries(index.synonyms ?? {}));
  const vocabulary: Vocabulary = vocabularyOf([...index.words.split(' '), ...pinyinWords.map((p) => p.w), ...questionVocabulary(), ...synonyms.keys()]);

  const titles = [...index.docs.map(() => undefined), ...qualified.titles];
  const values = recordValues(docs, bodies, titles, pinyinWords);
  const keyNames = searchKeys.map((k) => k.name);
  const allText = values.map((byKey) => `${byKey[0]![0]} ${byKey[2]![0]} ${byKey[bodyKey]![0] ?? ''}`);
  const occurs = (text: string) => allText.some((t) => t.includes(text));
  const siteChars = new Set([...allText.join(''), ...index.words, ...vocabulary.words].join(''));
  let variants: ReadonlyMap<string, string> | null = null;
  let sounds: { readings: Readings; bySound: Map<string, string> } | null = null;

  const shortValues = distinctShortValues(values, bodyKey);

  const scan = (term: string): Map<number, Found> => {
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
        if (first) { score *= Math.pow(exactKeyScore, searchKeys[k]!.weight / totalWeight); matches.push(first); }
      });
      if (matches.length) found.set(n, { score: score * (atStart ? 0.5 : 1), matches });
    });
    return found;
  };

  /** Letters with a typo: against the distinct short values. */
  const fuzzy = (term: string): Map<number, Found> => {
    const perRecord = new Map<number, { best: Map<number, number>; matches: Match[] }>();
    for (const d of shortValues) {
      const r = approxMatch(term, d.value);
      if (!r) continue;
      const match = { key: keyNames[d.key]!, value: d.value, indices: r.indices };
      for (const n of d.refs) {
        const entry = perRecord.get(n) ?? { best: new Map<number, number>(), matches: [] };
        entry.best.set(d.key, Math.min(entry.best.get(d.key) ?? 1, r.score));
        entry.matches.push(match);
        perRecord.set(n, entry);
      }
    }
    const found = new Map<number, Found>();
    for (const [n, { best, matches }] of perRecord) {
      let score = 1;
      for (const [k, s] of best) score *= Math.pow(Math.max(s, exactKeyScore), searchKeys[k]!.weight / totalWeight);
      const atStart = matches.some((m) => m.key !== 'b' && m.indices.some(([s0]) => s0 === 0));
      found.set(n, { score: score * (atStart ? 0.5 : 1), matches });
    }
    return found;
  };

  /** A term's records: any of its spellings, as written first, letters with a typo only when found nowhere. */
  const lookup = (term: QueryTerm): Map<number, Found> => {
    const found = new Map<number, Found>();
    term.alts.forEach((alt, a) => {
      let m = scan(alt);
      if (m.size === 0 && isLatin(alt) && !needsExact(alt)) m = fuzzy(alt);
      for (const [n, f] of m) {
        // The word as typed (律所) beats its synonyms (律师) on an equal match.
        const score = a === 0 || term.implied ? f.score : f.score * synonymWeight;
        const had = found.get(n);
        if (!had || score < had.score) found.set(n, { score, matches: f.matches });
      }
    });
    return found;
  };

  const understand = (query: string): Understood => {
    const intents: Intent[] = [];
    const expanded: string[] = [];
    const phrases: string[] = [];
    const unknown: string[] = [];
    const terms: QueryTerm[] = [];
    const add = (text: string, soft?: Intent) => {
      if (terms.some((t) => t.text === text)) return;
      if (soft) { terms.push({ text, alts: [...new Set([text, ...(impliedBy[soft] ?? [])])], implied: true }); return; }
      const alts = [text, ...(synonyms.get(text) ?? [])];
      for (const a of alts.slice(1)) if (!expanded.includes(a)) expanded.push(a);
      terms.push({ text, alts });
    };
    const parts = normaliseQuery(toSimplified(query.slice(0, 256), variants ?? new Map())).split(' ').flatMap((w) => w.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []);
    for (const part of parts) {
      if (!isHanTerm(part)) { add(part); continue; }
      const words = segment(part, vocabulary);
      for (const i of intentsOf(words)) if (!intents.includes(i)) intents.push(i);
      // Content words: not function words, and intent words only where the guide uses them too (最多, 入口).
      const isContent = (w: string) => !functionWords.has(w) && (!(w in intentWords) || (contentIntentWords.has(w) && occurs(w)));
      const runs: string[][] = [];
      let run: string[] = [];
      for (const w of words) {
        if (isContent(w)) run.push(w);
        else if (run.length) { runs.push(run); run = []; }
      }
      if (run.length) runs.push(run);
      const before = terms.length;
      for (const r of runs) {
        let lone = '';
        const flush = () => {
          if (lone.length > 1) {
            // A slip of the input method (开法者 for 开发者): the site's words that sound the same.
            const alike = sounds && !occurs(lone) ? soundAlike(lone, sounds.readings, sounds.bySound) : [];
            for (const w of alike) { add(w); if (!expanded.includes(w)) expanded.push(w); }
            if (alike.length === 0) unknown.push(lone);
          }
          lone = '';
        };
        for (const w of r) {
          // A lone character that is no word (加, 人) says too little to match on its own; several in a
          // row (足球比赛) are something the site does not know about.
          if (w.length === 1 && !vocabulary.words.has(w) && !synonyms.has(w)) { lone += w; continue; }
          flush();
          // An intent word the guide uses too (期限, 最多) ranks, but a record without it is no partial match.
          add(w, intentWords[w]);
        }
        flush();
        // Words found together as typed ("汇款期限") rank above the same words apart.
        if (r.length > 1 && occurs(r.join(''))) phrases.push(r.join(''));
      }
      // Nothing but lone characters: the run as written, so nonsense finds nothing rather than anything.
      if (terms.length === before && runs.length) add(runs.map((r) => r.join('')).join(''));
    }
    let typed = terms.slice(0, maxTerms);
    // A documents word beside a category's name (律所 资质) only says what is asked: its documents.
    if (typed.some((t) => !t.implied)) typed = typed.filter((t) => !(t.implied && intentWords[t.text] === 'documents'));
    // Only intent words typed ("入口", "最多"): they are the query.
    if (typed.every((t) => t.implied)) typed = typed.map((t) => ({ text: t.text, alts: [t.text] }));
    else for (const i of intents) {
      const alts = impliedBy[i];
      if (alts && !typed.some((t) => t.alts.some((x) => alts.includes(x)))) typed.push({ text: alts[0]!, alts, implied: true });
    }
    return { terms: typed, intents, expanded, phrases, unknown: unknown.filter((u) => !occurs(u)) };
  };

  const kindRank = (d: SearchDoc) => kindOrder.indexOf(d.k);
  const unitOf: Partial<Record<Intent, RegExp>> = { fee: /\d\s*元/, deadline: /\d\s*天/, limit: /\d\s*[个次组人]/ };
  /** Whether a record's title states the kind of number asked for (300元, 10天, 5个), or lists the documents asked for. */
  const statesNumber = (d: SearchDoc, intents: readonly Intent[]) =>
    intents.some((i) => (i === 'documents' ? d.q !== undefined && listsDocuments(d.q) : unitOf[i]?.test(d.t)));

  return {
    understand,
    wantsVariants: (query) => variants === null && hasForeignHan(normaliseQuery(query), siteChars),
    setVariants: (table) => { variants = table; },
    wantsHomophones: (query) => sounds === null && understand(query).unknown.length > 0,
    setHomophones: (chars) => {
      const readings = parseReadings(chars);
      const known = new Map(pinyinWords.map(({ w, s }) => [w, fullPinyin(s)] as const));
      sounds = { readings, bySound: wordsBySound([...vocabulary.words].filter((w) => !functionWords.has(w) && !(w in intentWords)), readings, known) };
    },
    search(query, limit = 50) {
      const understood = understand(query);
      const { terms } = understood;
      if (terms.length === 0) return { hits: [], understood };
      const N = docs.length;
      const perTerm = terms.map(lookup);
      const idf = perTerm.map((m) => Math.log(1 + (N - m.size + 0.5) / (m.size + 0.5)));
      const totalIdf = idf.reduce((a, b) => a + b, 0);
      const typedCount = terms.filter((t) => !t.implied).length;
      const typedText = terms.filter((t) => !t.implied).map((t) => t.text).join(' ');
      const typedIdf = idf.reduce((a, b, t) => a + (terms[t]!.implied ? 0 : b), 0);
      const perRecord = new Map<number, { matched: number; typed: number; typedWeight: number; weight: number; score: number; matches: Match[] }>();
      perTerm.forEach((m, t) => {
        for (const [n, f] of m) {
          const r = perRecord.get(n) ?? { matched: 0, typed: 0, typedWeight: 0, weight: 0, score: 0, matches: [] };
          r.matched += 1;
          if (!terms[t]!.implied) { r.typed += 1; r.typedWeight += idf[t]!; }
          r.weight += idf[t]!;
          r.score += idf[t]! * f.score;
          r.matches.push(...f.matches);
          perRecord.set(n, r);
        }
      });
      const hits: RankedHit[] = [];
      for (const [n, r] of perRecord) {
        if (r.typed === 0) continue;
        const partial = r.typed < typedCount;
        if (partial && r.typedWeight < typedIdf / 2) continue;
        // Part of the question is about something the site does not know: only a match in a title,
        // keywords or pinyin (not a common word somewhere in a body) is worth showing.
        if (understood.unknown.length && r.matches.every((m) => m.key === 'b')) continue;
        // Terms a record misses count as no match at all (1); a question for a number favours records with one.
        let score = (r.score + (totalIdf - r.weight)) / (totalIdf || 1);
        if (statesNumber(docs[n]!, understood.intents)) score *= 0.5;
        if (docs[n]!.k === 'qualification') score *= qualificationWeight(docs[n]!, typedText);
        if (understood.phrases.some((p) => allText[n]!.includes(p))) score *= 0.7;
        if (!partial && score >= weakScore) continue;
        hits.push({ doc: docs[n]!, ref: n, score, matches: r.matches, matched: r.matched, partial });
      }
      // All terms matched first; then the score; ties: guide sections first, then the shorter title.
      hits.sort((a, b) => b.matched - a.matched || a.score - b.score || kindRank(a.doc) - kindRank(b.doc) || a.doc.t.length - b.doc.t.length || a.ref - b.ref);
      return { hits: hits.slice(0, limit), understood };
    },
  };
}
