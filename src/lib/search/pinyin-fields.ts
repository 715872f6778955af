// Pinyin fields from per-character syllables (computed at build time by pinyin.ts). Pure and
// browser-safe: the category browser derives its search fields from the syllables it receives.

/** Syllables are stored space separated, one entry per UTF-16 unit of the text ("" for none). */
export const splitSyllables = (stored: string): string[] => stored.split(' ');

/** "kuaidiwuliu" for 快递、物流; Latin letters and digits are kept ("chujingwifi"). */
export function fullPinyin(syllables: readonly string[]): string {
  return syllables.filter((s) => /^[a-z0-9]+$/.test(s)).join('');
}

/** "kdwl" for 快递、物流: the first letter of each Chinese syllable; Latin letters and digits kept. */
export function initials(syllables: readonly string[]): string {
  return syllables.filter((s) => /^[a-z0-9]+$/.test(s)).map((s) => (s.length > 1 ? s[0] : s)).join('');
}
