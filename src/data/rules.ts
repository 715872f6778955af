// The one rule set, loaded and validated once per build. A malformed entry stops the build here.
import { loadRuleSet } from '../lib/rules/load.ts';

export const ruleSet = loadRuleSet();
const ruleById = new Map(ruleSet.rules.map((r) => [r.id, r]));
const decisionById = new Map(ruleSet.decisions.map((d) => [d.id, d]));
const supersededById = new Map(ruleSet.superseded.map((n) => [n.id, n]));

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
export function getSuperseded(id: string) {
  const note = supersededById.get(id);
  if (!note) throw new Error(`Unknown superseded note "${id}"`);
  return note;
}
/** The note on a rule that has changed since the guide (or whose current value is unverified), if any. */
export function supersededFor(ruleId: string) {
  return ruleSet.superseded.find((n) => n.rules.includes(ruleId));
}
