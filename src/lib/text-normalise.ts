// How readers type, made comparable with how the guide is written: full-width letters and digits
// (NFKC), upper case, and variant characters. The guide writes 帐号; many readers type 账号.
// Pure; shared by the build-time index and the browser, so it must stay tiny and dependency-free.

/** Variant characters, mapped to the spelling the source uses. */
const variants: Record<string, string> = { '账': '帐', '賬': '帐', '帳': '帐', '號': '号', '類': '类', '證': '证', '認': '认' };

/** One character at a time, so positions in the result are positions in the input. */
export function normaliseChars(text: string): string {
  let out = '';
  for (const ch of text) {
    let mapped = variants[ch] ?? ch;
    // Full-width letters and digits only: Chinese punctuation (，：（）) stays as written.
    if (/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/.test(mapped)) mapped = mapped.normalize('NFKC');
    out += mapped.toLowerCase().length === mapped.length ? mapped.toLowerCase() : mapped;
  }
  return out;
}

/**
 * Drops invisible format characters (Unicode Cf: zero-width space, joiner and non-joiner, BOM, bidi
 * controls, soft hyphen), which text copied from a chat or a web page often carries unseen.
 */
export const stripInvisible = (text: string) => text.replace(/\p{Cf}/gu, '');

/** A reader's query: invisible characters dropped, NFKC, lower case, variants, punctuation to spaces, spaces collapsed, at most `max` characters. */
export function normaliseQuery(query: string, max = 64): string {
  return normaliseChars(stripInvisible(query).normalize('NFKC'))
    .replace(/['’]/g, '')                 // xi'an -> xian
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, max)
    .trim();
}

const han = /\p{Script=Han}/u;
export const isHan = (ch: string) => han.test(ch);

/**
 * The query as search terms: split on spaces, then where Chinese characters meet Latin letters or
 * digits ("kuai递" -> "kuai", "递"), so each part can match characters or pinyin on its own.
 */
export function queryTerms(query: string): string[] {
  return normaliseQuery(query).split(' ')
    .flatMap((word) => word.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [])
    .filter((t) => t.length > 0);
}

/** Whether a term is Latin letters (possibly pinyin), as opposed to characters or digits. */
export const isLatin = (term: string) => /^[a-z]+$/.test(term);
