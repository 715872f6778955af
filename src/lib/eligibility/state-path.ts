// The wizard's state <-> its address. Each answer is one path segment "<question>-<value>"
// (e.g. "subject-enterprise/email-yes"), in questionIds order — not the order asked, so outcome links
// from before 微信支付 was asked ahead of the method (".../path-x/payment-y/...") stay the same pages.
import type { QuestionData } from './data.ts';
import { splitTokens, wizardRoot } from './answer-tokens.ts';
import {
  answeredQuestions, earlyAnswer, helpApplies, nextQuestion, question, questionIds, type Answers, type QuestionId, type WizardState,
} from './questions.ts';

const helpToken = 'path-help';

export function stateTokens(state: WizardState, data: QuestionData): string[] {
  const asked = answeredQuestions(state.answers, data);
  const tokens = questionIds.filter((q) => asked.includes(q)).map((q) => `${q}-${state.answers[q]}`);
  if (state.help && helpApplies(state.answers, data)) tokens.push(helpToken);
  return tokens;
}

/** Site-relative path of a state's page (without the deploy base). */
export function statePath(state: WizardState, data: QuestionData): string {
  return wizardRoot + stateTokens(state, data).map((t) => `${t}/`).join('');
}

export type DropReason = 'unknown' | 'conflict' | 'not-applicable';
export interface Dropped { token: string; reason: DropReason }

const tokenPattern = /^([a-z]+)-([a-z-]+)$/;
const maxTokenLength = 40;

/** Valid values of a question, whatever the other answers are. */
function validValues(q: QuestionId, data: QuestionData): string[] {
  if (q === 'subject') return [...data.subjects, ...data.todaySubjects].map((s) => s.id);
  if (q === 'path') return Object.keys(data.verificationMethods);
  return ['yes', 'no'];
}

/**
 * Reads answers from path segments (already split, percent-decoded or not). Unknown, malformed,
 * contradictory or inapplicable segments are dropped and reported; the rest is replayed through
 * the flow, so the result is always a reachable state.
 */
export function parseTokens(tokens: readonly string[], data: QuestionData): { state: WizardState; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const given = new Map<QuestionId, string>();
  let help = false;
  for (const raw of tokens) {
    const token = raw.trim();
    if (token === '') continue;
    if (token === helpToken) { help = true; continue; }
    const m = token.length <= maxTokenLength ? tokenPattern.exec(token) : null;
    const q = m?.[1] as QuestionId | undefined;
    if (!m || !q || !questionIds.includes(q) || !validValues(q, data).includes(m[2]!)) {
      dropped.push({ token: raw, reason: 'unknown' });
      continue;
    }
    const previous = given.get(q);
    if (previous === undefined) given.set(q, m[2]!);
    else if (previous !== m[2]) dropped.push({ token: raw, reason: 'conflict' });
  }
  // Of the answers given, those the wizard would have asked for, in its order; the rest do not apply.
  const givenAnswers: Answers = Object.fromEntries(given);
  const answers: Answers = {};
  for (const q of answeredQuestions(givenAnswers, data)) {
    answers[q] = givenAnswers[q];
    given.delete(q);
  }
  for (const [q, v] of given) dropped.push({ token: `${q}-${v}`, reason: 'not-applicable' });
  const withHelp = help && helpApplies(answers, data);
  if (help && !withHelp) dropped.push({ token: helpToken, reason: 'not-applicable' });
  return { state: { answers, help: withHelp }, dropped };
}

/** Splits a pathname (with the deploy base) under the wizard into segments; null if it is not under it. */
export function pathTokens(pathname: string, base = '/'): string[] | null {
  const root = base.replace(/\/+$/, '') + wizardRoot;
  if (!pathname.startsWith(root)) return null;
  return splitTokens(pathname.slice(root.length));
}

/**
 * A link from an outcome's page back to a question carries the answers it leaves (`#wz-was=…`), so the
 * question marks the reader's earlier choice, as it does when answers change in place.
 */
export const rememberedPrefix = '#wz-was=';
export const rememberedHash = (state: WizardState, data: QuestionData) => rememberedPrefix + stateTokens(state, data).join('/');

/** The answers a `#wz-was=` hash carries (none from any other hash, or from one that does not parse). */
export function readRemembered(hash: string, data: QuestionData): Answers {
  return hash.startsWith(rememberedPrefix) ? parseTokens(splitTokens(hash.slice(rememberedPrefix.length)), data).state.answers : {};
}

/** Every state the wizard can be in: one static page each. */
export function allStates(data: QuestionData): WizardState[] {
  const out = new Map<string, WizardState>();
  const visit = (answers: Answers) => {
    const add = (s: WizardState) => { const p = statePath(s, data); if (!out.has(p)) out.set(p, s); };
    add({ answers, help: false });
    const q = nextQuestion(answers, data);
    if (!q) return;
    if (helpApplies(answers, data)) add({ answers, help: true });
    for (const o of question(q, answers, data).options) visit({ ...answers, [q]: o.value });
    // The pages of older links that chose the method first (they go on to ask 微信支付).
    const early = earlyAnswer(q, answers, data);
    if (early) for (const o of question(early, answers, data).options) visit({ ...answers, [early]: o.value });
  };
  visit({});
  return [...out.values()];
}
