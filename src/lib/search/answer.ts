// Answer cards: when a question asks for a number (a fee, a deadline, a limit) and a rule answers it,
// the value itself on top of the results, with the rule's sentence and a link to its heading; when the
// guide gives no such number, "指南未说明" and the nearest section, instead of a guess. The values are the
// numbers of limits.yaml as the rule texts print them (found at build time), never typed again. When a
// question asks for documents (律所需要什么资质) and a category of the qualification tables is among the
// top results, the card shows its documents, its subject type, the edition and the source. Pure.
import type { Intent } from './intent.ts';
import type { SearchDoc } from './types.ts';

export type NumberIntent = Exclude<Intent, 'place' | 'documents'>;

/**
 * What a rule answers: the kind of number, the values as printed ("5个开发者"), its guide heading and,
 * where today's rule differs (today.yaml), the guide's label and today's line as plain text ("现在：…（来源，可信度；核对日期）").
 */
export interface RuleAnswer { i: NumberIntent; v: string[]; g: string; n?: [guide: string, now: string] }

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

export type Answer =
  | { kind: 'value'; intent: NumberIntent; values: string[]; context: string; rule: SearchDoc; heading: string; now?: [guide: string, now: string] }
  | { kind: 'unknown'; intent: NumberIntent; nearest: SearchDoc }
  | { kind: 'documents'; category: SearchDoc; documents: string; source: EditionSource | null };

/**
 * The card for a question's results: the first of the top results that is a rule answering the kind
 * of number asked; otherwise, when a number was asked, "not stated" with the nearest section.
 */
export function answerFor(
  intents: readonly Intent[], hits: readonly { doc: SearchDoc; ref: number }[], answers: Readonly<Record<string, RuleAnswer>>,
  docs: readonly SearchDoc[], within = 5, editions: Readonly<Record<string, EditionSource>> = {},
): Answer | null {
  // Documents asked for: the first category among the top results. None there: no card (the guide's
  // sections on 资质材料 answer in the results themselves).
  if (intents.includes('documents')) {
    const category = hits.slice(0, within).find((h) => h.doc.k === 'qualification' && h.doc.q !== undefined)?.doc;
    if (category) return { kind: 'documents', category, documents: category.q!, source: editions[category.e ?? ''] ?? null };
  }
  const asked = intents.filter((i): i is NumberIntent => i !== 'place' && i !== 'documents');
  if (asked.length === 0 || hits.length === 0) return null;
  for (const { doc, ref } of hits.slice(0, within)) {
    // A rule, or a guide heading whose text states a rule's number.
    const own = answers[ref];
    const found = own && asked.includes(own.i) ? ([ref, own] as const)
      : doc.k === 'section' ? Object.entries(answers).find(([, a]) => a.g === doc.h && asked.includes(a.i)) : undefined;
    if (found) {
      const [n, a] = found;
      const rule = docs[Number(n)];
      if (rule) return { kind: 'value', intent: a.i, values: a.v, context: rule.t, rule, heading: a.g, ...(a.n ? { now: a.n } : {}) };
    }
  }
  const nearest = hits.find((h) => h.doc.k === 'section')?.doc ?? hits[0]!.doc;
  return { kind: 'unknown', intent: asked[0]!, nearest };
}

export const intentLabels: Record<NumberIntent, string> = { fee: '费用', deadline: '期限', limit: '数量上限' };
