// The guide heading of each rule a tool cites, with the deploy base: passed to islands as props.
import { getRule } from '../../data/rules.ts';
import { url } from '../../data/site.ts';

export function ruleLinks(ids: string[]): Record<string, string> {
  return Object.fromEntries(ids.map((id) => [id, url(getRule(id).path)]));
}

/** Largest count a calculator accepts; above it the input is taken as a typing mistake. */
export const maxCount = 100_000;
