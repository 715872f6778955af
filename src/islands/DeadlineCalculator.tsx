// 对公打款期限 (R19-R20, D4): the day the subject information was submitted -> the safe day and the
// last possible day to remit (two readings), where today stands in China time, and an .ics file.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { chinaTimeZone, dateInZone, formatIso, isPastSafeDay, parseDate, remittanceDeadline, type DateParse } from '../lib/deadline.ts';
import { readParam } from '../lib/url-state.ts';
import { Calculator, ResultArea, TextField, useUrlSync, type RuleLinks } from './ui.tsx';
import { DeadlineSummary } from './deadline-view.tsx';
import { IcsButton } from './ics-button.tsx';

export interface DeadlineCalculatorProps {
  idPrefix: string;
  deadlineDays: number;
  links: RuleLinks;
  syncUrl?: boolean;
  /** How the deadline is counted (static text rendered by the page, shown below the result). */
  children?: ComponentChildren;
}

export default function DeadlineCalculator({ idPrefix, deadlineDays, links, syncUrl = false, children }: DeadlineCalculatorProps) {
  const [raw, setRaw] = useState('');
  // Why the address's date was refused (overlong), until the reader types a date.
  const [refused, setRefused] = useState<string | null>(null);

  useUrlSync(syncUrl, (search) => {
    const r = readParam(search, 'submitted');
    setRaw(r.value ?? '');
    setRefused(r.refused);
  }, { submitted: raw });

  const id = (name: string) => `${idPrefix}-${name}`;
  const label = '提交主体信息的日期';
  const parsed: DateParse | null = raw.trim() === '' ? null : parseDate(raw);
  const error = refused ?? (parsed && !parsed.ok ? parsed.message : null);
  // "Today" is read when a date is entered (never while hydrating, so the server's HTML still matches).
  const deadline = parsed?.ok ? remittanceDeadline(parsed.date, deadlineDays, dateInZone(new Date(), chinaTimeZone)) : null;

  return (
    <Calculator titleId={id('title')} title="对公打款期限计算">
      <TextField id={id('submitted')} label={label} hint="即看到打款信息的那一天，例如 2024-02-29。" error={error}
        type="date" value={parsed?.ok ? formatIso(parsed.date) : raw} min="2000-01-01" max="2100-12-31" onInput={(v) => { setRaw(v); setRefused(null); }} />
      <ResultArea errors={error ? [{ id: id('submitted'), label, message: error }] : []}>
        {deadline ? (
            <div class={isPastSafeDay(deadline.status) ? 'calc-answer is-over' : 'calc-answer'}>
              <DeadlineSummary deadline={deadline} deadlineDays={deadlineDays} links={links} />
              <IcsButton deadline={deadline} deadlineDays={deadlineDays} label="加入日历（下载 .ics 文件）" />
            </div>
          ) : <p class="calc-hint">选择日期后显示最稳妥和最晚可能的汇款日。</p>}
      </ResultArea>
      {children}
    </Calculator>
  );
}

