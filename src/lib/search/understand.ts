// Query understanding for the site search: the query is normalised and split into terms (spaces;
// characters vs letters/digits). A run of characters is split into words by forward maximum matching
// over the vocabulary (segment.ts); function and question words are dropped and read as intent
// (intent.ts); a curated synonym (打钱 → 汇款, 打款) matches as well as the word itself. Consecutive
// content words found together in the content stay one phrase ("提交审核"); a lone character that is
// no word is dropped, and a run of them may be a slip of the input method (homophone.ts), a topic's name
// (年审), or a word the site does not know (课程表, 注销: `unmatched`, weighed by score.ts). A whole
// question (issue 22) reads the same way: its frame (请问、谢谢、提示 …) is function words. Pure.
import { contentIntentWords, functionWords, intentsOf, intentWords, type Intent } from './intent.ts';
import { isHanTerm } from './match.ts';
import { segment, type Vocabulary } from './segment.ts';
import { toSimplified } from './variants.ts';
import { parseReadings, soundAlike, spellings, wordsBySound, type Readings } from './homophone.ts';
import { normaliseQuery } from '../text-normalise.ts';

/** One term of a query, and the spellings that count for it (itself, then its synonyms). */
export interface QueryTerm {
  text: string;
  alts: string[];
  /** read from the question's intent (多少钱 → 费/元), not typed: ranks, but a record lacking it is not "partial" */
  implied?: boolean;
}

export interface Understood {
  terms: QueryTerm[];
  intents: Intent[];
  /** synonyms also searched ("发布" for 上架) */
  expanded: string[];
  /** consecutive words of the query that occur together in the content */
  phrases: string[];
  /** runs of characters that are no word of the site and occur nowhere (足球比赛) */
  unknown: string[];
  /** runs of characters that are no word of the site (课程表, 注销): part of the question the guide may not answer */
  unmatched: string[];
}

/** The site's words by sound, once the homophone table is loaded. */
export interface Sounds { readings: Readings; bySound: Map<string, string> }

/** What understanding reads: the site's words, and the tables loaded on demand. */
export interface Lexicon {
  vocabulary: Vocabulary;
  synonyms: ReadonlyMap<string, readonly string[]>;
  /** whether a text occurs in some record's title, keywords or body */
  occurs(text: string): boolean;
  /** whether a text occurs in some record's title or keywords (年审: a word the vocabulary lacks, but a topic's name) */
  titled?(text: string): boolean;
  /** the traditional → simplified table (variants.ts), once loaded */
  variants: ReadonlyMap<string, string> | null;
  sounds: Sounds | null;
}

/** Words a question for a fee or a deadline implies: records stating one rank first. */
const impliedBy: Partial<Record<Intent, string[]>> = { fee: ['费', '元'], deadline: ['天内', '期限'] };
/** Work per keystroke is bounded: at most this many terms are matched, of a question of at most maxLength characters. */
const maxTerms = 8;
export const maxLength = 160;

/** The site's content words by sound, from the homophone table ("a啊阿 ai爱埃 …"); `known` gives a word's pinyin. */
export function soundsOf(chars: string, vocabulary: Vocabulary, known: ReadonlyMap<string, string>): Sounds {
  const readings = parseReadings(chars);
  const words = [...vocabulary.words].filter((w) => !functionWords.has(w) && !(w in intentWords));
  return { readings, bySound: wordsBySound(words, readings, known) };
}

export function understandQuery(query: string, lex: Lexicon): Understood {
  const u: Understood = { terms: [], intents: [], expanded: [], phrases: [], unknown: [], unmatched: [] };
  const parts = normaliseQuery(toSimplified(query.slice(0, maxLength * 2), lex.variants ?? new Map()), maxLength).split(' ')
    .flatMap((w) => w.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? []);
  let orphans = '';
  for (const part of parts) {
    if (isHanTerm(part)) orphans += addCharacters(u, lex, part);
    else addTerm(u, lex, part);
  }
  // No word among the characters: they are a term as written (递 in kuai递), so nonsense finds nothing
  // rather than anything. Beside words (今年大二 in a long question) they are context.
  if (orphans && !u.terms.some((t) => isHanTerm(t.text))) { addTerm(u, lex, orphans); u.unmatched = []; }
  return settle(u, lex);
}

/** A term, once; a word's synonyms are searched too, an intent word's implied words instead. */
function addTerm(u: Understood, lex: Lexicon, text: string, soft?: Intent): void {
  if (u.terms.some((t) => t.text === text)) return;
  if (soft) { u.terms.push({ text, alts: [...new Set([text, ...(impliedBy[soft] ?? [])])], implied: true }); return; }
  const alts = [text, ...(lex.synonyms.get(text) ?? [])];
  // Two everyday words for one guide word (mini, program → 小程序) are one term: the question asks it once.
  const meaning = alts.slice(1).join(' ');
  if (meaning && u.terms.some((t) => t.alts.slice(1).join(' ') === meaning)) return;
  for (const a of alts.slice(1)) if (!u.expanded.includes(a)) u.expanded.push(a);
  u.terms.push({ text, alts });
}

/** A run of characters: its words, its intents, its runs of content words; the characters that are no word, if no word is among them. */
function addCharacters(u: Understood, lex: Lexicon, part: string): string {
  const words = resound(u, lex, part, segment(part, lex.vocabulary));
  for (const i of intentsOf(words)) if (!u.intents.includes(i)) u.intents.push(i);
  // Content words: not function words, and intent words only where the guide uses them too (最多, 入口).
  const isContent = (w: string) => !functionWords.has(w) && (!(w in intentWords) || (contentIntentWords.has(w) && lex.occurs(w)));
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of words) {
    if (isContent(w)) run.push(w);
    else if (run.length) { runs.push(run); run = []; }
  }
  if (run.length) runs.push(run);
  const known = runs.filter((r) => addRun(u, lex, r)).length;
  return known === 0 ? runs.map((r) => r.join('')).join('') : '';
}

/**
 * A slip of the input method beside a function word (对工打款: 对 is read as a function word, 工打款 as
 * nothing): once the homophone table is loaded, the longest window of 3 to 6 characters around a lone
 * character that is no word, found nowhere as written, that sounds like a site word of its length
 * becomes that word.
 */
function resound(u: Understood, lex: Lexicon, part: string, words: string[]): string[] {
  const s = lex.sounds;
  let text = part;
  let at = 0;
  for (const w of words) {
    const lone = w.length === 1 && !lex.vocabulary.words.has(w) && !lex.synonyms.has(w) && !functionWords.has(w);
    for (let len = 6; s && lone && len >= 3; len--) {
      for (let from = Math.max(0, at + 1 - len); from <= at && from + len <= text.length; from++) {
        const window = text.slice(from, from + len);
        const word = spellings(window, s.readings).map((k) => s.bySound.get(k)).find((x) => x?.length === len);
        if (word && !lex.occurs(window)) { text = text.slice(0, from) + word + text.slice(from + len); u.expanded.push(word); len = 0; break; }
      }
    }
    at += w.length;
  }
  return text === part ? words : segment(text, lex.vocabulary);
}

/** Consecutive content words: each a term; lone characters that are no word may sound like one. Whether any is a word of the site. */
function addRun(u: Understood, lex: Lexicon, run: readonly string[]): boolean {
  let lone = '';
  let known = false;
  const flush = () => {
    if (lone.length > 1) {
      // A slip of the input method (开法者 for 开发者): the site's words that sound the same.
      const { sounds } = lex;
      const alike = sounds && !lex.occurs(lone) ? soundAlike(lone, sounds.readings, sounds.bySound) : [];
      for (const w of alike) { addTerm(u, lex, w); if (!u.expanded.includes(w)) u.expanded.push(w); }
      // A run naming a topic (年审 in 认证有效期与年审) is a term; one found in no title (注销) is a part of
      // the question the guide may not answer: it weighs, but nothing matches it.
      const titled = lex.titled?.(lone) === true;
      if (titled) addTerm(u, lex, lone);
      else if (alike.length === 0) { u.unknown.push(lone); u.unmatched.push(lone); }
      known ||= titled || alike.length > 0;
    }
    lone = '';
  };
  for (const w of run) {
    // A lone character that is no word (加, 人) says too little to match on its own; several in a
    // row (足球比赛) are something the site does not know about.
    if (w.length === 1 && !lex.vocabulary.words.has(w) && !lex.synonyms.has(w)) { lone += w; continue; }
    flush();
    // An intent word the guide uses too (期限, 最多) ranks, but a record without it is no partial match.
    addTerm(u, lex, w, intentWords[w]);
    known = true;
  }
  flush();
  // Words found together as typed ("汇款期限") rank above the same words apart.
  if (run.length > 1 && lex.occurs(run.join(''))) u.phrases.push(run.join(''));
  return known;
}

/** The terms matched: at most maxTerms, with the words the question's intents imply. */
function settle(u: Understood, lex: Lexicon): Understood {
  let typed = u.terms.slice(0, maxTerms);
  // A documents word beside a category's name (律所 资质) only says what is asked: its documents.
  if (typed.some((t) => !t.implied)) typed = typed.filter((t) => !(t.implied && intentWords[t.text] === 'documents'));
  // Only intent words typed ("入口", "最多"): they are the query.
  if (typed.every((t) => t.implied)) typed = typed.map((t) => ({ text: t.text, alts: [t.text] }));
  else for (const i of u.intents) {
    const alts = impliedBy[i];
    if (alts && !typed.some((t) => t.alts.some((x) => alts.includes(x)))) typed.push({ text: alts[0]!, alts, implied: true });
  }
  return { ...u, terms: typed, unknown: u.unknown.filter((x) => !lex.occurs(x)) };
}
