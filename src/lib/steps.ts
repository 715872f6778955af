// Which steps apply to which account, and how to say a step's condition in words. A step's `when`
// speaks of what the subject can do (capabilities.ts), so no step names a subject type.
import { canOf, type Capabilities } from './capabilities.ts';
import type { GroupId, MethodId, RuleSet, Step, Subject } from './rules/types.ts';

/** An account: what its subject can do, and the verification path it took (null: none, or not chosen). */
export interface AccountShape { can: Pick<Capabilities, 'group' | 'certification' | 'payment'>; path: MethodId | null }

/** The account of a subject (or any subject of a group) on a path, under the guide's edition. */
export const accountOf = (of: Subject | GroupId, path: MethodId | null, rules: Pick<RuleSet, 'can'>): AccountShape =>
  ({ can: canOf(of, rules.can), path });

/** Whether a step's capability conditions (not its path) hold for a subject. */
function capable(step: Step, can: AccountShape['can']): boolean {
  const { certification, payment } = step.when;
  if (certification && !certification.includes(can.certification.need)) return false;
  if (payment && !can.payment.possible) return false;
  return true;
}

export function stepApplies(step: Step, account: AccountShape): boolean {
  const { paths } = step.when;
  if (!capable(step, account.can)) return false;
  if (paths && (account.path === null || !paths.includes(account.path))) return false;
  return true;
}

/** "企业类型 · 微信认证" (the groups the step's conditions select, then its paths), or null for a step that applies to everyone. */
export function conditionLabel(step: Step, rules: Pick<RuleSet, 'can' | 'groups' | 'verificationMethods'>): string | null {
  const selects = Boolean(step.when.certification || step.when.payment);
  const groups = selects
    ? (Object.keys(rules.groups) as GroupId[]).filter((g) => capable(step, rules.can.groups[g]))
    : [];
  const parts = [
    ...groups.map((g) => rules.groups[g].label),
    ...(step.when.paths ?? []).map((p) => rules.verificationMethods[p].label),
  ];
  return parts.length ? parts.join(' · ') : null;
}

export type FlowSegment = { kind: 'step'; step: Step } | { kind: 'branch'; steps: Step[] };

/** Consecutive conditional steps form one branch point, drawn side by side. */
export function flowSegments(steps: Step[]): FlowSegment[] {
  const segments: FlowSegment[] = [];
  for (const step of steps) {
    const { certification, payment, paths } = step.when;
    const conditional = Boolean(certification || payment || paths);
    const last = segments.at(-1);
    if (!conditional) segments.push({ kind: 'step', step });
    else if (last?.kind === 'branch') last.steps.push(step);
    else segments.push({ kind: 'branch', steps: [step] });
  }
  return segments;
}
