// 复制为文字: a checklist as plain text that pastes cleanly into a chat (WeChat shows no Markdown):
// title, profile, progress, each step with its status, the submission date and deadline, the link. Pure.
// It is loaded only when the reader shares (through share-panel.tsx), so what the page has already
// worked out (progress, status names, dates in words) is passed in rather than imported again.
import type { Progress, Status } from './checklist.ts';

export interface TextTrack { label: string; optional: boolean; steps: { id: string; label: string }[] }

export interface ChecklistTextInput {
  profileLabel: string;
  /** The tracks the reader follows, in page order. */
  tracks: readonly TextTrack[];
  statusOf: Readonly<Record<string, Status>>;
  statusLabels: Readonly<Record<Status, string>>;
  /** Of the steps of `tracks`, as the page shows it. */
  progress: Progress;
  /** The remittance deadline in words when a submission date is entered (本站解读 D4). */
  deadline: { submitted: string; safeDay: string; lastPossibleDay: string; deadlineDays: number } | null;
  url: string;
}

export function checklistText({ profileLabel, tracks, statusOf, statusLabels, progress: p, deadline, url }: ChecklistTextInput): string {
  const lines = [`注册清单：${profileLabel}`, `已完成 ${p.done} / ${p.total} 步（${p.percent}%）${p.doing ? `，进行中 ${p.doing} 步` : ''}`];
  let n = 0;
  for (const t of tracks) {
    lines.push('', `【${t.label}${t.optional ? '（可选）' : ''}】`);
    for (const s of t.steps) lines.push(`${++n}. [${statusLabels[statusOf[s.id] ?? 'todo']}] ${s.label}`);
  }
  if (deadline) {
    lines.push(
      '',
      `提交主体信息：${deadline.submitted}`,
      // The rule and both readings travel with the dates: a chat shows none of the page around them.
      `对公打款（指南：请在${deadline.deadlineDays}天内完成汇款，否则将注册失败）：最稳妥 ${deadline.safeDay} 及以前（提交当天算第 1 天）；`
        + `最晚可能 ${deadline.lastPossibleDay}（提交当天不计入）。日期按北京时间，两种算法都是本站的解读（D4）。`,
    );
  }
  lines.push('', `清单链接（含进度）：${url}`);
  return lines.join('\n');
}
