// The rule history, as the pages link to it: which rules have changed since the guide (with the
// topic that tells how) and the addresses of the history page, its topic sections and topic pages.
import { changedRules, hasHistory } from '../lib/history.ts';
import { ruleSet } from './rules.ts';

const { history, superseded, source } = ruleSet;

/** Rule id -> history topic, for every rule that no longer holds as the guide states it. */
export const changedRuleTopics = changedRules(history, superseded, source.asOfDate);

export const ruleHasHistory = (rule: string) => hasHistory(history, rule);

/** A topic's section on /history/ (or the page itself). */
export const historySection = (topic?: string) => (topic ? `/history/#${topic}` : '/history/');

/** The page listing one topic only. */
export const historyTopicPage = (topic: string) => `/history/${topic}/`;

export function getTopic(id: string) {
  const topic = history.topics.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown history topic "${id}"`);
  return topic;
}
