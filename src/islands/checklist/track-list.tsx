// 注册清单's tracks: the progress line, the choice of optional tracks, and each track shown with its
// steps (the remittance step with its date field).
import type { ComponentChildren } from 'preact';
import type { Progress, Status } from '../../lib/checklist.ts';
import type { RuleLinks } from '../rule-ref.tsx';
import { StepRow, type ChecklistStep } from './step-row.tsx';

export interface ChecklistTrackView { id: string; label: string; optional: boolean; steps: ChecklistStep[] }

export function ProgressLine({ progress: p }: { progress: Progress }) {
  return (
    <div class="checklist-progress" aria-live="polite">
      <p class="checklist-progress-text">
        <span class="js-only-inline">
          已完成 <strong class="num">{p.done}</strong> / <span class="num">{p.total}</span> 步（{p.percent}%）
          {p.doing > 0 && <>，进行中 <span class="num">{p.doing}</span> 步</>}
        </span>
        <span class="nojs-only-inline">共 <span class="num">{p.total}</span> 步（含可选项目）。打印后可逐项勾选。</span>
      </p>
      <progress class="js-only" max={Math.max(1, p.total)} value={p.done} aria-label="完成进度">{p.percent}%</progress>
    </div>
  );
}

interface ChoiceProps { optional: ChecklistTrackView[]; chosen: (id: string) => boolean; off: boolean; toggle: (id: string, on: boolean) => void }

export function TrackChoice({ optional, chosen, off, toggle }: ChoiceProps) {
  return (
    <fieldset class="calc-choice checklist-tracks js-only">
      <legend>可选办理项目（勾选后加入清单）</legend>
      <div class="calc-options">
        {optional.map((t) => (
          <label>
            <input type="checkbox" checked={chosen(t.id)} disabled={off}
              onChange={(e) => toggle(t.id, (e.currentTarget as HTMLInputElement).checked)} />
            <span>{t.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface TrackProps {
  track: ChecklistTrackView;
  statusOf: Record<string, Status>;
  labels: Record<string, string>;
  off: boolean;
  set: (stepId: string, status: Status) => void;
  ruleHrefs: RuleLinks;
  /** What the step with the deadline shows under it (none when the profile has no deadline). */
  deadlineField: ((stepId: string) => ComponentChildren) | null;
}

export function TrackSection({ track: t, statusOf, labels, off, set, ruleHrefs, deadlineField }: TrackProps) {
  return (
    <section class="checklist-track" aria-labelledby={`track-${t.id}`}>
      <h2 id={`track-${t.id}`}>{t.label}{t.optional && <span class="track-optional">可选</span>}</h2>
      <ol class="checklist-steps">
        {t.steps.map((s) => (
          <StepRow step={s} status={statusOf[s.id] ?? 'todo'} off={off} set={(x) => set(s.id, x)} ruleHrefs={ruleHrefs}
            until={s.blocked && { label: labels[s.blocked.until] ?? '', status: statusOf[s.blocked.until] ?? 'todo' }}>
            {s.deadline && deadlineField?.(s.id)}
          </StepRow>
        ))}
      </ol>
    </section>
  );
}
