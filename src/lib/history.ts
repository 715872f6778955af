// The rule history (history.yaml) as the site shows it: entries newest first (what holds now comes
// first), grouped by topic, a rule's entries, the rules that have changed since the guide, the summary
// of what changed after the guide's version, and how dates and kinds of entry read. Pure: no DOM, no
// Astro; pages and components render it.
import type { GroupId, HistoryChange, HistoryEntry, HistoryTopic, RuleHistory, SupersededNote } from './rules/types.ts';

const kindLabel: Record<Exclude<HistoryChange, 'same'>, string> = {
  added: '新增', changed: '变更', removed: '删除', superseded: '已被取代', unverified: '未核实',
};

/**
 * The kind of an entry as read beside its dates. "same" never reads "此后未变" (which sounds like "to this
 * day"): over a range of copies it is "期间各版相同" (those copies only), for today's page "与指南相同".
 */
export function changeText(entry: Pick<HistoryEntry, 'change' | 'from'>): string {
  if (entry.change === 'same') return entry.from === 'now' ? '与指南相同' : '期间各版相同';
  return kindLabel[entry.change];
}

/** The kinds of entry that tell a reader something is different from the guide. */
export const changeKinds: readonly HistoryChange[] = ['changed', 'removed', 'superseded', 'added'];

/** Whether an entry tells of a change (not that copies agree, nor that today's value is unknown). */
export const isChange = (entry: Pick<HistoryEntry, 'change'>) => changeKinds.includes(entry.change);

/**
 * Sort key of a history date. Written dates sort as written (2018 < 2018-07 < 2018-07-04); an
 * undated source comes after every dated one and before today's pages ("now").
 */
export function dateKey(date: string): string {
  if (date === 'now') return '9999-99-99';
  if (date === 'undated') return '9999-00-00';
  return date;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Entries by first-seen date, then last-seen date (a range before a later single date); the data's order breaks ties. */
export function sortEntries<E extends Pick<HistoryEntry, 'from' | 'until'>>(entries: readonly E[]): E[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compare(dateKey(a.e.from), dateKey(b.e.from))
      || compare(dateKey(a.e.until ?? a.e.from), dateKey(b.e.until ?? b.e.from))
      || a.i - b.i)
    .map(({ e }) => e);
}

/**
 * Entries as the reader gets them, what holds latest first: by last-seen date (today's pages, then undated
 * sources, then the latest copy), then by first-seen date, both newest first; the data's order breaks ties.
 */
export function newestFirst<E extends Pick<HistoryEntry, 'from' | 'until'>>(entries: readonly E[]): E[] {
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => compare(dateKey(b.e.until ?? b.e.from), dateKey(a.e.until ?? a.e.from))
      || compare(dateKey(b.e.from), dateKey(a.e.from))
      || a.i - b.i)
    .map(({ e }) => e);
}

export interface TopicGroup { topic: HistoryTopic; entries: HistoryEntry[] }

/** A topic's entries, newest first. */
export const entriesForTopic = (history: RuleHistory, topic: string) => newestFirst(history.entries.filter((e) => e.topic === topic));

/** Every topic in the data's order, each with its entries newest first. */
export function groupByTopic(history: RuleHistory): TopicGroup[] {
  return history.topics.map((topic) => ({ topic, entries: entriesForTopic(history, topic.id) }));
}

/** The entries about any of these rules, newest first. */
export function entriesForRules(history: RuleHistory, rules: readonly string[]): HistoryEntry[] {
  return newestFirst(history.entries.filter((e) => e.rules.some((r) => rules.includes(r))));
}

/** The topics these rules belong to, in the data's order. */
export function topicsOfRules(history: RuleHistory, rules: readonly string[]): HistoryTopic[] {
  return history.topics.filter((t) => t.rules.some((r) => rules.includes(r)));
}

/** The notes on what changed after the guide that concern a subject group (a note without groups concerns every group). */
export function notesForGroup<N extends Pick<SupersededNote, 'groups'>>(notes: readonly N[], group: GroupId): N[] {
  return notes.filter((n) => !n.groups || n.groups.includes(group));
}

/** Whether a rule has any history entry. */
export const hasHistory = (history: RuleHistory, rule: string) => history.entries.some((e) => e.rules.includes(rule));

/**
 * Whether a history date is certainly after the guide's date (YYYY-MM-DD). A partial date counts
 * from its first day, so "2018-05" is after 2018-04-16 and "2018-04" is not; "now" is after;
 * "undated" is not known to be.
 */
export function isAfter(date: string, asOfDate: string): boolean {
  if (date === 'now') return true;
  if (date === 'undated') return false;
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}` > asOfDate;
}

/**
 * The rules that no longer hold as the guide states them, each with the topic that tells how: those
 * of a superseded.yaml note with status "changed", and those of a history entry with change
 * "superseded" dated after the guide. The note's topic wins when both name a rule.
 */
export function changedRules(history: RuleHistory, notes: readonly SupersededNote[], asOfDate: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of notes) if (n.status === 'changed') for (const r of n.rules) if (!out.has(r)) out.set(r, n.topic);
  for (const e of history.entries) {
    if (e.change === 'superseded' && isAfter(e.from, asOfDate)) for (const r of e.rules) if (!out.has(r)) out.set(r, e.topic);
  }
  return out;
}

export interface SummaryItem {
  topic: HistoryTopic;
  /** The notes on this topic (superseded.yaml), as written there. */
  notes: SupersededNote[];
  /** The entries dated after the guide that changed, removed, superseded or added something, in date order. */
  entries: HistoryEntry[];
}

/**
 * "What changed since the guide's version": per topic (in the data's order), its superseded.yaml
 * notes and its entries after the guide's date whose change is one of changeKinds. Topics with
 * neither are left out.
 */
export function summary(history: RuleHistory, notes: readonly SupersededNote[], asOfDate: string): SummaryItem[] {
  return history.topics.map((topic) => ({
    topic,
    notes: notes.filter((n) => n.topic === topic.id),
    entries: sortEntries(history.entries.filter((e) => e.topic === topic.id && changeKinds.includes(e.change) && isAfter(e.from, asOfDate))),
  })).filter((s) => s.notes.length > 0 || s.entries.length > 0);
}

/** The first sentence or clause of a value, for a one-line summary ("…" when cut). */
export function firstClause(value: string, max = 48): string {
  const clause = value.split(/(?<=[。；！？])/)[0]!.replace(/[。；]$/, '');
  return clause.length > max ? `${clause.slice(0, max - 1)}…` : clause;
}

/** One history date as read: "2018-07-04", "现行", "日期不详". */
export function dateText(date: string): string {
  if (date === 'now') return '现行';
  if (date === 'undated') return '日期不详';
  return date;
}

/**
 * An entry's dates as read: "2017-06-16 至 2018-11-12" (the first and last copy), "现行", "不晚于 2019-05"
 * (a page's publication date), with its date note: "2019-05（约 2019 年的副本）".
 */
export function formatDates(entry: Pick<HistoryEntry, 'from' | 'until' | 'dateNote' | 'noLaterThan'>): string {
  const from = entry.noLaterThan ? `不晚于 ${dateText(entry.from)}` : dateText(entry.from);
  const range = entry.until && entry.until !== entry.from ? `${from} 至 ${dateText(entry.until)}` : from;
  return entry.dateNote ? `${range}（${entry.dateNote}）` : range;
}

/** The date as an HTML datetime value, or undefined for "now" and "undated". */
export const machineDate = (date: string) => (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date) ? date : undefined);

/** A commit hash as shown: its first 7 characters. */
export const shortCommit = (commit: string) => commit.slice(0, 7);

/** Rule ids as read: runs of consecutive numbers joined with an en dash ("R50–R52"), the rest with "、". */
export function ruleRange(rules: readonly string[]): string {
  const nums = [...new Set(rules.map((r) => Number(r.slice(1))))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < nums.length;) {
    let j = i;
    while (j + 1 < nums.length && nums[j + 1] === nums[j]! + 1) j++;
    parts.push(j - i >= 2 ? `R${nums[i]}–R${nums[j]}` : nums.slice(i, j + 1).map((n) => `R${n}`).join('、'));
    i = j + 1;
  }
  return parts.join('、');
}

/** A rules prop as given in MDX: "R50 R51 R52", "R50,R51" or an array. */
export function parseRules(rules: string | readonly string[]): string[] {
  const list = typeof rules === 'string' ? rules.split(/[\s,，、]+/) : [...rules];
  return list.map((r) => r.trim()).filter(Boolean);
}

const isDated = (date: string) => /^\d{4}/.test(date);

/** Entries about these rules whose value had already given way by the guide's date (what the guide replaced). */
export function entriesBeforeGuide(history: RuleHistory, rules: readonly string[], asOfDate: string): HistoryEntry[] {
  return entriesForRules(history, rules).filter((e) => {
    const last = e.until ?? e.from;
    return e.change !== 'same' && isDated(last) && last < asOfDate;
  });
}

/** Entries about these rules not known to predate the guide: later copies, today's pages, undated sources. */
export function entriesSinceGuide(history: RuleHistory, rules: readonly string[], asOfDate: string): HistoryEntry[] {
  return entriesForRules(history, rules).filter((e) => e.from === 'undated' || isAfter(e.from, asOfDate));
}
