// What the site search matches against: every value of every record, by field position (t, y, k, p, i,
// b as in types.ts's searchKeys), derived from what a result shows. Pure.
import { fullPinyin, initials, splitSyllables } from './pinyin-fields.ts';
import { normaliseChars } from '../text-normalise.ts';
import type { SearchDoc } from './types.ts';

export interface PinyinWord { w: string; s: string[] }

/**
 * The values of each record. `titles[n]` overrides record n's title (the qualification rows build
 * theirs); a qualification's documents line (`q`) is searched with its body (third-level names).
 */
export function recordValues(
  docs: readonly SearchDoc[], bodies: readonly string[], titles: readonly (string | undefined)[], pinyinWords: readonly PinyinWord[],
): string[][][] {
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
