// Typo tolerance for letters (pinyin, initials, English): the fewest edits that turn the term into some
// part of a value (Sellers' approximate substring matching), as Fuse.js's Bitap scores it: edits ÷ term
// length, at most `threshold`. Replaces Fuse.js in the site search (7 KB gzip less to open search): the
// site search's approximate matching (approxMatcher), behind the same Matcher interface as the category
// browser's Fuse (query.ts). Pure.
import { byRecord, type Matcher, type ShortValue } from './match.ts';

export interface ApproxMatch {
  /** edits ÷ term length, at least 0.001 */
  score: number;
  /** inclusive [start, end] of the matched part of the value */
  indices: [number, number][];
}

/** Edit distance (insert, delete, substitute) between two short strings. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

export function approxMatch(term: string, value: string, threshold = 0.34): ApproxMatch | null {
  const m = term.length;
  if (m === 0 || m > 32 || value.length === 0) return null;
  const maxErrors = Math.floor(threshold * m);
  // prev[i]: the fewest edits turning term[0, i) into a part of value ending at the current position.
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best = maxErrors + 1;
  let bestEnd = -1;
  const atEnd: number[] = [m];
  for (let j = 1; j <= value.length; j++) {
    const row = [0];
    for (let i = 1; i <= m; i++) row[i] = Math.min(prev[i]! + 1, row[i - 1]! + 1, prev[i - 1]! + (term[i - 1] === value[j - 1] ? 0 : 1));
    atEnd[j] = row[m]!;
    if (row[m]! < best) { best = row[m]!; bestEnd = j; }
    prev = row;
  }
  if (bestEnd < 0) return null;
  // Of equally good ends close together ("kuai" and "kuaidi" for "kuadi"), the longer part.
  for (let j = bestEnd + 1; j <= Math.min(value.length, bestEnd + m); j++) if (atEnd[j] === best) bestEnd = j;
  // The start: the longest part ending at bestEnd that is still `best` edits away.
  let start = bestEnd - 1;
  for (let s = Math.max(0, bestEnd - m - best); s < bestEnd; s++) {
    if (editDistance(term, value.slice(s, bestEnd)) === best) { start = s; break; }
  }
  return { score: Math.max(0.001, best / m), indices: [[start, bestEnd - 1]] };
}

/** A Latin term with a typo against the distinct short values (match.ts): its records, by position. */
export const approxMatcher = (shortValues: readonly ShortValue[]): Matcher => (term) =>
  byRecord(shortValues.flatMap((d) => {
    const r = approxMatch(term, d.value);
    return r ? [{ ...d, ...r }] : [];
  }));
