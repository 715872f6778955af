// What the 资格自查 page shows of the flow in src/lib/eligibility/, as plain data for its island: which
// step a state shows, and the reader's answers with the state each 更改 goes back to.
import type { EligibilityData } from './eligibility/data.ts';
import { evaluate, type Outcome } from './eligibility/outcome.ts';
import {
  answerLabel, answeredQuestions, answersBefore, helpApplies, nextQuestion, question,
  type Answers, type Question, type QuestionId, type WizardState,
} from './eligibility/questions.ts';

/** The step a state shows: the comparison of the two verification methods, a question, or the outcome. */
export type WizardStep =
  | { kind: 'help'; question: Question }
  | { kind: 'ask'; question: Question }
  | { kind: 'result'; outcome: Outcome };

export function wizardStep(state: WizardState, data: EligibilityData): WizardStep {
  const next = nextQuestion(state.answers, data);
  if (next && state.help && helpApplies(state.answers, data)) return { kind: 'help', question: question('path', state.answers, data) };
  if (next) return { kind: 'ask', question: question(next, state.answers, data) };
  return { kind: 'result', outcome: evaluate(state.answers, data) };
}

export interface AnswerRow { id: QuestionId; name: string; answer: string; before: Answers }

/** The reader's answers in the order asked; `before`: the answers 更改 goes back to. */
export function answerRows(answers: Answers, data: EligibilityData): AnswerRow[] {
  return answeredQuestions(answers, data).map((id) => {
    const before = answersBefore(id, answers, data);
    return { id, name: question(id, before, data).name, answer: answerLabel(id, answers, data), before };
  });
}
