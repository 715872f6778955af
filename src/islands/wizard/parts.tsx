// The parts of the 资格自查 pages that only show data — the step's heading, rule citations, reading
// decisions — kept apart from the wizard's state and navigation; and the context every view of the
// wizard is given (an outcome's own parts: src/components/eligibility/outcome-parts.tsx).
import type { ComponentChildren, JSX, RefObject } from 'preact';
import type { QuestionData } from '../../lib/eligibility/data.ts';
import type { Answers, WizardState } from '../../lib/eligibility/questions.ts';

export interface PartsContext { data: QuestionData; link: (path: string) => string }

/** What the wizard's views share: the shown answers, and links to other states of the wizard. */
export interface WizardContext extends PartsContext {
  answers: Answers;
  /** Answers dropped by "更改", marked when asked again. */
  remembered: Answers;
  /** A link to another state, shown in place when hydrated. */
  to: (target: WizardState, children: ComponentChildren, cls?: string) => JSX.Element;
  /** The step's heading, which takes focus when the step changes. */
  heading: RefObject<HTMLHeadingElement>;
}

export function StepHeading({ ctx, children }: { ctx: WizardContext; children: ComponentChildren }) {
  return <h2 id="wz-heading" class="wz-heading" tabIndex={-1} ref={ctx.heading}>{children}</h2>;
}

export function Cites({ rules, decisions, ctx }: { rules: string[]; decisions?: string[] | undefined; ctx: PartsContext }) {
  return (
    <span class="wz-cites">
      {rules.map((id) => (
        <a class="wz-rule" href={ctx.link(ctx.data.rules[id]!.path)}><span class="visually-hidden">依据规则 </span>{id}</a>
      ))}
      {decisions?.map((id) => <a class="wz-rule wz-decision-ref" href={`#wz-${id}`}><span class="visually-hidden">见解读 </span>{id}</a>)}
    </span>
  );
}

export function DecisionNotes({ ids, ctx }: { ids: string[]; ctx: PartsContext }) {
  return <>{ids.map((id) => {
    const d = ctx.data.decisions[id]!;
    return (
      <aside class="wz-decision" id={`wz-${id}`} aria-label={`说明：${d.title}`}>
        <p class="wz-decision-title">说明 · {d.title}<span>（本站解读 {d.id}）</span></p>
        <p>{d.text}</p>
      </aside>
    );
  })}</>;
}
