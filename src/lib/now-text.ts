// "指南（2018-04-16）：… · 现在：…（来源，可信度）": how an answer gives the guide's value and today's on
// one line, as plain text (复制为文字, search answers, tests). The page's markup is now-line.tsx.
import { confidenceGrade } from './rules/superseded-labels.ts';
import type { NowStatement } from './rules/types.ts';

/** What a line says about today: a statement of today.yaml, or an answer about 海外主体. */
type TodayValue = Pick<NowStatement, 'text' | 'sources' | 'checked'>;

/** Today's side of an answer: none, one statement, or several in order. */
export type TodayValues = NowStatement | readonly NowStatement[] | undefined;
export const todayValues = (now: TodayValues): readonly NowStatement[] => (now === undefined ? [] : 'text' in now ? [now] : now);

/** The guide's edition as a reader sees it before its value. */
export const guideLabel = (asOfDate: string) => `指南（${asOfDate}）`;

/** "（微信开放文档：小程序认证，可信度中；2026-12-05 核对）": where today's value comes from. */
export function nowSourceText(now: TodayValue): string {
  const sources = now.sources.map((s) => `${s.title}，可信度${confidenceGrade[s.confidence]}`).join('；');
  return `（${sources}；${now.checked} 核对）`;
}

/** "现在：…（来源，可信度；核对日期）": today's value, where it comes from. */
export const nowLine = (now: TodayValue) => `现在：${now.text}${nowSourceText(now)}`;

/** Both values on one line; the guide's alone where today's is not known to differ. */
export function bothText(guide: string, now: TodayValues, asOfDate: string): string {
  const all = todayValues(now);
  return all.length ? `${guideLabel(asOfDate)}：${guide} · ${all.map(nowLine).join(' · ')}` : guide;
}
