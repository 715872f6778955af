// The remittance deadline as words, shared by the calculator and the checklist; and the .ics download.
// Both dates are the site's reading (D4); only the quoted sentence is the source's (R20).
import { once } from '../client/load-once.ts';
import { formatChinese, isPastSafeDay, type Deadline } from '../lib/deadline.ts';
import { RuleRef, type RuleLinks } from './rule-ref.tsx';

/** The calendar file's builder, loaded when the reader first asks for the file. */
const calendarCode = once(() => import('../lib/ics.ts'));

export function DeadlineSummary({ deadline, deadlineDays, links }: { deadline: Deadline; deadlineDays: number; links: RuleLinks }) {
  const { status } = deadline;
  return (
    <>
      <p class="calc-result-title">
        最稳妥：<strong class={isPastSafeDay(status) ? 'over' : undefined}>{formatChinese(deadline.safeDay)}</strong>及以前汇款（提交当天算第 1 天）<br />
        最晚可能：<strong class={status.kind === 'overdue' ? 'over' : undefined}>{formatChinese(deadline.lastPossibleDay)}</strong>（提交当天不计入）
      </p>
      {status.kind === 'open' && (
        status.isSafeDay
          ? <p><strong>今天是按最稳妥算法的最后一天</strong>，请今天完成汇款。</p>
          : <p>按最稳妥的算法，包括今天在内，还有 <strong class="num">{status.daysLeft}</strong> 天。</p>
      )}
      {status.kind === 'past-safe-day' && (
        <p><strong class="over">已过最稳妥的汇款日。</strong>若提交当天不计入，今天仍在期限内（最后一天），请今天就汇款；若提交当天算第 1 天，期限已过，可能已经来不及。</p>
      )}
      {status.kind === 'overdue' && (
        <p><strong class="over">两种算法下都已超过期限</strong>（最晚可能的日期已过 <span class="num">{status.daysOverdue}</span> 天）。原文：“请在{deadlineDays}天内完成汇款，否则将注册失败。”</p>
      )}
      {status.kind === 'not-yet-submitted' && (
        <p>这一天在 <span class="num">{status.daysUntilSubmission}</span> 天之后：如果那天提交主体信息，就从那天开始计算。</p>
      )}
      <p class="calc-hint">日期按北京时间计。原文只写“{deadlineDays}天内”，两种算法都是本站的解读（D4）。<RuleRef id="R20" links={links} /></p>
    </>
  );
}

/**
 * Builds the calendar file (an event on the safe day) and hands it to the browser as a download. If its
 * code cannot load, the page's 未能加载 · 重试 bar says so (load-once.ts) and the next press tries again.
 */
export async function downloadIcs(deadline: Deadline, deadlineDays: number, pageUrl: string): Promise<void> {
  const { deadlineIcs } = await calendarCode();
  const text = deadlineIcs({
    deadline,
    deadlineDays,
    url: pageUrl.split('#')[0],
    uidDomain: location.hostname || 'mp-guide', // opened from a file: any name will do
    now: new Date(),
  });
  saveFile(text, 'text/calendar;charset=utf-8', '对公打款截止日.ics');
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
