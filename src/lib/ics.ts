// The 对公打款 deadline as an iCalendar (RFC 5545) file: one all-day event on the safe day (D4), the
// earlier of the two readings, so a reminder never comes too late. The event's text quotes the source
// (R20) as the source and names the dates as the site's reading.
import { addDays, formatChinese, formatIso, type Deadline, type PlainDate } from './deadline.ts';

/** Escapes TEXT values: backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line at 75 octets without splitting a UTF-8 character (continuation lines start with a space). */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = new TextEncoder().encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // a continuation's leading space counts
    if (octets + size > limit) { out.push(current); current = ''; octets = 0; }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (d: PlainDate) => formatIso(d).replace(/-/g, '');
function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** The event's title and text: the source's words quoted as such, both dates as the site's reading. */
export function deadlineEventText(deadline: Deadline, deadlineDays: number): { summary: string; description: string } {
  return {
    summary: '小程序注册：最稳妥的对公打款截止日',
    description: `原文：“请在${deadlineDays}天内完成汇款，否则将注册失败。”原文没有说提交当天算不算。`
      + `本站的解读（D4，北京时间）：提交当天算第 1 天，最稳妥是在${formatChinese(deadline.safeDay)}及以前汇款；`
      + `若提交当天不计入，最晚可能到${formatChinese(deadline.lastPossibleDay)}。`
      + `提交主体信息日期：${formatChinese(deadline.submitted)}。`,
  };
}

export interface IcsInput {
  deadline: Deadline;
  /** Days to remit (limits.yaml remittance.deadlineDays), quoted in the text. */
  deadlineDays: number;
  /** Absolute address of the page, shown in the event. */
  url?: string;
  /** Domain for the UID, e.g. "docs.example.com". */
  uidDomain: string;
  now: Date;
}

/** A one-event calendar: an all-day event on the safe day. Lines end in CRLF. */
export function deadlineIcs({ deadline, deadlineDays, url, uidDomain, now }: IcsInput): string {
  const { summary, description } = deadlineEventText(deadline, deadlineDays);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//miniprogram-onboarding-guide//remittance-deadline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:remittance-${compact(deadline.submitted)}-${compact(deadline.safeDay)}@${uidDomain}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${compact(deadline.safeDay)}`,
    `DTEND;VALUE=DATE:${compact(addDays(deadline.safeDay, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
