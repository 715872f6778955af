// The card an outcome of 资格自查 opens with — the verdict, a summary row per question the reader
// asks (cost, deadline, review…) — and, under it, the buttons that hand it to another device or chat
// (an island of their own, islands/outcome-share.tsx, given by the page).
import type { ComponentChildren } from 'preact';
import type { Outcome } from '../../lib/eligibility/outcome.ts';
import { outcomeSummary } from '../../lib/eligibility/summary.ts';
import { Cites, StepHeading } from '../../islands/wizard/parts.tsx';
import type { OutcomeContext } from './outcome-parts.tsx';
import { BothValues } from '../now/now-line.tsx';

export function SummaryCard({ outcome: o, ctx, share }: { outcome: Outcome; ctx: OutcomeContext; share: ComponentChildren }) {
  return (
    <>
      <div class={`wz-verdict ${o.canRegister ? 'wz-yes' : 'wz-no'}`}>
        <StepHeading ctx={ctx}>{o.headline}</StepHeading>
        <dl class="wz-summary">
          {outcomeSummary(o, ctx.answers, ctx.data).map((r) => (
            <div>
              <dt>{r.label}</dt>
              <dd>
                <BothValues now={r.now} asOfDate={ctx.data.source.asOfDate}>
                  {r.text}
                  {r.id === 'changes'
                    ? <> <a class="wz-more" href="#wz-changes">来源见下方</a></>
                    : <Cites rules={r.rules} decisions={r.decisions} ctx={ctx} />}
                </BothValues>
              </dd>
            </div>
          ))}
        </dl>
        <p>按 {ctx.data.source.asOfDate} 版指南得出的结论；与现在不同之处，同一行写明现行规则及其来源与可信度，办理前请以微信官方文档为准。</p>
      </div>
      {share}
    </>
  );
}
