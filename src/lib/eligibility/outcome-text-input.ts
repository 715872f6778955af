// What 复制为文字 needs of an outcome, as plain strings (outcome-text.ts formats them when asked).
import { bothText, nowLine } from '../now-text.ts';
import { confidenceGrade, supersededStatusLabel } from '../rules/superseded-labels.ts';
import type { EligibilityData } from './data.ts';
import type { Outcome } from './outcome.ts';
import type { OutcomeTextInput } from './outcome-text.ts';
import type { Answers } from './questions.ts';
import { outcomeNotes, outcomeSummary } from './summary.ts';

export function outcomeTextInput(o: Outcome, answers: Answers, data: EligibilityData): OutcomeTextInput {
  return {
    headline: o.headline,
    asOfDate: data.source.asOfDate,
    canRegister: o.canRegister,
    rows: outcomeSummary(o, answers, data).map(({ id, label, text, now }) => ({ id, label, text: bothText(text, now, data.source.asOfDate) })),
    notes: outcomeNotes(o, data).map((n) => ({
      title: n.title,
      status: supersededStatusLabel[n.status],
      sources: n.sources.map((src) => ({ title: src.title, date: src.date, grade: confidenceGrade[src.confidence] })),
    })),
    blockers: o.reasons.filter((r) => r.tone === 'blocker').map((r) => `${r.text}${r.remedy ? r.remedy.text : ''}`),
    steps: o.steps.map((s) => {
      // A step of the guide gives both values; a step from after the guide (备案) has only today's.
      const text = s.rules.length > 0 ? bothText(s.text, s.now, data.source.asOfDate)
        : s.now ? `${s.text} · ${nowLine(s.now)}` : s.text;
      return s.condition ? { condition: s.condition, text } : { text };
    }),
  };
}
