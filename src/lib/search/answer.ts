// Answer cards, right or absent. When a question asks for a number (a fee, a deadline, a limit) and a
// rule answers it, the value on top of the results, with the subjects it applies to, the guide's edition,
// the rule's sentence and a link to its heading; when the guide gives no such number, "指南未说明" and the
// nearest section, instead of a guess. The values are the numbers of limits.yaml as the rule texts print
// them (found at build time), never typed again. When a question asks for documents (律所需要什么资质)
// and its key terms pick out one category of the qualification tables, that category's documents as the
// table writes them (the dialog fetches the exact text), its subject type and edition. When a question is
// about something the guide and its history do not cover (content/search/answers.yaml), "指南未涉及", the
// closest topic and where the official answer lives. A card only when the query's terms pick out what it
// quotes: a loosely related row gives no card. Pure.
import type { Intent } from './intent.ts';
import type { QueryTerm } from './understand.ts';
import type { SearchDoc } from './types.ts';
import { normaliseChars, stripInvisible } from '../text-normalise.ts';

export type NumberIntent = Exclude<Intent, 'place' | 'documents'>;

/**
 * What a rule answers: the kind of number, the values as printed ("5个开发者"), its guide heading, the
 * guide's edition ("指南（2018-04-16）"), the subjects it applies to; n: today's rule differs (today.yaml),
 * and AnswerTexts.now has today's line as plain text ("现在：…（来源，可信度；核对日期）").
 */
export interface RuleAnswer { i: NumberIntent; v: string[]; g: string; e: string; s?: string; n?: 1 }

const units: Record<string, NumberIntent> = { 元: 'fee', 天: 'deadline', 个: 'limit', 次: 'limit', 组: 'limit', 人: 'limit' };

/**
 * The numbers a rule's text prints from the limits (a number followed by its unit: 元 a fee, 天 a
 * deadline, 个/次/组 a limit), with the words after the unit up to the next punctuation ("10个体验者").
 * Build time, from the rule data.
 */
export function answersOf(text: string, limitValues: ReadonlySet<number>): { i: NumberIntent; v: string[] } | null {
  let intent: NumberIntent | null = null;
  const values: string[] = [];
  for (const m of text.matchAll(/(\d+)\s*([元天个次组人])([^\d，。；、,.;（）()]{0,8})/g)) {
    if (!limitValues.has(Number(m[1]))) continue;
    const i = units[m[2]!]!;
    if (intent && i !== intent) continue;
    intent = i;
    values.push(`${m[1]}${m[2]}${m[3]}`.trim());
  }
  return intent ? { i: intent, v: values } : null;
}

/** An edition of the qualification tables as the index carries it (SearchIndex.editions). */
export interface EditionSource { d: string; t: string; u: string }

/**
 * A question the guide does not cover (answers.yaml), as the index carries it: its triggers, each a group
 * of words that must all be in the question ("/" between a word's spellings), "|" between groups, and "!"
 * before a word that means the guide does cover it ("名字/名称 占用|重名", "注销|!备案"). What the card
 * says comes with what cards quote (AnswerTexts).
 */
export type UncoveredTriggers = string;

/** What a 指南未涉及 card says (/search-answers.json): label, the closest topic's address, where the official answer lives. */
export interface UncoveredTopic { l: string; c: string; w: { n: string; h: string; u?: string }[] }

/**
 * What cards quote, fetched when one shows (/search-answers.json, build-index.ts): the qualification
 * rows' exact documents (rows[ref - number of the index's docs]), the uncovered topics (in the index's
 * order) and today's line of a rule marked n, by record position.
 */
export interface AnswerTexts { rows: string[]; topics: UncoveredTopic[]; now: Record<string, string> }

export type Answer =
  | {
    kind: 'value'; intent: NumberIntent; values: string[]; context: string; rule: SearchDoc; ref: number; heading: string;
    edition: string; scope?: string; now?: 1;
  }
  | { kind: 'unknown'; intent: NumberIntent; nearest: SearchDoc }
  | { kind: 'documents'; category: SearchDoc; ref: number; documents: string; scope: string; source: EditionSource | null }
  | { kind: 'uncovered'; topic: number };

/** What the card reads beyond the results: the query as typed, its terms, the uncovered topics. */
export interface AnswerAsk { query?: string; terms?: readonly QueryTerm[]; uncovered?: readonly UncoveredTriggers[] }

type Hit = { doc: SearchDoc; ref: number; partial?: boolean };

/** The uncovered topic a question is about (its position), or -1: every word of one trigger present, none of its "!" words. */
export function uncoveredTopic(query: string, topics: readonly UncoveredTriggers[]): number {
  const q = normaliseChars(stripInvisible(query).normalize('NFKC').slice(0, 256)).replace(/\s+/g, '');
  return topics.findIndex((t) => {
    const groups = t.split('|').map((g) => g.split(' '));
    const has = (w: string) => w.replace('!', '').split('/').some((x) => q.includes(x));
    return !groups.some((g) => g[0]!.startsWith('!') && has(g[0]!)) && groups.some((g) => !g[0]!.startsWith('!') && g.every(has));
  });
}

/** A qualification result's category without its subject ("商业服务 › 律所"), and its subject ("非个人主体"). */
const categoryOf = (doc: SearchDoc) => doc.t.slice(0, doc.t.lastIndexOf(' · '));
export const subjectOf = (doc: SearchDoc) => doc.t.slice(doc.t.lastIndexOf(' · ') + 3);

/**
 * The category a documents question asks about: among the top results that match every term, the one
 * whose name carries the most terms, each as typed (1) or as a synonym (½ for the first listed, ⅓ for
 * the next …: 律师事务所 reads 律所 before 律师). Two different categories tied: no card (卖医疗器械 fits
 * 生产企业 and 经营、销售 alike). The same category for several subject types: the first in rank order
 * (ranking prefers the subject the query names).
 */
function pickCategory(top: readonly Hit[], terms: readonly QueryTerm[] | undefined): Hit | null {
  const rows = top.filter((h) => h.doc.k === 'qualification' && h.doc.q !== undefined && !h.partial);
  if (rows.length === 0 || !terms) return rows[0] ?? null;
  const typed = terms.filter((t) => !t.implied);
  const cover = (h: Hit) => {
    const name = categoryOf(h.doc);
    return typed.reduce((s, t) => s + 1 / (t.alts.findIndex((a) => name.includes(a)) + 1 || Infinity), 0);
  };
  const best = Math.max(...rows.map(cover));
  const tied = rows.filter((h) => cover(h) === best);
  return new Set(tied.map((h) => categoryOf(h.doc))).size === 1 ? tied[0]! : null;
}

/** A value as the rule prints it: its unit and the words after it ("10个同主体的小程序" → 个, 同主体的小程序). */
const valueParts = (v: string) => /^\d+([元天个次组人])(.*)$/.exec(v)?.slice(1) as [string, string] | undefined;

/** The measure word a question counts in (几个, 多少次, 几天) and what follows it. */
function askedMeasure(query: string): { unit?: string; after: string } | null {
  const m = /(?:几|多少)(个|次|组|人|天|元)?([\p{Script=Han}]{0,6})/u.exec(normaliseChars(query));
  return m ? { ...(m[1] ? { unit: m[1] } : {}), after: m[2] ?? '' } : null;
}

/**
 * The values of a rule that answer the question as asked: in the unit it counts in (几次 is not 几个;
 * 多少人 counts 个), and, when the question names what it counts (几个小程序) and a value names it too,
 * those values; otherwise the values whose words the question mentions, else all of them.
 */
export function valuesAsked(values: readonly string[], query: string | undefined, nouns: readonly string[]): string[] {
  if (!query) return [...values];
  const asked = askedMeasure(query);
  const unitOk = (u: string) => !asked?.unit || u === asked.unit || (asked.unit === '人' && u === '个');
  let kept = values.filter((v) => unitOk(valueParts(v)?.[0] ?? ''));
  const after = asked?.after ?? '';
  let counted = '';
  for (let k = after.length; k >= 2 && !counted; k--) if (nouns.some((n) => n.includes(after.slice(0, k)))) counted = after.slice(0, k);
  if (counted) kept = kept.filter((v) => { const noun = valueParts(v)?.[1] ?? ''; return noun === '' || noun.includes(counted); });
  const q = normaliseChars(query);
  const mentioned = kept.filter((v) => { const noun = valueParts(v)?.[1] ?? ''; return noun !== '' && q.includes(noun.slice(-3)); });
  return mentioned.length ? mentioned : kept;
}

/**
 * The card for a question's results. In order: an uncovered topic the question is about; the category
 * a documents question picks out; the first of the top results (matching every term) that is a rule
 * answering the number asked, in the unit and for the thing asked; else, when a number was asked and no
 * rule of the results states one, "not stated" with the nearest section.
 */
export function answerFor(
  intents: readonly Intent[], hits: readonly Hit[], answers: Readonly<Record<string, RuleAnswer>>,
  docs: readonly SearchDoc[], within = 5, editions: Readonly<Record<string, EditionSource>> = {}, ask: AnswerAsk = {},
): Answer | null {
  const topic = ask.query && ask.uncovered ? uncoveredTopic(ask.query, ask.uncovered) : -1;
  if (topic >= 0) return { kind: 'uncovered', topic };
  const top = hits.slice(0, within);
  // Documents asked for: the category the terms pick out. None: no card (the guide's sections on 资质材料
  // answer in the results themselves, and a guessed row would mislead).
  if (intents.includes('documents')) {
    const row = pickCategory(top, ask.terms);
    if (row) {
      const { doc, ref } = row;
      return { kind: 'documents', category: doc, ref, documents: doc.q!, scope: subjectOf(doc), source: editions[doc.e ?? ''] ?? null };
    }
  }
  const asked = intents.filter((i): i is NumberIntent => i !== 'place' && i !== 'documents');
  if (asked.length === 0 || hits.length === 0) return null;
  const nouns = Object.values(answers).flatMap((a) => a.v.map((v) => valueParts(v)?.[1] ?? '')).filter(Boolean);
  let stated = false;
  for (const { doc, ref, partial } of top) {
    // A rule, or the rules whose numbers a guide heading states.
    const found = answers[ref] ? [[String(ref), answers[ref]] as const] : doc.k === 'section' ? Object.entries(answers).filter(([, a]) => a.g === doc.h) : [];
    for (const [n, a] of found) {
      if (!asked.includes(a.i)) continue;
      stated = true;
      const rule = docs[Number(n)];
      const values = valuesAsked(a.v, ask.query, nouns);
      if (!rule || partial || values.length === 0) continue;
      return {
        kind: 'value', intent: a.i, values, context: rule.t, rule, ref: Number(n), heading: a.g, edition: a.e,
        ...(a.s ? { scope: a.s } : {}), ...(a.n ? { now: a.n } : {}),
      };
    }
  }
  // A rule stated a number, but not the one asked: no card rather than "not stated".
  if (stated) return null;
  const nearest = hits.find((h) => h.doc.k === 'section')?.doc ?? hits[0]!.doc;
  return { kind: 'unknown', intent: asked[0]!, nearest };
}

export const intentLabels: Record<NumberIntent, string> = { fee: '费用', deadline: '期限', limit: '数量上限' };
