// "继续上次的清单": which profiles the reader has saved progress for, how far each is, and where to
// pick up (the first step not yet 已完成 among the tracks that reader follows).
import { checklistSchema, hasProgress, progress, statusMap, type ChecklistData } from './checklist.ts';
import { decodeEnvelope } from './storage.ts';

/** A profile's list as the index page knows it at build time: its tracks and their step ids, in order. */
export interface ListOutline {
  profile: string;
  label: string;
  /** The list's address; the resume link adds `#step-<id>`. */
  href: string;
  tracks: { id: string; optional: boolean; steps: string[] }[];
}

export interface SavedList { profile: string; label: string; href: string; done: number; total: number; next: string | null }

/** Anchor of a step's row on its list page (the island renders `id="step-<id>"`). */
export const stepAnchor = (stepId: string) => `step-${stepId}`;

/** Saved lists in the order of `outlines`; a profile with nothing saved, or unknown to the site, is left out. */
export function savedLists(data: ChecklistData, outlines: readonly ListOutline[]): SavedList[] {
  const out: SavedList[] = [];
  for (const o of outlines) {
    const saved = data.profiles[o.profile];
    if (!hasProgress(saved)) continue;
    const chosen = saved!.tracks.value ?? [];
    const steps = o.tracks.filter((t) => !t.optional || chosen.includes(t.id)).flatMap((t) => t.steps);
    const statusOf = statusMap(saved!);
    const p = progress(steps, statusOf);
    const next = steps.find((id) => statusOf[id] !== 'done') ?? null;
    out.push({ profile: o.profile, label: o.label, href: next ? `${o.href}#${stepAnchor(next)}` : o.href, done: p.done, total: p.total, next });
  }
  return out;
}

/**
 * What localStorage holds (raw text, null when nothing) -> the saved lists, or `unreadable` when it
 * cannot be read; the list page itself keeps such data aside and offers it for download.
 */
export function readSavedLists(raw: string | null, outlines: readonly ListOutline[]): { lists: SavedList[]; unreadable: boolean } {
  const decoded = decodeEnvelope(raw, checklistSchema);
  if (decoded.kind === 'unreadable') return { lists: [], unreadable: true };
  return { lists: savedLists(decoded.data, outlines), unreadable: false };
}
