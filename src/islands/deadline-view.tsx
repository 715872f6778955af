// The remittance deadline as words, shared by the calculator and the checklist; and the .ics download.
import { deadlineIcs, formatChinese, type Deadline } from '../lib/deadline.ts';
import { RuleRef, type RuleLinks } from './ui.tsx';

export function DeadlineSummary({ deadline, deadlineDays, links }: { deadline: Deadline; deadlineDays: number; links: RuleLinks }) {
  const { status } = deadline;
  return (
    <>
      <p class="calc-result-title">
        最后汇款日：<strong class={status.kind === 'overdue' ? 'over' : undefined}>{formatChinese(deadline.lastDay)}</strong>（北京时间当天结束前）<RuleRef id="R20" links={links} />
      </p>
      {status.kind === 'open' && (
        status.isLastDay
          ? <p><strong>今天就是最后一天</strong>，请今天完成汇款。</p>
          : <p>包括今天在内，还有 <strong class="num">{status.daysLeft}</strong> 天。</p>
      )}
      {status.kind === 'overdue' && (
        <p><strong class="over">已超过期限 <span class="num">{status.daysOverdue}</span> 天。</strong>按原文，超过 <span class="num">{deadlineDays}</span> 天未完成汇款将注册失败。</p>
      )}
      {status.kind === 'not-yet-submitted' && (
        <p>这一天在 <span class="num">{status.daysUntilSubmission}</span> 天之后：如果那天提交主体信息，就从那天开始计算。</p>
      )}
    </>
  );
}

/** Builds the calendar file and hands it to the browser as a download. */
export function downloadIcs(deadline: Deadline, pageUrl: string): void {
  const text = deadlineIcs({
    deadline,
    summary: '小程序注册：对公打款最后一天',
    description: `请在北京时间${formatChinese(deadline.lastDay)}结束前，按注册页面提示向指定收款帐号汇入指定金额，否则将注册失败。提交主体信息日期：${formatChinese(deadline.submitted)}。`,
    url: pageUrl.split('#')[0],
    uidDomain: location.hostname || 'localhost',
    now: new Date(),
  });
  saveFile(text, 'text/calendar;charset=utf-8', '对公打款最后一天.ics');
}

export function saveFile(text: string, type: string, name: string): void {
  const blob = new Blob([text], { type });
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}
