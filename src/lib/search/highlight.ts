// Which characters of a shown text to highlight for a query: literal matches (after normalising
// variants and case), pinyin ("kuaidi" marks 快递) and initials ("kd" marks 快递). Pure.
import { isLatin, normaliseChars, queryTerms } from '../text-normalise.ts';

export type Range = readonly [start: number, end: number];
export interface Segment { text: string; hit: boolean }

function literal(text: string, term: string): Range[] {
  const out: Range[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push([at, at + term.length]);
  return out;
}

/** Chinese syllables only (Latin letters and digits are found literally). */
const isSyllable = (s: string | undefined) => !!s && /^[a-z]{1,6}$/.test(s) && s.length >= 1;

function byPinyin(syllables: readonly string[], term: string): Range[] {
  for (let start = 0; start < syllables.length; start++) {
    if (!isSyllable(syllables[start]) || syllables[start]!.length < 1) continue;
    let joined = '';
    for (let end = start; end < syllables.length && isSyllable(syllables[end]); end++) {
      joined += syllables[end];
      if (joined.length >= term.length) {
        if (joined.startsWith(term) && syllables[start]!.length > 1) return [[start, end + 1]];
        break;
      }
    }
  }
  return [];
}

function byInitials(syllables: readonly string[], term: string): Range[] {
  outer: for (let start = 0; start + term.length <= syllables.length; start++) {
    for (let k = 0; k < term.length; k++) {
      const s = syllables[start + k];
      if (!isSyllable(s) || s!.length < 2 && k > 0 || s![0] !== term[k]) continue outer;
    }
    return [[start, start + term.length]];
  }
  return [];
}

export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** `syllables`: one per UTF-16 unit of `text` (see pinyin-fields.ts), or none. */
export function highlightRanges(text: string, query: string, syllables: readonly string[] = []): Range[] {
  const normal = normaliseChars(text);
  const ranges: Range[] = [];
  const aligned = syllables.length === text.length;
  for (const term of queryTerms(query)) {
    const found = literal(normal, term);
    if (found.length === 0 && aligned && isLatin(term)) found.push(...byPinyin(syllables, term), ...(term.length <= 8 ? byInitials(syllables, term) : []));
    ranges.push(...found);
  }
  return mergeRanges(ranges);
}

export function toSegments(text: string, ranges: readonly Range[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** A window of a long text around the first highlighted range, with "…" where it was cut. */
export function snippet(text: string, query: string, width = 48): Segment[] {
  const ranges = highlightRanges(text, query);
  if (ranges.length === 0) return text.length > width ? [{ text: text.slice(0, width) + '…', hit: false }] : [{ text, hit: false }];
  const first = ranges[0]!;
  const start = Math.max(0, Math.min(first[0] - Math.floor(width / 3), text.length - width));
  const end = Math.min(text.length, start + width);
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]) => [s - start, e - start] as const);
  const segments = toSegments(text.slice(start, end), inside);
  if (start > 0) segments.unshift({ text: '…', hit: false });
  if (end < text.length) segments.push({ text: '…', hit: false });
  return segments;
}

/**
 * Characters behind a fuzzy match in the full pinyin (Fuse's inclusive [start, end] indices into
 * fullPinyin(syllables)), for typos such as "kuadi", which match no syllable boundary exactly.
 */
export function rangesFromPinyinIndices(syllables: readonly string[], indices: readonly (readonly [number, number])[]): Range[] {
  const spans: [char: number, start: number, end: number][] = [];
  let offset = 0;
  syllables.forEach((s, i) => {
    if (/^[a-z0-9]+$/.test(s)) { spans.push([i, offset, offset + s.length]); offset += s.length; }
  });
  const out: Range[] = [];
  for (const [s, e] of indices) {
    if (e - s < 1) continue; // single letters are noise
    const chars = spans.filter(([, a, b]) => a <= e && b > s).map(([i]) => i);
    if (chars.length) out.push([chars[0]!, chars[chars.length - 1]! + 1]);
  }
  return mergeRanges(out);
}
