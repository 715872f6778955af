// 资格自查: a thin view over src/lib/eligibility/. Rendered at build time for every static page
// (answers in the path, plain links, works without JavaScript); hydrated, it runs the same flow in
// place: pushState per answer, back/forward walk the questions, focus moves to the step's heading.
// State: wizard/use-wizard.ts; the step's views: wizard/question-view.tsx, wizard/outcome-view.tsx.
import { useMemo } from 'preact/hooks';
import type { EligibilityData } from '../lib/eligibility/data.ts';
import type { WizardState } from '../lib/eligibility/questions.ts';
import { wizardStep } from '../lib/wizard-page.ts';
import { IgnoredNotice, YourAnswers } from './wizard/answers-view.tsx';
import { OutcomeView } from './wizard/outcome-view.tsx';
import type { WizardContext } from './wizard/parts.tsx';
import { Ask, Help } from './wizard/question-view.tsx';
import { useWizard } from './wizard/use-wizard.ts';
// After use-wizard.ts (whose address reading imports site-params.ts), so the chunk the two share keeps its name.
import { withBase } from '../lib/paths.ts';

// The data comes as one JSON string: Astro's prop encoding tags every value, which made each of the
// 109 wizard pages ~300 B (gzip) heavier.
interface Props { dataJson: string; base: string; initial: WizardState; toolTitle: string }

export default function EligibilityWizard({ dataJson, base, initial, toolTitle }: Props) {
  const data = useMemo(() => JSON.parse(dataJson) as EligibilityData, [dataJson]);
  const { state, dropped, remembered, announcement, heading, href, go } = useWizard(data, base, initial, toolTitle);
  const ctx: WizardContext = {
    data, answers: state.answers, remembered, heading,
    link: (path) => withBase(base, path),
    to: (target, children, cls) => <a class={cls} href={href(target)} onClick={go(target)}>{children}</a>,
  };
  const step = wizardStep(state, data);
  return (
    <div class="wizard">
      {dropped.length > 0 && <IgnoredNotice dropped={dropped} />}
      <section class="wz-step" aria-labelledby="wz-heading">
        {step.kind === 'help' && <Help question={step.question} ctx={ctx} />}
        {step.kind === 'ask' && <Ask question={step.question} ctx={ctx} />}
        {step.kind === 'result' && <OutcomeView outcome={step.outcome} ctx={ctx} />}
      </section>
      <YourAnswers ctx={ctx} />
      <p class="visually-hidden" role="status">{announcement}</p>
    </div>
  );
}
