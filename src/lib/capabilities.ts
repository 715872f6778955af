// What a subject (or a subject group) can do under one rule edition, derived in one place from
// subjects.yaml and limits.yaml: the conditions of registering, how it verifies, whether 微信认证 is
// mandatory, optional or unavailable, whether 微信支付 can be applied for, its member tiers, when its
// profile (名称、头像…) opens and which category table applies. Every answer keeps the rules that back
// it, so a view can cite them; beside them, what today's sources say where today differs (today.yaml),
// so an answer gives both on one line. Logic and views read this, never the subject type. Pure and browser-safe.
import type {
  Capabilities, CapabilityTable, CategoryTable, GroupId, Limits, RuleEdition, RuleSet, Subject, TodayStatement,
} from './rules/types.ts';

// The shapes live with the rule set's other types (the rule set carries a table); named here too.
export type { Capabilities, CapabilityTable } from './rules/types.ts';

/** The edition every page and tool answers by today: the 2018-04-16 guide (source.yaml). */
export const guideEdition: RuleEdition = 'guide-2018-04-16';

export function capabilityTable(edition: RuleEdition, data: CapabilityData, categoryHrefs: Record<CategoryTable, string>): CapabilityTable {
  const groups = Object.fromEntries(Object.keys(data.groups).map((g) => [g, capabilities(g as GroupId, edition, data)]));
  return { edition, groups: groups as Record<GroupId, Capabilities>, categoryHrefs };
}

/** A group's row of the table, or a subject's: what a subject can do depends on its group, save the rule it registers under. */
export const canOf = (of: Subject | GroupId, table: CapabilityTable): Capabilities =>
  (typeof of === 'string' ? table.groups[of] : { ...table.groups[of.group], register: { rules: [of.rule] } });

/** The part of the rule set the derivation reads (the wizard's data carries it too). */
export type CapabilityData = Pick<RuleSet, 'subjects' | 'groups' | 'editions' | 'today'> & { limits: Pick<Limits, 'members'> };

/** What today's sources say for a group, by topic (today.yaml): where today differs from the guide, or is unverified. */
export function nowOf(group: GroupId, today: readonly TodayStatement[]): Capabilities['now'] {
  const now: Capabilities['now'] = {};
  for (const { groups, rules: _rules, ...st } of today) if (!groups || groups.includes(group)) now[st.topic] ??= st;
  return now;
}

/** What a subject, or every subject of a group, can do under the given edition. */
export function capabilities(of: Subject | GroupId, edition: RuleEdition, data: CapabilityData): Capabilities {
  const group = typeof of === 'string' ? of : of.group;
  const facts = data.groups[group].editions[edition];
  const shared = data.editions[edition];
  const { methods } = facts.verification;
  const cert = facts.certification;
  const possible = cert.need !== 'unavailable';
  const tiers = [facts.members.uncertified, ...(facts.members.certified ? [facts.members.certified] : [])];
  return {
    edition,
    group,
    register: { rules: typeof of === 'string' ? data.subjects.filter((s) => s.group === group).map((s) => s.rule) : [of.rule] },
    conditions: [...facts.conditions, ...shared.conditions],
    verification: { methods, chooses: methods.length > 1, rules: facts.verification.rules },
    certification: cert,
    payment: possible
      ? { possible, inferred: false, rules: [shared.payment], decisions: [] }
      : { possible, inferred: true, rules: [shared.payment, ...cert.rules], decisions: cert.decisions },
    members: { uncertified: tiers[0]!, certified: tiers[1] ?? null, rules: tiers.map((t) => data.limits.members[t].rule) },
    profile: methods.length === 0
      ? [{ path: null, rule: shared.profileOpens.registration }]
      : methods.map((m) => ({ path: m, rule: shared.profileOpens[m] })),
    categories: facts.categories,
    now: nowOf(group, data.today),
  };
}
