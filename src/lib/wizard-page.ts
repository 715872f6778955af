// What the 资格自查 page shows of the flow in src/lib/eligibility/, as plain data: which question step
// a state shows (or none: the state is an outcome, a static page of its own), its title, and the
// reader's answers with the state each 更改 goes back to. No outcome code here: the island imports it.
import type { QuestionData } from './eligibility/data.ts';
import {
  answerLabel, answeredQuestions, answersBefore, helpApplies, nextQuestion, question,
  type Answers, type Question, type QuestionId, type WizardState,
} from './eligibility/questions.ts';

/** A step that asks: the comparison of the two verification methods, or a question. */
export interface QuestionStep { kind: 'help' | 'ask'; question: Question }

/** The question a state asks, or null when every answer is in and the state is an outcome. */
export function questionStep(state: WizardState, data: QuestionData): QuestionStep | null {
  const next = nextQuestion(state.answers, data);
  if (!next) return null;
  if (state.help && helpApplies(state.answers, data)) return { kind: 'help', question: question('path', state.answers, data) };
  return { kind: 'ask', question: question(next, state.answers, data) };
}

/** The heading (and document title) of a step that asks. */
export const questionTitle = (step: QuestionStep) => (step.kind === 'help' ? '对公打款还是微信认证？' : step.question.title);

export interface AnswerRow { id: QuestionId; name: string; answer: string; before: Answers }

/** The reader's answers in the order asked; `before`: the answers 更改 goes back to. */
export function answerRows(answers: Answers, data: QuestionData): AnswerRow[] {
  return answeredQuestions(answers, data).map((id) => {
    const before = answersBefore(id, answers, data);
    return { id, name: question(id, before, data).name, answer: answerLabel(id, answers, data), before };
  });
}
