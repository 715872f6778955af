// The registration checklist: which steps a profile takes (steps.yaml + stepApplies), the status of
// each step, progress, and the stored shape of a reader's progress with its versions.
import type { AccountShape } from './steps.ts';
import { stepApplies } from './steps.ts';
import type { Step, Track } from './rules/types.ts';
import type { Schema } from './storage.ts';

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

/** `?tracks=payment,open-platform` -> the listed ids that are optional tracks of this profile, in data order. */
export function parseTracksParam(value: string | null, tracks: readonly Pick<Track, 'id' | 'optional'>[]): string[] | null {
  if (value === null) return null;
  const asked = new Set(value.split(',').map((s) => s.trim()).filter(Boolean));
  return tracks.filter((t) => t.optional && asked.has(t.id)).map((t) => t.id);
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

// ---- What is stored (version 2) ----
// { v: 2, data: { profiles: { "<profileSlug>": { statuses: { "<stepId>": "todo"|"doing"|"done" },
//                                                   tracks: ["payment", ...], submittedOn: "YYYY-MM-DD" | null } } } }
// Version 1 (the first release) stored only ticks: { v: 1, data: { "<profileSlug>": { "<stepId>": true|false } } }.

export interface ProfileProgress {
  statuses: Record<string, Status>;
  /** Optional tracks the reader added; null when never chosen. */
  tracks: string[] | null;
  /** Day the subject information was submitted, YYYY-MM-DD, for the remittance deadline. */
  submittedOn: string | null;
}
export interface ChecklistData { profiles: Record<string, ProfileProgress> }

export const emptyProfileProgress = (): ProfileProgress => ({ statuses: {}, tracks: null, submittedOn: null });

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const slugPattern = /^[a-z][a-z0-9-]{0,60}$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function validateProfile(slug: string, p: unknown): ProfileProgress | string {
  if (!isRecord(p)) return `“${slug}”的进度格式不对。`;
  const { statuses: st, tracks, submittedOn } = p;
  if (!isRecord(st)) return `“${slug}”缺少步骤状态。`;
  const out: Record<string, Status> = {};
  for (const [id, value] of Object.entries(st)) {
    if (!slugPattern.test(id)) return `“${slug}”里有无效的步骤编号。`;
    if (!isStatus(value)) return `“${slug}”里步骤“${id}”的状态无效。`;
    out[id] = value;
  }
  if (tracks !== null && !(Array.isArray(tracks) && tracks.every((t) => typeof t === 'string' && slugPattern.test(t)))) {
    return `“${slug}”的可选项目列表无效。`;
  }
  if (submittedOn !== null && !(typeof submittedOn === 'string' && isoDate.test(submittedOn))) {
    return `“${slug}”的提交日期无效。`;
  }
  return { statuses: out, tracks: tracks === null ? null : [...(tracks as string[])], submittedOn: submittedOn as string | null };
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
export function migrateV1(data: unknown): unknown {
  if (!isRecord(data)) throw new Error('v1 data is not an object');
  const profiles: Record<string, unknown> = {};
  for (const [slug, ticks] of Object.entries(data)) {
    if (!isRecord(ticks)) throw new Error('v1 profile is not an object');
    const st: Record<string, unknown> = {};
    for (const [id, ticked] of Object.entries(ticks)) {
      if (typeof ticked !== 'boolean') throw new Error('v1 tick is not a boolean');
      st[id] = ticked ? 'done' : 'todo';
    }
    profiles[slug] = { statuses: st, tracks: null, submittedOn: null };
  }
  return { profiles };
}

export const checklistStorageKey = 'mp-guide.checklist';

export const checklistSchema: Schema<ChecklistData> = {
  key: checklistStorageKey,
  version: 2,
  migrations: { 1: migrateV1 },
  validate: validateChecklistData,
  empty: () => ({ profiles: {} }),
};

/** Imported progress overrides the stored progress of the same profiles; others are kept. */
export function mergeImported(current: ChecklistData, imported: ChecklistData): ChecklistData {
  return { profiles: { ...current.profiles, ...imported.profiles } };
}
