// The remittance step's date field in 注册清单: the date the subject's details were submitted, and
// once it is filled, the safest and the last possible day to remit (R20, D4) with an .ics button.
import { formatChinese, formatIso, isPastSafeDay } from '../../lib/deadline.ts';
import { DeadlineSummary } from '../deadline-view.tsx';
import { IcsButton } from '../ics-button.tsx';
import { RuleRef, type RuleLinks } from '../rule-ref.tsx';
import type { useSubmittedDate } from './use-submitted-date.ts';

interface FieldProps {
  stepId: string;
  date: ReturnType<typeof useSubmittedDate>;
  deadlineDays: number;
  off: boolean;
  links: RuleLinks;
}

export function DeadlineField({ stepId, date, deadlineDays, off, links }: FieldProps) {
  const { error, deadline } = date;
  const id = `submitted-${stepId}`;
  return (
    <div class="step-deadline">
      <div class={error ? 'calc-field has-error' : 'calc-field'}>
        <label for={id}>提交主体信息的日期（计算最后汇款日）</label>
        {error && <p class="calc-error" id={`${id}-error`}><span class="visually-hidden">输入有误：</span>{error}</p>}
        <input id={id} type="date" value={date.parsed?.ok ? formatIso(date.parsed.date) : date.raw}
          min="2000-01-01" max="2100-12-31" disabled={off} aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => date.onInput((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <div aria-live="polite">
        {deadline ? (
          <div class={isPastSafeDay(deadline.status) ? 'calc-answer is-over' : 'calc-answer'}>
            <p class="print-only">提交主体信息日期：{formatChinese(deadline.submitted)}</p>
            <DeadlineSummary deadline={deadline} deadlineDays={deadlineDays} links={links} />
            <IcsButton deadline={deadline} deadlineDays={deadlineDays} label="加入日历（.ics）" />
          </div>
        ) : (
          <p class="calc-hint">填写日期后显示最稳妥和最晚可能的汇款日（本站解读 D4）。<RuleRef id="R20" links={links} /></p>
        )}
      </div>
    </div>
  );
}
