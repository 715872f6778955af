// Build-time: the checklist of one profile as plain props for the island (no rule loader in the browser).
import { allProfiles, profileSlug, type Profile } from '../../lib/profile.ts';
import { checklistTracks } from '../../lib/checklist.ts';
import { getRule, getSuperseded, ruleSet } from '../../data/rules.ts';
import type { CategoryTable, Step } from '../../lib/rules/types.ts';
import { notesForGroup } from '../../lib/history.ts';
import { url } from '../../data/site.ts';
import { categoryTablePath } from '../../lib/qualifications.ts';
import { canOf, type Capabilities } from '../../lib/capabilities.ts';
import type { ChecklistTrackView } from '../../islands/Checklist.tsx';
import { profileOpening } from '../../lib/eligibility/profile-step.ts';
import type { ListOutline } from '../../lib/saved-lists.ts';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { NowPart } from '../now/now-line.tsx';

export function profileLabel(profile: Profile): string {
  const subject = ruleSet.subjects.find((s) => s.id === profile.subject)!;
  return profile.path ? `${subject.label} · ${ruleSet.verificationMethods[profile.path].label}` : subject.label;
}

/** The how-to pages of steps from after the guide, by their superseded.yaml note; the others link to their history. */
const afterGuidePages: Record<string, string> = { filing: '/filing/' };

/** Where a step's "how" is: its guide heading, or for a step from after the guide, its page (or its topic's history). */
function stepSource(step: Step): string {
  if (!step.after) return getRule(step.rules[0]!).path;
  return afterGuidePages[step.after] ?? `/history/${getSuperseded(step.after).topic}/`;
}

/** The notes on what changed after the guide that concern this subject's group (备案 concerns everyone). */
export function knownChangesFor(profile: Profile) {
  const group = ruleSet.subjects.find((s) => s.id === profile.subject)!.group;
  return notesForGroup(ruleSet.superseded, group);
}

/** How the link to each category table reads (the table itself comes from the subject's capabilities). */
const categoryLinkText: Record<CategoryTable, string> = { personal: '查个人可选的类目', enterprise: '查非个人主体类目表及所需资质' };

/** 选择服务类目: the category table for the reader's subject (个人: the guide's, D1; others: 非个人主体, D2). */
function stepTool(stepId: string, can: Capabilities) {
  if (stepId !== 'choose-category') return {};
  const { table } = can.categories;
  return { more: { href: url(categoryTablePath[table]), text: categoryLinkText[table] } };
}

/** How a step stands today (today.yaml), as markup rendered here, so the island needs none of its code. */
function nowHtml(step: Step, can: Capabilities) {
  const now = step.today && can.now[step.today];
  return now ? { nowHtml: renderToString(h(NowPart, { now })) } : {};
}

/**
 * 补充名称、头像… waits for the subject's verification (R24 after the remittance, R25 after 微信认证):
 * the reason, and the step of this list that lifts it. 个人 has no such wait (R23).
 */
function stepBlock(stepId: string, path: Profile['path'], stepIds: readonly string[]) {
  if (stepId !== 'complete-info' || !path) return {};
  const until = ['remit', 'certify-soon', 'certification-required'].find((id) => stepIds.includes(id));
  return until ? { blocked: { ...profileOpening(path), until } } : {};
}

export function checklistFor(profile: Profile) {
  const subject = ruleSet.subjects.find((s) => s.id === profile.subject)!;
  const can = canOf(subject, ruleSet.can);
  const applicable = checklistTracks(ruleSet.tracks, ruleSet.steps, { can, path: profile.path });
  const stepIds = applicable.flatMap((t) => t.steps.map((s) => s.id));
  const tracks: ChecklistTrackView[] = applicable.map(({ track, steps }) => ({
    id: track.id, label: track.label, optional: track.optional,
    steps: steps.map((s) => ({
      id: s.id, label: s.label, href: url(stepSource(s)), rules: s.rules, deadline: s.deadline === 'remittance',
      ...nowHtml(s, can), ...stepTool(s.id, can), ...stepBlock(s.id, profile.path, stepIds),
    })),
  }));
  const ruleIds = [...new Set(tracks.flatMap((t) => t.steps.flatMap((s) => [...s.rules, ...(s.blocked?.rules ?? [])])))];
  return {
    slug: profileSlug(profile, ruleSet),
    label: profileLabel(profile),
    subject,
    tracks,
    deadlineDays: profile.path === 'remittance' ? ruleSet.limits.remittance.deadlineDays : null,
    links: { R20: url(getRule('R20').path) },
    ruleHrefs: Object.fromEntries(ruleIds.map((id) => [id, url(`/rules/#${id}`)])),
  };
}

export const checklistProfiles = () => allProfiles(ruleSet);

/** Every list's tracks and step ids, for "继续上次的清单" on the index page. */
export const listOutlines = (): ListOutline[] => checklistProfiles().map((p) => {
  const c = checklistFor(p);
  const tracks = c.tracks.map((t) => ({ id: t.id, optional: t.optional, steps: t.steps.map((s) => s.id) }));
  return { profile: c.slug, label: c.label, href: url(`/tools/checklist/${c.slug}/`), tracks };
});
