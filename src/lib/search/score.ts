// Scoring for the site search, BM25-like: each term counts by its rarity (idf) and by the field it
// matched in; records matching every typed term are full matches, the others partial, shown only when
// they match at least half the typed query's weight. A question for a number favours records stating
// one; words typed together favour records holding them together. Scores: lower is better. Pure.
import type { Intent } from './intent.ts';
import { weakScore, type Found, type Match } from './match.ts';
import { listsDocuments, qualificationWeight } from './qualification-docs.ts';
import type { SearchDoc } from './types.ts';
import type { QueryTerm, Understood } from './understand.ts';

/** What a record matched of the query's terms. */
export interface Tally {
  /** terms matched, implied ones included */
  matched: number;
  /** typed terms matched, and their weight */
  typed: number;
  typedWeight: number;
  /** weight of the terms matched, and their weighted scores */
  weight: number;
  score: number;
  matches: Match[];
}

/**
 * The query's weight: all its terms', and its typed terms' (with their number and text); `unmatched`:
 * what the words the site does not know (课程表, 注销) weigh, which no record can match.
 */
export interface QueryWeight { total: number; typed: number; typedCount: number; typedText: string; unmatched: number }

/**
 * What the words the site does not know weigh, together: as much as the rarest word, shared among the
 * typed terms. In a short question they are likely the point (注销小程序: nothing answers it); in a
 * long one, context (…注册个小程序做课程表给同学们用，在线等: the rest still asks what the guide answers).
 */
const unmatchedWeight = (records: number, typedCount: number, unmatched: number) =>
  (Math.min(unmatched, 1) * Math.log(1 + (records + 0.5) / 0.5)) / Math.max(1, typedCount);

/** Each record's tally over the terms' matches (`perTerm[t]`: term t's records), out of `records` records. */
export function tallyTerms(terms: readonly QueryTerm[], perTerm: readonly Map<number, Found>[], records: number, unmatched = 0):
  { weight: QueryWeight; perRecord: Map<number, Tally> } {
  const idf = perTerm.map((m) => Math.log(1 + (records - m.size + 0.5) / (m.size + 0.5)));
  const typed = terms.filter((t) => !t.implied);
  const weight: QueryWeight = {
    total: idf.reduce((a, b) => a + b, 0),
    typed: idf.reduce((a, b, t) => a + (terms[t]!.implied ? 0 : b), 0),
    typedCount: typed.length,
    typedText: typed.map((t) => t.text).join(' '),
    unmatched: unmatchedWeight(records, typed.length, unmatched),
  };
  const perRecord = new Map<number, Tally>();
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
  return { weight, perRecord };
}

const unitOf: Partial<Record<Intent, RegExp>> = { fee: /\d\s*元/, deadline: /\d\s*天/, limit: /\d\s*[个次组人]/ };
/** Whether a record's title states the kind of number asked for (300元, 10天, 5个), or lists the documents asked for. */
const statesNumber = (d: SearchDoc, intents: readonly Intent[]) =>
  intents.some((i) => (i === 'documents' ? d.q !== undefined && listsDocuments(d.q) : unitOf[i]?.test(d.t)));

/** A record's score and whether it is a partial match; null when it is not worth showing. `text`: its searched text. */
export function scoreRecord(doc: SearchDoc, text: string, r: Tally, weight: QueryWeight, understood: Understood):
  { score: number; partial: boolean } | null {
  if (r.typed === 0) return null;
  // A record covers part of the question: it misses a typed term, the question has words the site does
  // not know, or its terms lie far apart in its body (认证 … 失败 is no answer to 认证失败).
  const partial = r.typed < weight.typedCount || weight.unmatched > 0 || !near(text, r, understood.terms);
  // At least half the question's weight, unknown words included (a third of a long question's that has
  // words the site does not know: it tells its story besides): the rest may be context, not more.
  if (partial && r.typedWeight < (weight.typed + weight.unmatched) / (weight.typedCount > 4 && weight.unmatched ? 3 : 2)) return null;
  // A short question about something the site does not know: only a match in a title, keywords or
  // pinyin (not a common word somewhere in a body) is worth showing.
  if (understood.unknown.length && weight.typedCount < 3 && r.matches.every((m) => m.key === 'b')) return null;
  // Terms a record misses count as no match at all (1); a question for a number favours records with one.
  const total = weight.total + weight.unmatched;
  let score = (r.score + (total - r.weight)) / (total || 1);
  // Only for a record covering every typed term: a fee for something else (300元 for 企业) answers no question about 个人.
  if (r.typed === weight.typedCount && statesNumber(doc, understood.intents)) score *= 0.5;
  if (doc.k === 'qualification') score *= qualificationWeight(doc, weight.typedText);
  if (understood.phrases.some((p) => text.includes(p))) score *= 0.7;
  if (!partial && score >= weakScore) return null;
  return { score, partial };
}

/** How far apart (in characters, within one sentence) two typed terms may lie in a body and still answer one question. */
const nearness = 40;

/**
 * Whether a record matching two or more typed terms in its body alone has some two of them near each
 * other. A match outside the body (title, keywords, pinyin) is near enough: those fields are short.
 */
function near(text: string, r: Tally, terms: readonly QueryTerm[]): boolean {
  if (r.typed < 2 || r.matches.some((m) => m.key !== 'b')) return true;
  const at = terms.filter((t) => !t.implied).map((t) => t.alts.flatMap((a) => positions(text, a)));
  return at.some((ps, i) => at.slice(i + 1).some((qs) => ps.some((p) => qs.some((q) => together(text, p, q)))));
}

/** Two places in one sentence, at most `nearness` characters apart. */
const together = (text: string, p: number, q: number) =>
  Math.abs(p - q) <= nearness && !/[。！？；!?;]/.test(text.slice(Math.min(p, q), Math.max(p, q)));

/** Where a text holds a word (at most 8 places: work stays bounded). */
function positions(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0 && out.length < 8; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}
