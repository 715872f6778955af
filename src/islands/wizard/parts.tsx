// The parts of the 资格自查 page that only show data — rule citations, reading decisions, notes on
// today's rules, the lines and steps of an outcome — kept apart from the wizard's state and navigation;
// and the context every view of the wizard is given.
import type { ComponentChildren, JSX, RefObject } from 'preact';
import type { EligibilityData } from '../../lib/eligibility/data.ts';
import type { Line, Outcome } from '../../lib/eligibility/outcome.ts';
import type { Answers, WizardState } from '../../lib/eligibility/questions.ts';
import { confidenceLabel, supersededStatusLabel } from '../../lib/rules/superseded-labels.ts';

export interface PartsContext { data: EligibilityData; link: (path: string) => string }

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

export const toneText = { ok: '符合', warn: '注意', blocker: '不符合', info: '' } as const;
export const toneIcon = { ok: '✓', warn: '!', blocker: '✗', info: '' } as const;

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

/** What is known about a rule today (D11), as the guide's Superseded component shows it. */
export function SupersededNotes({ ids, ctx }: { ids: string[]; ctx: PartsContext }) {
  return <>{ids.map((id) => {
    const n = ctx.data.superseded.find((x) => x.id === id)!;
    const kind = supersededStatusLabel[n.status];
    return (
      <aside class="superseded" aria-label={`${kind}：${n.title}`}>
        <p class="superseded-kind">
          <span class="superseded-chip">{kind}</span>
          {n.rules.length > 0 && <span class="superseded-rules">涉及<Cites rules={n.rules} ctx={ctx} /></span>}
        </p>
        <p class="superseded-title">{n.title}</p>
        <p>{n.text}</p>
        <p class="superseded-sources-label">来源：</p>
        <ul class="superseded-sources">
          {n.sources.map((src) => (
            <li>
              <a class="external" href={src.url} rel="noopener" target="_blank">
                {src.title}<span class="visually-hidden">（外部链接，在新窗口打开）</span>
              </a>
              <span class="source-date">（{src.date}）</span>
              <span class={`confidence confidence-${src.confidence}`}>可信度：{confidenceLabel[src.confidence]}</span>
            </li>
          ))}
        </ul>
      </aside>
    );
  })}</>;
}

export function Lines({ items, ctx }: { items: Line[]; ctx: PartsContext }) {
  return (
    <ul class="wz-lines">
      {items.map((l) => (
        <li class={`wz-line wz-${l.tone}`}>
          {l.tone !== 'info' && <span class="wz-icon" aria-hidden="true">{toneIcon[l.tone]}</span>}
          <span>
            {l.tone !== 'info' && <span class="visually-hidden">{toneText[l.tone]}：</span>}
            {l.text}<Cites rules={l.rules} decisions={l.decisions} ctx={ctx} />
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The registration steps of an outcome, each with its condition, citations and deadline. */
export function Steps({ outcome, ctx }: { outcome: Outcome; ctx: PartsContext }) {
  return (
    <ol class="wz-steps">
      {outcome.steps.map((s) => (
        <li>
          {s.condition && <span class="wz-condition">（选择{s.condition}时）</span>}{s.text}<Cites rules={s.rules} ctx={ctx} />
          {s.deadline && <strong class="wz-deadline">{s.deadline.text}<Cites rules={[]} decisions={s.deadline.decisions} ctx={ctx} /></strong>}
        </li>
      ))}
    </ol>
  );
}
