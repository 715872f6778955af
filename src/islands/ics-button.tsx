// The .ics button of the remittance deadline; in WeChat's browser, which blocks downloads, what to do
// instead. Apart from deadline-view.tsx so the calculators that do not use it do not carry it.
import type { Deadline } from '../lib/deadline.ts';
import { isWeChat, openInBrowserHint } from '../lib/wechat.ts';
import { downloadIcs } from './deadline-view.tsx';

/** Rendered only after hydration (the deadline needs a date the reader entered), so reading the user agent is safe. */
export function IcsButton({ deadline, deadlineDays, label }: { deadline: Deadline; deadlineDays: number; label: string }) {
  if (isWeChat(navigator.userAgent)) {
    return <p class="calc-note share-wechat">在微信里打开时，通常无法下载日历文件：请把日期记到手机日历，或{openInBrowserHint}后再加入。</p>;
  }
  return (
    <p class="calc-actions no-print">
      <button type="button" class="button secondary" onClick={() => { downloadIcs(deadline, deadlineDays, location.href).catch(() => {}); }}>{label}</button>
    </p>
  );
}
