// The 对公打款 deadline (R19-R20, D4). Dates are plain calendar dates (no time, no zone); "today" is
// the calendar date in China (Asia/Shanghai) whatever zone the reader's device is set to.
//
// The source says only "请在N天内完成汇款" and not whether the submission day counts, so D4 gives two
// readings, both counted in calendar days from the day the subject information is submitted:
// - safe day: the submission day is day 1, so the last day is submission + (N - 1). The earlier of
//   the two, so a reader who follows it cannot miss the period under either reading;
// - last possible day: the usual legal counting (《民法典》第二百零一条: 开始的当日不计入), so the last
//   day is submission + N.
// Each runs until the end of that day in China time. Neither is the source's own wording.

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
  // Invisible format characters (Cf) pasted from a chat go, as in parseCount.
  const text = raw.replace(/\p{Cf}/gu, '').normalize('NFKC').trim();
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

/** Safe day: the submission day counts as day 1 (see the note at the top). */
export function safeDayToRemit(submitted: PlainDate, deadlineDays: number): PlainDate {
  return addDays(submitted, deadlineDays - 1);
}

/** Last possible day: the submission day is not counted (开始的当日不计入). */
export function lastPossibleDayToRemit(submitted: PlainDate, deadlineDays: number): PlainDate {
  return addDays(submitted, deadlineDays);
}

export type DeadlineStatus =
  /** Submission date is after today: a plan, nothing counts down yet. */
  | { kind: 'not-yet-submitted'; daysUntilSubmission: number }
  /** On or before the safe day. Days left to the safe day including today (1 = today is the safe day). */
  | { kind: 'open'; daysLeft: number; isSafeDay: boolean }
  /** After the safe day, on or before the last possible day: in time only under the later reading. */
  | { kind: 'past-safe-day' }
  /** After the last possible day: too late under both readings. Days counted past the last possible day. */
  | { kind: 'overdue'; daysOverdue: number };

/** The safe day has passed: the reader is late under the stricter reading, perhaps under both. */
export const isPastSafeDay = (s: DeadlineStatus) => s.kind === 'past-safe-day' || s.kind === 'overdue';

export interface Deadline {
  submitted: PlainDate;
  safeDay: PlainDate;
  lastPossibleDay: PlainDate;
  today: PlainDate;
  status: DeadlineStatus;
}

export function remittanceDeadline(submitted: PlainDate, deadlineDays: number, today: PlainDate): Deadline {
  const safeDay = safeDayToRemit(submitted, deadlineDays);
  const lastPossibleDay = lastPossibleDayToRemit(submitted, deadlineDays);
  const untilSubmission = daysBetween(today, submitted);
  const toSafe = daysBetween(today, safeDay);
  const toLast = daysBetween(today, lastPossibleDay);
  const status: DeadlineStatus = untilSubmission > 0
    ? { kind: 'not-yet-submitted', daysUntilSubmission: untilSubmission }
    : toSafe >= 0
      ? { kind: 'open', daysLeft: toSafe + 1, isSafeDay: toSafe === 0 }
      : toLast >= 0
        ? { kind: 'past-safe-day' }
        : { kind: 'overdue', daysOverdue: -toLast };
  return { submitted, safeDay, lastPossibleDay, today, status };
}
