// Build time only: pinyin for the search index. Imports pinyin-pro, so the browser must never import
// this module (islands and the search dialog receive syllables computed here).
import { pinyin } from 'pinyin-pro';
import { isHan } from '../text-normalise.ts';

/**
 * One lower-case syllable per UTF-16 unit of the text: pinyin without tones for a Chinese character
 * (read in context, so 重庆 is chong qing), the character itself for a Latin letter or digit, "" otherwise.
 */
export function syllablesOf(text: string): string[] {
  const chars = text.split('');
  const inContext = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const aligned = inContext.length === chars.length;
  return chars.map((ch, i) => {
    if (isHan(ch)) return (aligned ? inContext[i]! : pinyin(ch, { toneType: 'none', v: true })).toLowerCase();
    const folded = ch.normalize('NFKC').toLowerCase();
    return /^[a-z0-9]$/.test(folded) ? folded : '';
  });
}

export const storeSyllables = (syllables: readonly string[]) => syllables.join(' ');
