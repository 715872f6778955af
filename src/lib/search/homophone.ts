// Homophones in the browser: a run of characters found nowhere as written (开法者, 小成序, 认正) is read
// by toneless pinyin with the table fetched on demand (/search-homophones.json, homophones-build.ts)
// and matched against the site's words of the same sound (开发者, 小程序, 认证). Pure.

export type Readings = ReadonlyMap<string, readonly string[]>;

/** "a啊阿 ai爱埃 …" as character → its toneless readings. */
export function parseReadings(chars: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const group of chars.split(' ')) {
    const m = /^([a-z]+)(.*)$/u.exec(group);
    if (!m) continue;
    for (const ch of m[2]!) {
      const list = map.get(ch) ?? [];
      if (!list.includes(m[1]!)) list.push(m[1]!);
      map.set(ch, list);
    }
  }
  return map;
}

/** The pinyin spellings of a text (every combination of its characters' readings, at most `cap`). */
export function spellings(text: string, readings: Readings, cap = 16): string[] {
  let out = [''];
  for (const ch of text) {
    const r = readings.get(ch);
    if (!r || r.length === 0) return [];
    out = out.flatMap((prefix) => r.map((s) => prefix + s)).slice(0, cap);
  }
  return out;
}

/** The site's words by sound: `known` gives a word's pinyin computed in context at build time (the index's domain words); the rest are read with the table. */
export function wordsBySound(words: Iterable<string>, readings: Readings, known: ReadonlyMap<string, string> = new Map()): Map<string, string> {
  const out = new Map<string, string>();
  for (const [w, key] of known) if (!out.has(key)) out.set(key, w);
  for (const w of words) {
    if (known.has(w) || w.length < 2 || w.length > 8) continue;
    for (const key of spellings(w, readings, 8)) if (!out.has(key)) out.set(key, w);
  }
  return out;
}

/**
 * The site's words a run of characters sounds like, longest first at each position (forward maximum
 * matching by sound); none unless they cover more than half the run: a word that sounds like a
 * piece of it (贷利 → 代理 in 房贷利率) says nothing about the rest.
 */
export function soundAlike(run: string, readings: Readings, bySound: ReadonlyMap<string, string>, longest = 8): string[] {
  const chars = [...run];
  const found: string[] = [];
  let at = 0;
  while (at < chars.length) {
    let taken = 1;
    for (let len = Math.min(longest, chars.length - at); len > 1; len--) {
      const word = spellings(chars.slice(at, at + len).join(''), readings).map((k) => bySound.get(k)).find(Boolean);
      if (word) { found.push(word); taken = len; break; }
    }
    at += taken;
  }
  const covered = found.reduce((n, w) => n + [...w].length, 0);
  return covered * 2 > chars.length ? found : [];
}
