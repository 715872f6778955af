// Shared by the eligibility tests: the real rule data, every raw combination of answers a reader could
// hold, and a reader walking the flow with them (answering only what is asked).
import assert from 'node:assert/strict';
import { loadRuleSet } from '../../../src/lib/rules/load.ts';
import { eligibilityData } from '../../../src/lib/eligibility/data.ts';
import { nextQuestion, questionIds, type Answers, type QuestionId } from '../../../src/lib/eligibility/questions.ts';

export const rules = loadRuleSet();
export const data = eligibilityData(rules);

export type Kind = 'personal' | 'enterprise' | 'organisation';
export const kindOf: Record<string, Kind> = {
  personal: 'personal', enterprise: 'enterprise', 'individual-business': 'enterprise',
  government: 'organisation', media: 'organisation', other: 'organisation',
};

const values: Record<QuestionId, string[]> = {
  subject: Object.keys(kindOf), age: ['yes', 'no'], identity: ['yes', 'no'], realname: ['yes', 'no'], email: ['yes', 'no'],
  path: ['remittance', 'certification'], payment: ['yes', 'no'], unionid: ['yes', 'no'],
};
function* combinations(i = 0, acc: Answers = {}): Generator<Answers> {
  if (i === questionIds.length) { yield acc; return; }
  const q = questionIds[i]!;
  for (const v of values[q]) yield* combinations(i + 1, { ...acc, [q]: v });
}
export const allCombinations = [...combinations()];

/** A reader with these answers walks the flow: only the questions asked are answered. */
export function walk(held: Answers): { answers: Answers; asked: QuestionId[] } {
  const answers: Answers = {};
  const asked: QuestionId[] = [];
  for (let q = nextQuestion(answers, data); q; q = nextQuestion(answers, data)) {
    assert.ok(!asked.includes(q), `asked ${q} twice`);
    asked.push(q);
    answers[q] = held[q];
  }
  return { answers, asked };
}
