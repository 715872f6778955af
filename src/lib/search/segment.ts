// Word segmentation for queries: forward maximum matching (FMM) over a vocabulary built at build time
// (Node's Intl.Segmenter over the content, plus the domain terms and the rule data's terms), so a query
// splits the same way in every browser. Pure and browser-safe.

export interface Vocabulary {
  words: ReadonlySet<string>;
  /** the longest word, in UTF-16 units */
  longest: number;
}

export function vocabularyOf(words: Iterable<string>): Vocabulary {
  const set = new Set<string>();
  let longest = 1;
  for (const w of words) if (w) { set.add(w); longest = Math.max(longest, w.length); }
  return { words: set, longest };
}

/**
 * A run of characters (no spaces) split into words, longest vocabulary word first at each position;
 * a character that starts no vocabulary word stands alone. Work is bounded by text length × longest word.
 */
export function segment(text: string, vocabulary: Vocabulary): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let taken = 1;
    for (let len = Math.min(vocabulary.longest, text.length - at); len > 1; len--) {
      if (vocabulary.words.has(text.slice(at, at + len))) { taken = len; break; }
    }
    // Keep surrogate pairs (rare characters, emoji) whole.
    const code = text.charCodeAt(at);
    if (taken === 1 && code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) taken = 2;
    out.push(text.slice(at, at + taken));
    at += taken;
  }
  return out;
}
