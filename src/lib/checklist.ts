// The registration checklist: which steps a profile takes (steps.yaml + stepApplies), the status of
// each step, progress, and the stored shape of a reader's progress with its versions.
import type { AccountShape } from './steps.ts';
import { stepApplies } from './steps.ts';
import type { Step, Track } from './rules/types.ts';
import type { Schema } from './storage.ts';
import { mergeChecklist } from './checklist-merge.ts';

export const statuses = ['todo', 'doing', 'done'] as const;
export type Status = (typeof statuses)[number];
export const statusLabels: Record<Status, string> = { todo: '未开始', doing: '进行中', done: '已完成' };
export const isStatus = (x: unknown): x is Status => typeof x === 'string' && (statuses as readonly string[]).includes(x);

export interface ChecklistTrack { track: Track; steps: Step[] }

/** Every track with at least one step for this account, in data order; optional tracks included. */
export function checklistTracks(tracks: Track[], steps: Step[], account: AccountShape): ChecklistTrack[] {
  return tracks
    .map((track) => ({ track, steps: steps.filter((s) => s.track === track.id && stepApplies(s, account)) }))
    .filter((t) => t.steps.length > 0);
}

/** The tracks the reader follows: every required track, plus the chosen optional ones. */
export function selectedTracks(all: ChecklistTrack[], chosenOptional: readonly string[]): ChecklistTrack[] {
  return all.filter((t) => !t.track.optional || chosenOptional.includes(t.track.id));
}

/**
 * `?tracks=payment,open-platform` -> the listed ids that are optional tracks of this profile, in data
 * order, and the entries that are not (shown as ignored). Null when the link has no `tracks`.
 */
export function parseTracksParam(value: string | null, tracks: readonly Pick<Track, 'id' | 'optional'>[]): { ids: string[]; junk: string[] } | null {
  if (value === null) return null;
  const asked = new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  const ids = tracks.filter((t) => t.optional && asked.has(t.id)).map((t) => t.id);
  return { ids, junk: [...asked].filter((a) => !ids.includes(a)) };
}

export interface Progress { done: number; doing: number; total: number; percent: number }

export function progress(stepIds: readonly string[], statusOf: Readonly<Record<string, Status>>): Progress {
  let done = 0;
  let doing = 0;
  for (const id of stepIds) {
    if (statusOf[id] === 'done') done++;
    else if (statusOf[id] === 'doing') doing++;
  }
  const total = stepIds.length;
  return { done, doing, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100) };
}

// ---- What is stored (version 3) ----
// { v: 3, data: { profiles: { "<profileSlug>": {
//     statuses: { "<stepId>": { value: "todo"|"doing"|"done", at: <ms> } },
//     tracks: { value: ["payment", ...] | null, at: <ms> },
//     submittedOn: { value: "YYYY-MM-DD" | null, at: <ms> } } } } }
// `at` is when that one field last changed (Date.now() of the tab that changed it; 0 = saved before
// version 3), so two tabs, or an imported file, are merged field by field: the newer change wins
// (mergeChecklist in checklist-merge.ts). A step's status stays stored while its track is hidden.
// Version 2 stored bare values: statuses: { "<stepId>": "done" }, tracks: [...] | null, submittedOn: "…" | null.
// Version 1 (the first release) stored only ticks: { v: 1, data: { "<profileSlug>": { "<stepId>": true|false } } }.

export interface Stamped<T> { value: T; at: number }
export interface ProfileProgress {
  statuses: Record<string, Stamped<Status>>;
  /** Optional tracks the reader added; null when never chosen. */
  tracks: Stamped<string[] | null>;
  /** Day the subject information was submitted, YYYY-MM-DD, for the remittance deadline. */
  submittedOn: Stamped<string | null>;
}
export interface ChecklistData { profiles: Record<string, ProfileProgress> }

export { emptyProfileProgress } from './checklist-merge.ts';

/** Whether anything was ever saved for this profile (then a link's tracks are offered, not applied). */
export const hasProgress = (p: ProfileProgress | undefined): boolean =>
  !!p && (Object.keys(p.statuses).length > 0 || p.tracks.value !== null || p.submittedOn.value !== null);

/** The status of each step, for display and progress. */
export const statusMap = (p: ProfileProgress): Record<string, Status> =>
  Object.fromEntries(Object.entries(p.statuses).map(([id, s]) => [id, s.value]));

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const slugPattern = /^[a-z][a-z0-9-]{0,60}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isTime = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x) && x >= 0;
const isTracks = (x: unknown): x is string[] | null => x === null || (Array.isArray(x) && x.every((t) => typeof t === 'string' && slugPattern.test(t)));
const isDate = (x: unknown): x is string | null => x === null || (typeof x === 'string' && isoDate.test(x));

function validateProfile(slug: string, p: unknown): ProfileProgress | string {
  if (!isRecord(p)) return `“${slug}”的进度格式不对。`;
  const { statuses: st, tracks, submittedOn } = p;
  if (!isRecord(st)) return `“${slug}”缺少步骤状态。`;
  const out: Record<string, Stamped<Status>> = {};
  for (const [id, s] of Object.entries(st)) {
    if (!slugPattern.test(id)) return `“${slug}”里有无效的步骤编号。`;
    if (!isRecord(s) || !isStatus(s.value) || !isTime(s.at)) return `“${slug}”里步骤“${id}”的状态无效。`;
    out[id] = { value: s.value, at: s.at };
  }
  if (!isRecord(tracks) || !isTracks(tracks.value) || !isTime(tracks.at) || !isRecord(submittedOn) || !isDate(submittedOn.value) || !isTime(submittedOn.at)) {
    return `“${slug}”的可选项目或提交日期无效。`;
  }
  return {
    statuses: out,
    tracks: { value: tracks.value && [...tracks.value], at: tracks.at },
    submittedOn: { value: submittedOn.value, at: submittedOn.at },
  };
}

export function validateChecklistData(data: unknown): { ok: true; data: ChecklistData } | { ok: false; reason: string } {
  if (!isRecord(data) || !isRecord(data.profiles)) return { ok: false, reason: '缺少各帐号类型的进度。' };
  const profiles: Record<string, ProfileProgress> = {};
  for (const [slug, p] of Object.entries(data.profiles)) {
    if (!slugPattern.test(slug)) return { ok: false, reason: '帐号类型的编号无效。' };
    const checked = validateProfile(slug, p);
    if (typeof checked === 'string') return { ok: false, reason: checked };
    profiles[slug] = checked;
  }
  return { ok: true, data: { profiles } };
}

/** v1 -> v2: a tick becomes 已完成, no tick 未开始; tracks and date were not stored yet. */
// A wrong shape throws (Object.entries of nothing, a tick that is not true/false) or fails validation afterwards.
export function migrateV1(data: unknown): unknown {
  const profiles: Record<string, unknown> = {};
  for (const [slug, ticks] of Object.entries(data as Record<string, Record<string, unknown>>)) {
    const st: Record<string, unknown> = {};
    for (const [id, ticked] of Object.entries(ticks)) {
      if (typeof ticked !== 'boolean') throw new Error('v1 tick is not true/false');
      st[id] = ticked ? 'done' : 'todo';
    }
    profiles[slug] = { statuses: st, tracks: null, submittedOn: null };
  }
  return { profiles };
}

interface V2Profile { statuses: Record<string, unknown>; tracks?: unknown; submittedOn?: unknown }
/** v2 -> v3: every value gets the time 0 ("before any timed change"), so any later change wins a merge. */
export function migrateV2(data: unknown): unknown {
  const stamp = (value: unknown) => ({ value, at: 0 });
  const profiles: Record<string, unknown> = {};
  for (const [slug, p] of Object.entries((data as { profiles: Record<string, V2Profile> }).profiles)) {
    profiles[slug] = {
      statuses: Object.fromEntries(Object.entries(p.statuses).map(([id, s]) => [id, stamp(s)])),
      tracks: stamp(p.tracks ?? null),
      submittedOn: stamp(p.submittedOn ?? null),
    };
  }
  return { profiles };
}

export const checklistStorageKey = 'mp-guide.checklist';

export const checklistSchema: Schema<ChecklistData> = {
  key: checklistStorageKey,
  version: 3,
  migrations: { 1: migrateV1, 2: migrateV2 },
  validate: validateChecklistData,
  empty: () => ({ profiles: {} }),
  merge: mergeChecklist,
};
