// Merging and comparing stored checklist progress, field by field (a field: one step's status, the
// chosen tracks, the submission date), each carrying the time it last changed. Pure.
import type { ChecklistData, ProfileProgress, Stamped, Status } from './checklist.ts';

type Value = Status | string[] | string | null;
/** A step id, or '#tracks' / '#date' (never a step id: those start with a letter). */
export type Field = string;
export interface Change { profile: string; field: Field; from: Value; to: Value }

export const emptyProfileProgress = (): ProfileProgress => ({ statuses: {}, tracks: { value: null, at: 0 }, submittedOn: { value: null, at: 0 } });
const key = (v: Value) => JSON.stringify(v);
// On equal times the choice must not depend on which side is "a" (both tabs then agree): the further
// status wins (a tick is never lost to a tie), then tracks over none, then the later date.
const rank = (v: Value) => (v === null ? '' : v === 'todo' ? '0' : v === 'doing' ? '1' : v === 'done' ? '2' : '3' + key(v));

function newer<T extends Value>(a: Stamped<T> | undefined, b: Stamped<T> | undefined): Stamped<T> {
  if (!a || !b) return (a ?? b)!;
  return a.at > b.at || (a.at === b.at && rank(a.value) >= rank(b.value)) ? a : b;
}

const sortedKeys = (a: object, b: object) => Object.keys({ ...a, ...b }).sort();

/** Both sides' progress, keeping the newer value of every field; the result's keys are sorted. */
export function mergeChecklist(a: ChecklistData, b: ChecklistData): ChecklistData {
  const profiles: Record<string, ProfileProgress> = {};
  for (const slug of sortedKeys(a.profiles, b.profiles)) {
    const x = a.profiles[slug] ?? emptyProfileProgress();
    const y = b.profiles[slug] ?? emptyProfileProgress();
    const statuses: Record<string, Stamped<Status>> = {};
    for (const id of sortedKeys(x.statuses, y.statuses)) statuses[id] = newer(x.statuses[id], y.statuses[id]);
    profiles[slug] = { statuses, tracks: newer(x.tracks, y.tracks), submittedOn: newer(x.submittedOn, y.submittedOn) };
  }
  return { profiles };
}

function get(p: ProfileProgress, field: Field): Value {
  return field === '#tracks' ? p.tracks.value : field === '#date' ? p.submittedOn.value : p.statuses[field]?.value ?? 'todo';
}

/** One field of one profile set to a value, stamped `at`. */
export function setField(data: ChecklistData, profile: string, field: Field, value: Value, at: number): ChecklistData {
  const p = data.profiles[profile] ?? emptyProfileProgress();
  const next: ProfileProgress =
    field === '#tracks' ? { ...p, tracks: { value: value as string[] | null, at } }
    : field === '#date' ? { ...p, submittedOn: { value: value as string | null, at } }
    : { ...p, statuses: { ...p.statuses, [field]: { value: value as Status, at } } };
  return { profiles: { ...data.profiles, [profile]: next } };
}

/** What differs between two versions of the progress of `profiles` (all of them by default), as the reader sees it. */
export function diffChecklist(before: ChecklistData, after: ChecklistData, profiles = sortedKeys(before.profiles, after.profiles)): Change[] {
  const out: Change[] = [];
  for (const profile of profiles) {
    const x = before.profiles[profile] ?? emptyProfileProgress();
    const y = after.profiles[profile] ?? emptyProfileProgress();
    for (const field of [...sortedKeys(x.statuses, y.statuses), '#tracks', '#date']) {
      const from = get(x, field);
      const to = get(y, field);
      if (key(from) !== key(to)) out.push({ profile, field, from, to });
    }
  }
  return out;
}

/** Applies each change's `to` (or, to undo, its `from`) as a new change made at `at`. */
export const applyChanges = (data: ChecklistData, changes: readonly Change[], at: number, side: 'from' | 'to' = 'to') =>
  changes.reduce((d, c) => setField(d, c.profile, c.field, c[side], at), data);

/** Merging an imported file: the newer value of each field wins (the default). */
export const importMerge = (current: ChecklistData, imported: ChecklistData) => diffChecklist(current, mergeChecklist(current, imported));
/** Replacing by an imported file: its profiles exactly as in the file; other profiles are kept. */
export const importReplace = (current: ChecklistData, imported: ChecklistData) => diffChecklist(current, imported, Object.keys(imported.profiles));
