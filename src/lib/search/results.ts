// The site search's results as the dialog shows them: each record with its score and what it matched,
// in order (full matches first, then by score: how much of the question they cover; ties: guide sections first, then the shorter title),
// and what each kind is called. Pure.
import type { Match } from './match.ts';
import { kindOrder, type SearchDoc, type SearchKind } from './types.ts';

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

export const kindLabels: Record<SearchKind, string> = {
  section: '指南章节', rule: '规则', history: '规则变迁', category: '类目', tool: '工具与参考', qualification: '类目资质',
};

const kindRank = (d: SearchDoc) => kindOrder.indexOf(d.k);

/** The hits in order, at most `limit`: full matches first; then the score (weighted coverage); ties by kind, then the shorter title. */
export function orderHits(hits: RankedHit[], limit: number): RankedHit[] {
  hits.sort((a, b) => Number(a.partial) - Number(b.partial) || a.score - b.score || kindRank(a.doc) - kindRank(b.doc)
    || a.doc.t.length - b.doc.t.length || a.ref - b.ref);
  return hits.slice(0, limit);
}

/** A group of the dialog's list: the best results, or one kind; `index` is a hit's place in the whole list. */
export interface ResultGroup { kind: SearchKind | 'best'; hits: { hit: RankedHit; index: number }[] }

/** The best results shown first, in rank order (whatever their kind), when more follow; then the rest by kind. */
const bestCount = 3;
export const groupLabel = (kind: ResultGroup['kind']) => (kind === 'best' ? '最相关' : kindLabels[kind]);

export function groupHits(hits: readonly RankedHit[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  const mixed = new Set(hits.map((h) => h.doc.k)).size > 1;
  const best = mixed && hits.length > bestCount ? hits.slice(0, bestCount) : [];
  if (best.length) groups.push({ kind: 'best', hits: best.map((hit) => ({ hit, index: 0 })) });
  for (const hit of hits.slice(best.length)) {
    let g = groups.find((x) => x.kind === hit.doc.k);
    if (!g) groups.push(g = { kind: hit.doc.k, hits: [] });
    g.hits.push({ hit, index: 0 });
  }
  let i = 0;
  for (const g of groups) for (const h of g.hits) h.index = i++;
  return groups;
}
