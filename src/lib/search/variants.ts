// Traditional characters to simplified, in the browser, with the table generated at build time
// (traditional.ts, /search-variants.json): loaded only when a query has a character the site does not
// use. Pure.

/** "開开發发…" (pairs of traditional, simplified) as a map. */
export function parseVariantTable(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i]!, chars[i + 1]!);
  return map;
}

/** The text with each mapped character replaced (one character for one, so positions stay). */
export function toSimplified(text: string, table: ReadonlyMap<string, string>): string {
  let out = '';
  for (const ch of text) out += table.get(ch) ?? ch;
  return out;
}

/** Whether a query has a Chinese character the site does not use (it may be traditional, or a typo). */
export function hasForeignHan(query: string, siteChars: ReadonlySet<string>): boolean {
  for (const ch of query) if (/\p{Script=Han}/u.test(ch) && !siteChars.has(ch)) return true;
  return false;
}
