// 资格自查's questions: a thin view over src/lib/eligibility/. Rendered at build time for every static
// page (answers in the path, plain links, works without JavaScript); hydrated, it asks the questions
// in place: pushState per answer, back/forward walk the questions, focus moves to the step's heading.
// An outcome is a page of its own, rendered at build time only (src/components/eligibility/), so none
// of its wording is code the reader loads. State: wizard/use-wizard.ts; views: wizard/question-view.tsx.
import { useMemo } from 'preact/hooks';
import type { QuestionData } from '../lib/eligibility/data.ts';
import type { WizardState } from '../lib/eligibility/questions.ts';
import { questionStep } from '../lib/wizard-page.ts';
import { YourAnswers } from './wizard/answers-view.tsx';
import type { WizardContext } from './wizard/parts.tsx';
import { Ask, Help } from './wizard/question-view.tsx';
import { useWizard } from './wizard/use-wizard.ts';
// After use-wizard.ts (whose address reading imports site-params.ts), so the chunk the two share keeps its name.
import { withBase } from '../lib/paths.ts';

// The data comes as one JSON string: Astro's prop encoding tags every value, which made each of the
// wizard's pages ~300 B (gzip) heavier.
interface Props { dataJson: string; base: string; initial: WizardState; toolTitle: string }

export default function EligibilityWizard({ dataJson, base, initial, toolTitle }: Props) {
  const data = useMemo(() => JSON.parse(dataJson) as QuestionData, [dataJson]);
  const { state, remembered, heading, href, go } = useWizard(data, base, initial, toolTitle);
  const ctx: WizardContext = {
    data, answers: state.answers, remembered, heading,
    link: (path) => withBase(base, path),
    to: (target, children, cls) => <a class={cls} href={href(target)} onClick={go(target)}>{children}</a>,
  };
  // The address always reads as a question here: an outcome's address loads its own page (use-wizard.ts).
  const step = questionStep(state, data);
  return (
    <div class="wizard">
      {step && (
        <section class="wz-step" aria-labelledby="wz-heading">
          {step.kind === 'help' ? <Help question={step.question} ctx={ctx} /> : <Ask question={step.question} ctx={ctx} />}
        </section>
      )}
      <YourAnswers ctx={ctx} />
    </div>
  );
}
