// What a subject (or a subject group) can do under one rule edition, derived in one place from
// subjects.yaml and limits.yaml: the conditions of registering, how it verifies, whether 微信认证 is
// mandatory, optional or unavailable, whether 微信支付 can be applied for, its member tiers, when its
// profile (名称、头像…) opens and which category table applies. Every answer keeps the rules that back
// it, so a view can cite them. Logic and views read this, never the subject type. Pure and browser-safe.
import type {
  CategoryTable, CertificationNeed, ConditionFact, GroupId, Limits, MemberTierId, MethodId, RuleEdition, RuleSet, Subject,
} from './rules/types.ts';

/** The edition every page and tool answers by today: the 2018-04-16 guide (source.yaml). */
export const guideEdition: RuleEdition = 'guide-2018-04-16';

export interface Capabilities {
  edition: RuleEdition;
  group: GroupId;
  /** The rules under which the subject registers (the group's subjects' rules, for a group). */
  register: { rules: string[] };
  /** The conditions a reader must meet to register, in the order asked: the group's, then everyone's (R3). */
  conditions: ConditionFact[];
  /** How the subject is verified; chooses: the reader picks one of several methods (R12). */
  verification: { methods: MethodId[]; chooses: boolean; rules: string[] };
  certification: { need: CertificationNeed; rules: string[]; decisions: string[] };
  /**
   * 微信支付 goes to certified accounts (R43). Where 认证 is unavailable (个人, R41) it cannot be applied
   * for: no rule says so, it is inferred from the two (inferred: true; rules: both).
   */
  payment: { possible: boolean; inferred: boolean; rules: string[]; decisions: string[] };
  /** The tier before 微信认证 and, where 认证 is possible, after it (limits.yaml members); rules: each tier's. */
  members: { uncertified: MemberTierId; certified: MemberTierId | null; rules: string[] };
  /** When the profile opens, per verification path (path null: no verification step, after registration). */
  profile: { path: MethodId | null; rule: string }[];
  categories: { table: CategoryTable; rules: string[] };
}

/**
 * What every subject and every group can do under one edition, derived once at build time (the rule
 * set carries the guide edition's); the wizard gets it as data, so no derivation runs in the browser.
 */
export interface CapabilityTable {
  edition: RuleEdition;
  /** Each group's row; a subject's is its group's with the subject's own rule (canOf). */
  groups: Record<GroupId, Capabilities>;
  /** The page that shows each category table (site-relative; qualifications.ts names them). */
  categoryHrefs: Record<CategoryTable, string>;
}

export function capabilityTable(edition: RuleEdition, data: CapabilityData, categoryHrefs: Record<CategoryTable, string>): CapabilityTable {
  const groups = Object.fromEntries(Object.keys(data.groups).map((g) => [g, capabilities(g as GroupId, edition, data)]));
  return { edition, groups: groups as Record<GroupId, Capabilities>, categoryHrefs };
}

/** A group's row of the table, or a subject's: what a subject can do depends on its group, save the rule it registers under. */
export const canOf = (of: Subject | GroupId, table: CapabilityTable): Capabilities =>
  (typeof of === 'string' ? table.groups[of] : { ...table.groups[of.group], register: { rules: [of.rule] } });

/** The part of the rule set the derivation reads (the wizard's data carries it too). */
export type CapabilityData = Pick<RuleSet, 'subjects' | 'groups' | 'editions'> & { limits: Pick<Limits, 'members'> };

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
  };
}
