// The outcome of 资格自查: the summary card, the conditions met and not met (each with what to do about
// it), then either the steps to take once they are met or everything about registering, and the
// changes since 2018 with the reading decisions it rests on.
import type { ComponentChildren } from 'preact';
import type { Outcome } from '../../lib/eligibility/outcome.ts';
import { DecisionNotes } from '../../islands/wizard/parts.tsx';
import { Lines, RemedyText, Steps, type OutcomeContext } from './outcome-parts.tsx';
import { RegisterSections } from './register-view.tsx';
import { SummaryCard } from './summary-card.tsx';

interface ViewProps { outcome: Outcome; ctx: OutcomeContext }

/** `share`: the hand-off buttons (an island); `changes`: the notes on today's rules (the guide's Superseded component). */
export function OutcomeView({ outcome: o, ctx, share, changes }: ViewProps & { share: ComponentChildren; changes: ComponentChildren }) {
  return (
    <>
      <SummaryCard outcome={o} ctx={ctx} share={share} />
      <h3>{o.canRegister ? '依据' : `需要满足的条件（${o.failed.length} 项不符合）`}</h3>
      <Lines items={o.reasons} ctx={ctx} />
      {o.otherSubject && <p class="wz-remedy"><RemedyText remedy={o.otherSubject} ctx={ctx} /></p>}
      {!o.canRegister && (
        <section class="wz-pending" aria-labelledby="wz-pending-heading">
          <h3 id="wz-pending-heading">满足以上条件后</h3>
          <p class="wz-hint">以下是满足条件后的注册步骤，供你提前了解。</p>
          <Steps outcome={o} ctx={ctx} />
        </section>
      )}
      {o.canRegister && <RegisterSections outcome={o} ctx={ctx} />}
      <h3 id="wz-changes">2018 年后的已知变化</h3>
      <p class="wz-hint">与你有关的部分，各附来源和可信度；<a href={ctx.link('/history/')}>全部规则变迁</a>。</p>
      {changes}
      <h3>说明</h3>
      <DecisionNotes ids={o.decisions} ctx={ctx} />
    </>
  );
}
