// Build time only: the table that maps traditional characters (開發者, 公眾號, 註冊) to the simplified ones
// the site is written in, from OpenCC's dictionaries (opencc-js, a devDependency, never in the browser
// bundle), restricted to the characters that occur on the site (and in the query vocabulary), so it
// stays small. Served as /search-variants.json and fetched by the search dialog only when a query has a
// character the site does not use (variants.ts).
import * as preset from 'opencc-js/preset';

const flat = (d: unknown): string[] => (Array.isArray(d) ? d.flatMap(flat) : typeof d === 'string' ? [d] : []);

/** Single-character entries ("註 注") of OpenCC dictionaries, key → first value. */
function characterPairs(dicts: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const dict of flat(dicts)) {
    for (const entry of dict.split('|')) {
      const [from, to] = entry.split(' ');
      if (from && to && [...from].length === 1 && [...to].length === 1 && !out.has(from)) out.set(from, to);
    }
  }
  return out;
}

/** "開开發发…": pairs of a traditional (or Taiwan / Hong Kong variant) character and the site's simplified one. */
export function traditionalTable(siteText: string): string {
  const site = new Set(siteText.match(/\p{Script=Han}/gu) ?? []);
  const toSimplified = characterPairs(preset.to['cn']);
  // Regional variants to OpenCC's standard traditional form (臺 → 台 in Taiwan's usage, 衞 → 衛 …).
  const variants = [preset.from['tw'], preset.from['hk']].map(characterPairs);
  const pairs = new Map<string, string>();
  const note = (t: string, s: string | undefined) => {
    if (s && s !== t && site.has(s) && !site.has(t) && !pairs.has(t)) pairs.set(t, s);
  };
  for (const [t, s] of toSimplified) note(t, s);
  for (const v of variants) for (const [variant, t] of v) note(variant, toSimplified.get(t) ?? t);
  return [...pairs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([t, s]) => t + s).join('');
}
