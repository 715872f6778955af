// What the site search matches against: every value of every record, by field position (t, y, k, p, i,
// b as in rank.ts's searchKeys), derived from what a result shows; and the distinct short values that
// hold letters (pinyin, initials, English), the only ones typo-tolerant matching looks at. Pure.
import { fullPinyin, initials, splitSyllables } from './pinyin-fields.ts';
import { normaliseChars } from '../text-normalise.ts';
import type { SearchDoc } from './types.ts';

export interface PinyinWord { w: string; s: string[] }
export interface ShortValue { key: number; value: string; refs: number[] }

/**
 * The values of each record. `titles[n]` overrides record n's title (the qualification rows build
 * theirs); a qualification's documents line (`q`) is searched with its body (third-level names).
 */
export function recordValues(docs: readonly SearchDoc[], bodies: readonly string[], titles: readonly (string | undefined)[], pinyinWords: readonly PinyinWord[]): string[][][] {
  return docs.map((d, n) => {
    const syllables = d.s ? splitSyllables(d.s) : [];
    const title = titles[n] ?? normaliseChars(d.t);
    const body = d.q ? `${bodies[n] ?? ''} ${normaliseChars(d.q)}`.trim() : bodies[n] ?? '';
    const y = d.t.length <= 16 && syllables.length ? [fullPinyin(syllables), ...(d.k === 'history' ? [] : [initials(syllables)])] : [];
    const p = new Set<string>();
    const ini = new Set<string>();
    if (d.k !== 'history') for (const { w, s } of pinyinWords) if (title.includes(w) || body.includes(w)) { p.add(fullPinyin(s)); ini.add(initials(s)); }
    const k = normaliseChars(`${d.w ?? ''} ${d.c}`.trim());
    return [[title], y.filter(Boolean), [k], [...p].filter(Boolean), [...ini].filter(Boolean), body ? [body] : []];
  });
}

/** The distinct values holding letters outside the body, each with the records that hold it. */
export function distinctShortValues(values: readonly string[][][], bodyKey: number): ShortValue[] {
  const distinct = new Map<string, ShortValue>();
  values.forEach((byKey, n) => byKey.forEach((vals, k) => {
    if (k === bodyKey) return;
    for (const v of vals) {
      if (!/[a-z]{2}/.test(v)) continue;
      const id = `${k}\u0000${v}`;
      const entry = distinct.get(id);
      if (entry) { if (entry.refs[entry.refs.length - 1] !== n) entry.refs.push(n); } else distinct.set(id, { key: k, value: v, refs: [n] });
    }
  }));
  return [...distinct.values()];
}
