// "接下来怎么做": the register track, the step that opens the mini program's profile (R23-R25), the
// steps from after the guide (备案) and the optional tracks the reader needs, from steps.yaml. Before the verification path is chosen
// (a reader who cannot register yet), path-specific steps are listed with the path they belong to.
import { stepApplies } from '../steps.ts';
import type { GroupId, MethodId, NowStatement } from '../rules/types.ts';
import { canOf } from '../capabilities.ts';
import { profileStepId, quoteRule, type EligibilityData } from './data.ts';
import { profileOpening } from './profile-step.ts';

export interface NextStep {
  id: string;
  text: string;
  rules: string[];
  /** The verification path a step belongs to, when the reader has not chosen one yet ("对公打款"). */
  condition?: string;
  deadline?: { days: number; text: string; decisions: string[] };
  /** What today's sources say about the step, where it differs from the guide or is new (today.yaml). */
  now?: NowStatement;
}

export function nextSteps(group: GroupId, path: MethodId | null, tracks: string[], data: EligibilityData): NextStep[] {
  const can = canOf(group, data.can);
  const methods = can.verification.methods;
  const open = path === null && can.verification.chooses; // path not chosen yet
  const paths: (MethodId | null)[] = open ? methods : [path];
  const days = data.limits.remittance.deadlineDays;
  const deadlineText = `期限：原文为“${quoteRule('R20', data)}”；具体日期怎样计算，见说明 D4。`;
  const out: NextStep[] = [];
  for (const s of data.steps) {
    // Steps from after the guide (备案) are everyone's: today they come before 发布.
    if (s.track !== 'register' && s.id !== profileStepId && !s.after && !tracks.includes(s.track)) continue;
    for (const p of paths) {
      if (!stepApplies(s, { can, path: p })) continue;
      // A step that applies whatever the path is listed once.
      const pathSpecific = open && (Boolean(s.when.paths) || s.id === profileStepId);
      if (!pathSpecific && p !== paths[0]) continue;
      const condition = pathSpecific && p ? data.verificationMethods[p].label : undefined;
      const opening = s.id === profileStepId ? profileOpening(p) : null;
      out.push({
        id: pathSpecific ? `${s.id}-${p}` : s.id,
        text: opening ? opening.text : s.label,
        rules: opening ? opening.rules : s.rules,
        ...(condition ? { condition } : {}),
        ...(s.deadline === 'remittance' ? { deadline: { days, text: deadlineText, decisions: ['D4'] } } : {}),
        ...(s.today && can.now[s.today] ? { now: can.now[s.today] } : {}),
      });
    }
  }
  return out;
}
