// The card an outcome of 资格自查 opens with — the verdict, a summary row per question the reader
// asks (cost, deadline, review…) — and the buttons that hand it to another device or chat.
import type { Outcome } from '../../lib/eligibility/outcome.ts';
import { outcomeSummary } from '../../lib/eligibility/summary.ts';
import { outcomeTextInput } from '../../lib/eligibility/outcome-text-input.ts';
import ShareActions, { shareCode } from '../share-actions.tsx';
import { Cites, StepHeading, type WizardContext } from './parts.tsx';

export function SummaryCard({ outcome: o, ctx }: { outcome: Outcome; ctx: WizardContext }) {
  return (
    <>
      <div class={`wz-verdict ${o.canRegister ? 'wz-yes' : 'wz-no'}`}>
        <StepHeading ctx={ctx}>{o.headline}</StepHeading>
        <dl class="wz-summary">
          {outcomeSummary(o, ctx.answers, ctx.data).map((r) => (
            <div>
              <dt>{r.label}</dt>
              <dd>
                {r.text}
                {r.id === 'changes'
                  ? <> <a class="wz-more" href="#wz-changes">来源见下方</a></>
                  : <Cites rules={r.rules} decisions={r.decisions} ctx={ctx} />}
              </dd>
            </div>
          ))}
        </dl>
        <p>按 {ctx.data.source.asOfDate} 版指南得出的结论；此后平台规则已有变化，办理前请以微信官方文档为准。</p>
      </div>
      <ShareActions url={() => location.href}
        text={async () => (await shareCode()).formatOutcomeText(outcomeTextInput(o, ctx.answers, ctx.data), location.href)} />
    </>
  );
}
