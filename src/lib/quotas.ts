// The quota calculators' maths: member slots (R30-R32, R40-R41), 公众号 associations (R50-R52)
// and function page groups (R35). Every limit comes in as data; nothing here knows a number.
import type { GroupId, Limits } from './rules/types.ts';

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

export type MemberTierId = 'personal' | 'unverified' | 'verified';

/** What would raise the limits: certification (R40), impossible for 个人 (R41), or nothing (already highest). */
export type Raise =
  | { kind: 'certify'; tier: MemberTierId; developers: number; testers: number; rule: string }
  | { kind: 'personal-cannot-certify'; rule: 'R41' }
  | { kind: 'highest' };

export interface MemberInput { group: GroupId; certified: boolean; developers: number; testers: number }
export interface MemberResult {
  tier: MemberTierId;
  rule: string;
  developers: Slot;
  testers: Slot;
  /** True when either count is above its limit. */
  overLimit: boolean;
  raise: Raise;
}

/** 个人 cannot be certified (R41), so for a personal account `certified` is ignored. */
export function memberTier(group: GroupId, certified: boolean): MemberTierId {
  if (group === 'personal') return 'personal';
  return certified ? 'verified' : 'unverified';
}

export function memberQuota(limits: Pick<Limits, 'members'>, input: MemberInput): MemberResult {
  const tier = memberTier(input.group, input.certified);
  const t = limits.members[tier];
  const developers = slot(t.developers, input.developers);
  const testers = slot(t.testers, input.testers);
  const v = limits.members.verified;
  const raise: Raise = tier === 'personal'
    ? { kind: 'personal-cannot-certify', rule: 'R41' }
    : tier === 'unverified'
      ? { kind: 'certify', tier: 'verified', developers: v.developers, testers: v.testers, rule: v.rule }
      : { kind: 'highest' };
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
