// Today's value after the guide's, on the same line (src/lib/now-text.ts words it as plain text):
// "指南（2018-04-16）：<guide> · 现在：<today>（来源，可信度；核对日期）". Rendered at build time only,
// by the wizard's outcome pages, the chapters, the calculators' notes and, as HTML, the checklists' steps
// (no island carries its code).
import type { ComponentChildren } from 'preact';
import { guideLabel, todayValues, type TodayValues } from '../../lib/now-text.ts';
import { confidenceGrade, confidenceLabel } from '../../lib/rules/superseded-labels.ts';
import type { NowStatement, SupersededSource } from '../../lib/rules/types.ts';
import '../../styles/now.css';

/** Where a statement comes from: each source linked, with its confidence (the 备案 page's citations too). */
export function Sources({ sources }: { sources: SupersededSource[] }) {
  return <>{sources.map((s, i) => (
    <>
      {i > 0 && '；'}
      <a class="external" href={s.url} rel="noopener" target="_blank">{s.title}<span class="visually-hidden">（外部链接，在新窗口打开）</span></a>
      <span class={`confidence confidence-${s.confidence}`} title={confidenceLabel[s.confidence]}>可信度{confidenceGrade[s.confidence]}</span>
    </>
  ))}</>;
}

/** " · 现在：<today>（来源，可信度；核对日期）"; an answer about 海外主体 has the same parts. */
export function NowPart({ now }: { now: Pick<NowStatement, 'text' | 'sources' | 'checked'> }) {
  return (
    <span class="now-part">
      <span class="now-sep" aria-hidden="true"> · </span>
      <strong class="now-label">现在：</strong>{now.text}
      <span class="now-sources">（<Sources sources={now.sources} />；{now.checked} 核对）</span>
    </span>
  );
}

/** The guide's value (with whatever follows it, e.g. its citations), then today's where it differs. */
/** Several statements (个人's 认证之后: that it can be applied for, and what it brings) follow in order. */
export function BothValues({ now, asOfDate, children }: { now: TodayValues; asOfDate: string; children: ComponentChildren }) {
  const all = todayValues(now);
  if (all.length === 0) return <>{children}</>;
  return <><span class="guide-label">{guideLabel(asOfDate)}：</span>{children}{all.map((n) => <NowPart now={n} />)}</>;
}
