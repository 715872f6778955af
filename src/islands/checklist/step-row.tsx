// One row of 注册清单: a real checkbox labelled by the step (checked = 已完成), a status tag in the
// GOV.UK manner, a small toggle for 进行中, and the guide link as a separate "怎么做". Without
// JavaScript the checkbox gives way to a printable empty box and the tag is not shown.
import type { ComponentChildren } from 'preact';
import { statusLabels, type Status } from '../../lib/checklist.ts';
import { stepAnchor } from '../../lib/saved-lists.ts';
import type { RuleLinks } from '../rule-ref.tsx';

/** `more`: a tool that answers the step for this subject; `blocked`: why it waits (R24/R25) and the step that lifts it. */
export interface ChecklistStep {
  id: string; label: string; href: string; rules: string[]; deadline: boolean;
  /**
   * How the step stands today where that differs from the guide (today.yaml): markup rendered at build
   * time from the site's own data (components/now/now-line.tsx), so the island ships none of its code.
   */
  nowHtml?: string;

  more?: { href: string; text: string };
  blocked?: { text: string; rules: string[]; until: string };
}

export const checkId = (stepId: string) => `check-${stepId}`;

interface RowProps {
  step: ChecklistStep;
  status: Status;
  /** The status and label of the step that lifts `blocked`. */
  until?: { label: string; status: Status };
  off: boolean;
  set: (status: Status) => void;
  ruleHrefs: RuleLinks;
  children?: ComponentChildren;
}

export function StepRow({ step: s, status, until, off, set, ruleHrefs, children }: RowProps) {
  const rule = (r: string) => <a class="calc-rule" href={ruleHrefs[r]}><span class="visually-hidden">规则 </span>{r}</a>;
  return (
    <li class="checklist-step" id={stepAnchor(s.id)} data-status={status} data-step={s.id}>
      <span class="check-box nojs-only-inline" aria-hidden="true" />
      <input class="step-check js-only" type="checkbox" id={checkId(s.id)} checked={status === 'done'} disabled={off}
        aria-describedby={`tag-${s.id}`} onChange={(e) => set((e.currentTarget as HTMLInputElement).checked ? 'done' : 'todo')} />
      <div class="step-main">
        <div class="step-head">
          <label class="step-title" for={checkId(s.id)}>{s.label}</label>
          <strong class="status-tag js-only-inline" id={`tag-${s.id}`} data-status={status}>{statusLabels[status]}</strong>
        </div>
        {s.nowHtml && <div class="step-now" dangerouslySetInnerHTML={{ __html: s.nowHtml }} />}
        {s.blocked && (
          <p class="step-blocked" data-open={until?.status === 'done' ? 'true' : undefined}>
            <span class="step-blocked-label">{until?.status === 'done' ? '现在可以办理' : '暂不能办理'}</span>
            {s.blocked.text}{s.blocked.rules.map(rule)}
            {until && <> 见步骤：<a href={`#${stepAnchor(s.blocked.until)}`}>{until.label}</a></>}
          </p>
        )}
        <div class="step-actions">
          <a class="step-how" href={s.href} aria-label={`怎么做：${s.label}`}>怎么做</a>
          {s.rules.map(rule)}
          {s.more && <a class="step-more no-print" href={s.more.href}>{s.more.text}</a>}
          {status !== 'done' && (
            <button type="button" class="step-doing js-only" aria-pressed={status === 'doing'} disabled={off}
              aria-label={`标记为进行中：${s.label}`} onClick={() => set(status === 'doing' ? 'todo' : 'doing')}>
              标记为进行中
            </button>
          )}
        </div>
        {children}
      </div>
    </li>
  );
}
