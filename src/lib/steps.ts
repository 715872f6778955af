// Which steps apply to which account, and how to say a step's condition in words.
import type { GroupId, MethodId, RuleSet, Step } from './rules/types.ts';

export interface AccountShape { group: GroupId; path: MethodId | null }

export function stepApplies(step: Step, account: AccountShape): boolean {
  const { groups, paths } = step.when;
  if (groups && !groups.includes(account.group)) return false;
  if (paths && (account.path === null || !paths.includes(account.path))) return false;
  return true;
}

/** "企业类型 · 微信认证", or null for a step that applies to everyone. */
export function conditionLabel(step: Step, rules: Pick<RuleSet, 'groups' | 'verificationMethods'>): string | null {
  const parts = [
    ...(step.when.groups ?? []).map((g) => rules.groups[g].label),
    ...(step.when.paths ?? []).map((p) => rules.verificationMethods[p].label),
  ];
  return parts.length ? parts.join(' · ') : null;
}

export type FlowSegment = { kind: 'step'; step: Step } | { kind: 'branch'; steps: Step[] };

/** Consecutive conditional steps form one branch point, drawn side by side. */
export function flowSegments(steps: Step[]): FlowSegment[] {
  const segments: FlowSegment[] = [];
  for (const step of steps) {
    const conditional = Boolean(step.when.groups || step.when.paths);
    const last = segments.at(-1);
    if (!conditional) segments.push({ kind: 'step', step });
    else if (last?.kind === 'branch') last.steps.push(step);
    else segments.push({ kind: 'branch', steps: [step] });
  }
  return segments;
}
