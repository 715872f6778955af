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

/** The query's weight: all its terms', and its typed terms' (with their number and text). */
export interface QueryWeight { total: number; typed: number; typedCount: number; typedText: string }

/** Each record's tally over the terms' matches (`perTerm[t]`: term t's records), out of `records` records. */
export function tallyTerms(terms: readonly QueryTerm[], perTerm: readonly Map<number, Found>[], records: number):
  { weight: QueryWeight; perRecord: Map<number, Tally> } {
  const idf = perTerm.map((m) => Math.log(1 + (records - m.size + 0.5) / (m.size + 0.5)));
  const typed = terms.filter((t) => !t.implied);
  const weight: QueryWeight = {
    total: idf.reduce((a, b) => a + b, 0),
    typed: idf.reduce((a, b, t) => a + (terms[t]!.implied ? 0 : b), 0),
    typedCount: typed.length,
    typedText: typed.map((t) => t.text).join(' '),
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
  const partial = r.typed < weight.typedCount;
  if (partial && r.typedWeight < weight.typed / 2) return null;
  // Part of the question is about something the site does not know: only a match in a title,
  // keywords or pinyin (not a common word somewhere in a body) is worth showing.
  if (understood.unknown.length && r.matches.every((m) => m.key === 'b')) return null;
  // Terms a record misses count as no match at all (1); a question for a number favours records with one.
  let score = (r.score + (weight.total - r.weight)) / (weight.total || 1);
  if (statesNumber(doc, understood.intents)) score *= 0.5;
  if (doc.k === 'qualification') score *= qualificationWeight(doc, weight.typedText);
  if (understood.phrases.some((p) => text.includes(p))) score *= 0.7;
  if (!partial && score >= weakScore) return null;
  return { score, partial };
}
