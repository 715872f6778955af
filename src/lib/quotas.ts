// The quota calculators' maths: member slots (R30-R32, R40-R41), 公众号 associations (R50-R52)
// and function page groups (R35). Every limit comes in as data; nothing here knows a number.
import type { Capabilities } from './capabilities.ts';
import type { Limits, MemberTierId } from './rules/types.ts';

export interface Slot {
  limit: number;
  used: number;
  /** Slots still free; 0 when full or over. */
  left: number;
  /** How many are bound beyond the limit (0 when within it). */
  over: number;
}

export function slot(limit: number, used: number): Slot {
  return { limit, used, left: Math.max(0, limit - used), over: Math.max(0, used - limit) };
}

/** What would raise the limits: certification (R40), impossible where 认证 is unavailable (个人, R41), or nothing (already highest). */
export type Raise =
  | { kind: 'certify'; tier: MemberTierId; developers: number; testers: number; rule: string }
  | { kind: 'personal-cannot-certify'; rule: string }
  | { kind: 'highest' };

/** What the subject can do that the limits depend on (capabilities.ts): its tiers, and the rules on 微信认证. */
export type MemberCapabilities = Pick<Capabilities, 'members' | 'certification'>;

export interface MemberInput { can: MemberCapabilities; certified: boolean; developers: number; testers: number }
export interface MemberResult {
  tier: MemberTierId;
  rule: string;
  developers: Slot;
  testers: Slot;
  /** True when either count is above its limit. */
  overLimit: boolean;
  raise: Raise;
}

/** The tier that applies; where 认证 is unavailable (R41) `certified` is ignored. */
export function memberTier(tiers: Capabilities['members'], certified: boolean): MemberTierId {
  return certified && tiers.certified ? tiers.certified : tiers.uncertified;
}

function raiseFrom(limits: Pick<Limits, 'members'>, can: MemberCapabilities, tier: MemberTierId): Raise {
  const next = can.members.certified;
  if (!next) return { kind: 'personal-cannot-certify', rule: can.certification.rules[0]! };
  if (tier === next) return { kind: 'highest' };
  const v = limits.members[next];
  return { kind: 'certify', tier: next, developers: v.developers, testers: v.testers, rule: v.rule };
}

export function memberQuota(limits: Pick<Limits, 'members'>, input: MemberInput): MemberResult {
  const tier = memberTier(input.can.members, input.certified);
  const t = limits.members[tier];
  const developers = slot(t.developers, input.developers);
  const testers = slot(t.testers, input.testers);
  const raise = raiseFrom(limits, input.can, tier);
  return { tier, rule: t.rule, developers, testers, overLimit: developers.over > 0 || testers.over > 0, raise };
}

type AssociationLimits = Pick<Limits, 'association'>;

export interface OfficialAccountInput { sameSubject: number; differentSubject: number; addedThisMonth: number }
export interface OfficialAccountResult {
  sameSubject: Slot;
  differentSubject: Slot;
  /** New associations left in this calendar month (D5). */
  month: Slot;
  canAddSame: boolean;
  canAddDifferent: boolean;
  /** How many more could still be added this month, all kinds together. */
  possibleThisMonth: number;
}

/** A 公众号's associations: R50 totals and R52's monthly allowance. */
export function officialAccountAssociations(limits: AssociationLimits, input: OfficialAccountInput): OfficialAccountResult {
  const a = limits.association;
  const sameSubject = slot(a.perOfficialAccount.sameSubject, input.sameSubject);
  const differentSubject = slot(a.perOfficialAccount.differentSubject, input.differentSubject);
  const month = slot(a.monthly.officialAccount, input.addedThisMonth);
  return {
    sameSubject, differentSubject, month,
    canAddSame: sameSubject.left > 0 && month.left > 0,
    canAddDifferent: differentSubject.left > 0 && month.left > 0,
    possibleThisMonth: Math.min(month.left, sameSubject.left + differentSubject.left),
  };
}

export interface MiniProgramInput { officialAccounts: number; addedThisMonth: number }
export interface MiniProgramResult { total: Slot; month: Slot; canAdd: boolean; possibleThisMonth: number }

/** A mini program's associations: R51 total and R52's monthly allowance. */
export function miniProgramAssociations(limits: AssociationLimits, input: MiniProgramInput): MiniProgramResult {
  const a = limits.association;
  const total = slot(a.perMiniProgram.officialAccounts, input.officialAccounts);
  const month = slot(a.monthly.miniProgram, input.addedThisMonth);
  return { total, month, canAdd: total.left > 0 && month.left > 0, possibleThisMonth: Math.min(total.left, month.left) };
}

export interface FunctionPagesResult extends Slot { withinLimit: boolean }

/** R35: important page groups may number at most the limit. */
export function functionPages(limits: Pick<Limits, 'review'>, groups: number): FunctionPagesResult {
  const s = slot(limits.review.maxFunctionPageGroups, groups);
  return { ...s, withinLimit: s.over === 0 };
}
