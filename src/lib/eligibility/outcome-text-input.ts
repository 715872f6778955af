// What 复制为文字 needs of an outcome, as plain strings (outcome-text.ts formats them when asked).
import { bothText, nowLine } from '../now-text.ts';
import { confidenceGrade, supersededStatusLabel } from '../rules/superseded-labels.ts';
import type { EligibilityData } from './data.ts';
import type { Outcome } from './outcome.ts';
import type { OutcomeTextInput } from './outcome-text.ts';
import type { Answers } from './questions.ts';
import type { TodaySubject } from '../rules/types.ts';
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

/** The same for a subject type the guide did not cover (海外主体): every row is today's, with its sources. */
export function todayOutcomeTextInput(subject: TodaySubject, asOfDate: string): OutcomeTextInput {
  return {
    headline: subject.headline,
    basis: `${asOfDate} 版《微信小程序接入指南》未涉及${subject.label}，以下按现行来源`,
    asOfDate,
    canRegister: true,
    rows: subject.answers.map((a) => ({ id: a.id, label: a.label, text: nowLine(a) })),
    notes: [],
    blockers: [],
    steps: subject.next.map((s) => ({ text: `${s.text}（${s.link.text}）` })),
  };
}
