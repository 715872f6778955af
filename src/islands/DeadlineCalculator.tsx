// 对公打款期限 (R19-R20, D4): the day the subject information was submitted -> the last day to
// remit, days left or overdue in China time, and an .ics file for a calendar.
import { useEffect, useState } from 'preact/hooks';
import { chinaTimeZone, dateInZone, formatIso, parseDate, remittanceDeadline, type DateParse, type PlainDate } from '../lib/deadline.ts';
import { readText } from '../lib/url-state.ts';
import { Calculator, ErrorSummary, ResultArea, RuleRef, useUrlMirror, type RuleLinks } from './ui.tsx';
import { DeadlineSummary, downloadIcs } from './deadline-view.tsx';

export interface DeadlineCalculatorProps {
  idPrefix: string;
  deadlineDays: number;
  links: RuleLinks;
  syncUrl?: boolean;
}

export default function DeadlineCalculator({ idPrefix, deadlineDays, links, syncUrl = false }: DeadlineCalculatorProps) {
  const [raw, setRaw] = useState('');
  const [today, setToday] = useState<PlainDate | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (syncUrl) setRaw(readText(location.search, 'submitted') ?? '');
    setToday(dateInZone(new Date(), chinaTimeZone));
    setReady(true);
  }, []);
  useUrlMirror(syncUrl, ready, { submitted: raw });

  const id = (name: string) => `${idPrefix}-${name}`;
  const parsed: DateParse | null = raw.trim() === '' ? null : parseDate(raw);
  const error = parsed && !parsed.ok ? parsed.message : null;
  const deadline = parsed?.ok && today ? remittanceDeadline(parsed.date, deadlineDays, today) : null;

  return (
    <Calculator titleId={id('title')} title="对公打款期限计算">
      <div class={error ? 'calc-field has-error' : 'calc-field'}>
        <label for={id('submitted')}>提交主体信息的日期</label>
        <p class="calc-hint" id={id('submitted-hint')}>即看到打款信息的那一天，例如 2024-02-29。</p>
        {error && <p class="calc-error" id={id('submitted-error')}><span class="visually-hidden">输入有误：</span>{error}</p>}
        <input id={id('submitted')} type="date" value={parsed?.ok ? formatIso(parsed.date) : raw} min="2000-01-01" max="2100-12-31"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id('submitted-hint')} ${id('submitted-error')}` : id('submitted-hint')}
          onInput={(e) => setRaw((e.currentTarget as HTMLInputElement).value)} />
      </div>
      <ResultArea>
        {error ? <ErrorSummary errors={[{ id: id('submitted'), label: '提交主体信息的日期', message: error }]} />
          : deadline ? (
            <div class={deadline.status.kind === 'overdue' ? 'calc-answer is-over' : 'calc-answer'}>
              <DeadlineSummary deadline={deadline} deadlineDays={deadlineDays} links={links} />
              <p class="calc-actions">
                <button type="button" class="button secondary" onClick={() => downloadIcs(deadline, location.href)}>加入日历（下载 .ics 文件）</button>
              </p>
            </div>
          ) : <p class="calc-hint">选择日期后显示最后汇款日。</p>}
      </ResultArea>
      <p class="calc-hint">
        计算方法：按自然日计算，提交当天算第 1 天，第 <span class="num">{deadlineDays}</span> 天（北京时间）结束前须完成汇款；
        无论你的设备设在哪个时区，“今天”都按北京时间计。这是本站对“{deadlineDays}天内”的解读（D4），取两种算法中较早的一种，照此办理不会错过期限。
        <RuleRef id="R20" links={links} />
      </p>
    </Calculator>
  );
}

