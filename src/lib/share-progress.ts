// A checklist's progress carried in its share link (`?progress=`, with the optional tracks in the
// existing `?tracks=`), so it can move to another device without a file. Pure.
//
// Format, version 1: "1.<statuses>.<date>.<time>"
//   statuses: one digit per step of the profile, every track in page order (0 未开始, 1 进行中, 2 已完成);
//             its length must match the page's steps, so a link from a version with other steps is refused
//   date:     the submission date as YYYYMMDD, or empty
//   time:     when the link was made, seconds since 1970 in base 36: the `at` of every value it carries,
//             so merging keeps whatever the receiving device changed after that
// Example (30 steps, a date): "1.222100000000000000000000000000.20260115.tp16o0" — 49 characters.
import type { ProfileProgress, Stamped, Status } from './checklist.ts';

/** The link's own codes, fixed by the format (not the order of `statuses` in checklist.ts). */
const statuses: readonly Status[] = ['todo', 'doing', 'done'];

const version = '1';

export function encodeProgress(stepIds: readonly string[], p: ProfileProgress, now: number): string {
  const digits = stepIds.map((id) => statuses.indexOf(p.statuses[id]?.value ?? 'todo')).join('');
  const date = p.submittedOn.value?.replaceAll('-', '') ?? '';
  return [version, digits, date, Math.floor(now / 1000).toString(36)].join('.');
}

export type DecodedProgress = { ok: true; progress: ProfileProgress } | { ok: false; reason: string };

/**
 * A `progress` value -> the progress it carries for a page with these steps; `tracks` are the link's
 * optional tracks (null when it names none). Steps 未开始 are left out, so merging never undoes a
 * step done elsewhere. A time after `now` counts as `now`. `isDate` is the date field's own rule
 * (YYYY-MM-DD in, parseDate of deadline.ts), handed in by the caller, which has it loaded already.
 */
export function decodeProgress(
  value: string, stepIds: readonly string[], tracks: string[] | null, now: number, isDate: (iso: string) => boolean,
): DecodedProgress {
  const bad = (reason: string): DecodedProgress => ({ ok: false, reason });
  const parts = value.split('.');
  if (parts.length !== 4 || parts[0] !== version) return bad('格式不对，可能复制时不完整');
  const [, digits, date, time] = parts as [string, string, string, string];
  if (!/^[012]*$/.test(digits)) return bad('格式不对，可能复制时不完整');
  if (digits.length !== stepIds.length) return bad('链接来自本站的另一版本，清单的步骤已有变化');
  const d = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  if (date && (!d || !isDate(`${d[1]}-${d[2]}-${d[3]}`))) return bad('提交日期无效');
  if (!/^[0-9a-z]{1,8}$/.test(time)) return bad('格式不对，可能复制时不完整');
  const at = Math.min(parseInt(time, 36) * 1000, now);
  const st: Record<string, Stamped<Status>> = {};
  stepIds.forEach((id, i) => { if (digits[i] !== '0') st[id] = { value: statuses[+digits[i]!]!, at }; });
  return {
    ok: true,
    progress: {
      statuses: st,
      tracks: tracks ? { value: tracks, at } : { value: null, at: 0 },
      submittedOn: d ? { value: `${d[1]}-${d[2]}-${d[3]}`, at } : { value: null, at: 0 },
    },
  };
}
