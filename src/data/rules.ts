// The one rule set, loaded and validated once per build. A malformed entry stops the build here.
import { loadRuleSet } from '../lib/rules/load.ts';

export const ruleSet = loadRuleSet();
const ruleById = new Map(ruleSet.rules.map((r) => [r.id, r]));
const decisionById = new Map(ruleSet.decisions.map((d) => [d.id, d]));

export function getRule(id: string) {
  const rule = ruleById.get(id);
  if (!rule) throw new Error(`Unknown rule id "${id}"`);
  return rule;
}
export function getDecision(id: string) {
  const decision = decisionById.get(id);
  if (!decision) throw new Error(`Unknown decision id "${id}"`);
  return decision;
}
