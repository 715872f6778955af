// The curated synonyms as the index carries them: one string, the reader's words that share their
// meanings grouped ("打钱 转账=汇款 打款;上架 上线=发布"), fewer bytes than an object of lists (the
// opening-search budget counts the index). Words are Chinese characters, letters or digits only
// (synonyms.ts), so spaces, "=" and ";" never occur in them. Pure and browser-safe.

export function packSynonyms(map: Readonly<Record<string, readonly string[]>>): string {
  const groups = new Map<string, string[]>();
  for (const [word, means] of Object.entries(map)) {
    const key = means.join(' ');
    groups.set(key, [...(groups.get(key) ?? []), word]);
  }
  return [...groups].map(([means, words]) => `${words.join(' ')}=${means}`).join(';');
}

/** The packed string as reader's word → the guide's words. */
export function unpackSynonyms(packed: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const group of packed.split(';')) {
    const [words, means] = group.split('=');
    if (!words || !means) continue;
    for (const w of words.split(' ')) out.set(w, means.split(' '));
  }
  return out;
}
