// An outcome of 资格自查 as a page of its own: rendered at build time only, so the reader loads none of
// its wording as code (the questions run in place, islands/EligibilityWizard.tsx). Links are plain; a
// 更改 back to a question carries the answers it leaves (#wz-was=…), so the question marks them.
import type { ComponentChildren } from 'preact';
import { YourAnswers } from '../../islands/wizard/answers-view.tsx';
import type { OutcomeContext } from './outcome-parts.tsx';
import type { EligibilityData } from '../../lib/eligibility/data.ts';
import type { Outcome } from '../../lib/eligibility/outcome.ts';
import type { WizardState } from '../../lib/eligibility/questions.ts';
import { rememberedHash, statePath } from '../../lib/eligibility/state-path.ts';
import { withBase } from '../../lib/paths.ts';
import { questionStep } from '../../lib/wizard-page.ts';
import { OutcomeView } from './outcome-view.tsx';

interface Props {
  data: EligibilityData; state: WizardState; outcome: Outcome; base: string;
  /** The hand-off buttons (an island), from the page's `share` slot. */
  share?: ComponentChildren;
  /** The notes on today's rules that concern the outcome (Superseded.astro), from the `changes` slot. */
  changes?: ComponentChildren;
}

/** An outcome's links: plain, with the deploy base; back to a question, with the answers it leaves. */
export function outcomeContext(data: EligibilityData, state: WizardState, base: string): OutcomeContext {
  const was = rememberedHash(state, data);
  return {
    data, answers: state.answers, remembered: {}, heading: { current: null },
    link: (path) => withBase(base, path),
    to: (target, children, cls) => (
      <a class={cls} href={withBase(base, statePath(target, data)) + (questionStep(target, data) ? was : '')}>{children}</a>
    ),
  };
}

export default function OutcomePage({ data, state, outcome, base, share, changes }: Props) {
  const ctx = outcomeContext(data, state, base);
  return (
    <div class="wizard">
      <section class="wz-step" aria-labelledby="wz-heading"><OutcomeView outcome={outcome} ctx={ctx} share={share} changes={changes} /></section>
      <YourAnswers ctx={ctx} />
    </div>
  );
}
