// The 对公打款 deadline (R19-R20, D4). Dates are plain calendar dates (no time, no zone); "today" is
// the calendar date in China (Asia/Shanghai) whatever zone the reader's device is set to.
//
// How "10天内" is counted (D4: calendar days, counted from the day the subject information is
// submitted): the submission day is day 1, so with a limit of N days the last day to remit is
// submission + (N - 1) days, until the end of that day in China time. This is the earlier of the two
// possible readings (the other would not count the submission day), so following it never misses
// the deadline.

export interface PlainDate { year: number; month: number; day: number }

export type DateParse = { ok: true; date: PlainDate } | { ok: false; message: string };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const formatIso = (d: PlainDate) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const formatChinese = (d: PlainDate) => `${d.year}年${d.month}月${d.day}日`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Accepts 2024-02-29, 2024/2/29, 2024.2.29 and 2024年2月29日 (full-width digits too). */
export function parseDate(raw: string): DateParse {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return { ok: false, message: '请填写提交主体信息的日期，例如 2024-02-29。' };
  const m = /^(\d{4})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})\s*日?$/.exec(text);
  if (!m) return { ok: false, message: '日期格式不对，请按“年-月-日”填写，例如 2024-02-29。' };
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 2000 || year > 2100) return { ok: false, message: '年份不对，请填写 2000 到 2100 年之间的日期。' };
  if (month < 1 || month > 12) return { ok: false, message: '月份应在 1 到 12 之间。' };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, message: `${year}年${month}月没有${day}日。` };
  return { ok: true, date: { year, month, day } };
}

const toEpochDay = (d: PlainDate) => Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
function fromEpochDay(n: number): PlainDate {
  const t = new Date(n * 86_400_000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export const addDays = (d: PlainDate, days: number) => fromEpochDay(toEpochDay(d) + days);
/** b - a in whole days. */
export const daysBetween = (a: PlainDate, b: PlainDate) => toEpochDay(b) - toEpochDay(a);

export const chinaTimeZone = 'Asia/Shanghai';

/** The calendar date at `now` in a time zone (China by default), via Intl: no date library. */
export function dateInZone(now: Date, timeZone = chinaTimeZone): PlainDate {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The last day to remit: the submission day counts as day 1 (see the note at the top). */
export function lastDayToRemit(submitted: PlainDate, deadlineDays: number): PlainDate {
  return addDays(submitted, deadlineDays - 1);
}

export type DeadlineStatus =
  /** Submission date is after today: a plan, nothing counts down yet. */
  | { kind: 'not-yet-submitted'; daysUntilSubmission: number }
  /** Days left including today (1 = today is the last day). */
  | { kind: 'open'; daysLeft: number; isLastDay: boolean }
  | { kind: 'overdue'; daysOverdue: number };

export interface Deadline { submitted: PlainDate; lastDay: PlainDate; today: PlainDate; status: DeadlineStatus }

export function remittanceDeadline(submitted: PlainDate, deadlineDays: number, today: PlainDate): Deadline {
  const lastDay = lastDayToRemit(submitted, deadlineDays);
  const untilSubmission = daysBetween(today, submitted);
  const left = daysBetween(today, lastDay) + 1;
  const status: DeadlineStatus = untilSubmission > 0
    ? { kind: 'not-yet-submitted', daysUntilSubmission: untilSubmission }
    : left >= 1
      ? { kind: 'open', daysLeft: left, isLastDay: left === 1 }
      : { kind: 'overdue', daysOverdue: 1 - left };
  return { submitted, lastDay, today, status };
}

// ---- iCalendar (RFC 5545) ----

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

export interface IcsInput {
  deadline: Deadline;
  summary: string;
  description: string;
  /** Absolute address of the page, shown in the event. */
  url?: string;
  /** Domain for the UID, e.g. "docs.example.com". */
  uidDomain: string;
  now: Date;
}

/** A one-event calendar: an all-day event on the last day to remit. Lines end in CRLF. */
export function deadlineIcs({ deadline, summary, description, url, uidDomain, now }: IcsInput): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//miniprogram-onboarding-guide//remittance-deadline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:remittance-${compact(deadline.submitted)}-${compact(deadline.lastDay)}@${uidDomain}`,
    `DTSTAMP:${utcStamp(now)}`,
    `DTSTART;VALUE=DATE:${compact(deadline.lastDay)}`,
    `DTEND;VALUE=DATE:${compact(addDays(deadline.lastDay, 1))}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}
