// Build time only: the homophone table for the site search (pinyin-pro, never in the browser). Readers
// pick a wrong character of the same sound from the input method (开法者, 小成序, 认正); the browser
// matches such a run by toneless pinyin when it is found nowhere as written (homophone.ts). The table
// has the readings of the common characters (GB2312 level 1, 3,755 characters, plus every character of
// the site); the pinyin of the site's domain words is in the index already, and the browser reads the
// other vocabulary words with this table. Served as /search-homophones.json and fetched only when a
// query has characters the site does not know.
import { pinyin } from 'pinyin-pro';

/** GB2312 level 1 (rows 16-55): the 3,755 most common characters, decoded with Node's full ICU. */
export function gb2312Level1(): string[] {
  const decoder = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++) {
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      if (hi === 0xd7 && lo > 0xf9) break;
      out.push(decoder.decode(new Uint8Array([hi, lo])));
    }
  }
  return out;
}

export interface HomophoneTable {
  version: 1;
  /** "a啊阿 ai爱埃 …": each toneless syllable followed by the characters that can be read so */
  chars: string;
}

export function homophoneTable(siteText: string): HomophoneTable {
  const site = new Set(siteText.match(/\p{Script=Han}/gu) ?? []);
  const chars = new Set([...gb2312Level1(), ...site]);
  const bySyllable = new Map<string, string[]>();
  for (const ch of chars) {
    // Every reading of the site's characters (so 行 finds both 行业 and 银行); the usual one of the rest.
    const readings = new Set(pinyin(ch, { toneType: 'none', type: 'array', multiple: site.has(ch), v: true }).map((r) => r.toLowerCase()));
    for (const r of readings) {
      if (!/^[a-z]+$/.test(r)) continue;
      const list = bySyllable.get(r) ?? [];
      list.push(ch);
      bySyllable.set(r, list);
    }
  }
  return {
    version: 1,
    chars: [...bySyllable].sort(([a], [b]) => (a < b ? -1 : 1)).map(([s, cs]) => s + cs.join('')).join(' '),
  };
}
