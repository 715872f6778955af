// Turns the parsed YAML files into one typed, cross-checked RuleSet. Pure: no file system here,
// so tests can feed broken fixtures and read the error.
import type { z } from 'astro/zod';
import { ruleFiles } from './rule-files.ts';
import { buildSubjects } from './build-subjects.ts';
import { checker, parseFiles, RuleDataError, type Checker, type Parsed, type RawRuleFiles } from './checker.ts';
import { capabilityTable, guideEdition } from '../capabilities.ts';
import { categoryTablePath } from '../qualifications.ts';
export { RuleDataError, type RawRuleFiles, type RuleFileName } from './checker.ts';
import type { CategoryNode, Rule, RuleHistory, RuleSet, Step, SupersededNote, SupersededSource, TodayStatement, TodaySubject } from './types.ts';

type CategoryInput = z.infer<(typeof ruleFiles)['categories.yaml']>[number];
function toCategoryNode(input: CategoryInput, parent: string[]): CategoryNode {
  const name = typeof input === 'string' ? input : input.name;
  const path = [...parent, name];
  const children = typeof input === 'string' ? [] : input.children.map((c) => toCategoryNode(c, path));
  return { name, path, children };
}

function buildRules(files: Parsed, c: Checker): Rule[] {
  return files['rules.yaml'].map((r, i) => {
    const where = `content/rules/rules.yaml: [${i}]`;
    r.decisions?.forEach((d) => c.needDecision(`${where}.decisions`, d));
    return {
      id: r.id, page: r.page, anchor: r.anchor, text: c.fill(`${where}.text`, r.text),
      path: `/guide/${r.page}/#${r.anchor}`, decisions: r.decisions ?? [], asOf: files['source.yaml'].asOf,
    };
  });
}

function checkLimits(limits: Parsed['limits.yaml'], c: Checker) {
  const where = 'content/rules/limits.yaml';
  for (const [tier, entry] of Object.entries(limits.members)) c.needRule(`${where}: members.${tier}.rule`, entry.rule);
  for (const key of ['perOfficialAccount', 'perMiniProgram', 'monthly'] as const) {
    c.needRule(`${where}: association.${key}.rule`, limits.association[key].rule);
  }
}

function buildSteps(file: Parsed['steps.yaml'], c: Checker): Step[] {
  const trackIds = new Set(file.tracks.map((t) => t.id));
  const stepIds = new Set<string>();
  return file.steps.map((s, i) => {
    const where = `content/rules/steps.yaml: steps[${i}]`;
    if (stepIds.has(s.id)) c.problems.push(`${where}.id: ${s.id} appears twice`);
    stepIds.add(s.id);
    if (!trackIds.has(s.track)) c.problems.push(`${where}.track: track "${s.track}" does not exist`);
    s.rules?.forEach((r) => c.needRule(`${where}.rules`, r));
    if (Boolean(s.rules) === Boolean(s.after)) {
      c.problems.push(`${where}: a step cites the guide's rules or names the superseded.yaml note it comes from (after), not both or neither`);
    }
    return { ...s, rules: s.rules ?? [], when: s.when ?? {} };
  });
}

/** Steps from after the guide name a superseded.yaml note; each note names a history.yaml topic. */
function checkCrossReferences(steps: Step[], superseded: SupersededNote[], history: RuleHistory, c: Checker) {
  steps.forEach((s, i) => {
    if (s.after && !superseded.some((n) => n.id === s.after)) {
      c.problems.push(`content/rules/steps.yaml: steps[${i}].after: note "${s.after}" does not exist in superseded.yaml`);
    }
  });
  superseded.forEach((n, i) => {
    if (!history.topics.some((t) => t.id === n.topic)) {
      c.problems.push(`content/rules/superseded.yaml: [${i}].topic: topic "${n.topic}" does not exist in history.yaml`);
    }
  });
}

/** A list of today.yaml's source ids, resolved; an id that is not listed is a problem. */
function todaySources(file: Parsed['today.yaml'], where: string, ids: string[], c: Checker): SupersededSource[] {
  return ids.flatMap((id) => {
    const src = file.sources[id];
    if (!src) c.problems.push(`content/rules/today.yaml: ${where}.sources: source "${id}" is not listed under sources`);
    return src ? [src] : [];
  });
}

/** today.yaml's subject types the guide did not cover, their answers' sources resolved. */
function buildTodaySubjects(file: Parsed['today.yaml'], c: Checker): TodaySubject[] {
  return file.subjects.map((s, i) => ({
    ...s,
    answers: s.answers.map(({ sources, ...a }, j) => ({
      ...a, checked: file.checked, sources: todaySources(file, `subjects[${i}].answers[${j}]`, sources, c),
    })),
  }));
}

/** today.yaml's statements with their sources resolved. */
function buildToday(file: Parsed['today.yaml'], c: Checker): TodayStatement[] {
  return file.statements.map((st, i) => {
    st.rules?.forEach((r) => c.needRule(`content/rules/today.yaml: statements[${i}].rules`, r));
    return {
      topic: st.topic, status: st.status, text: c.fill(`content/rules/today.yaml: statements[${i}].text`, st.text),
      groups: st.groups ?? null, checked: file.checked, rules: st.rules ?? [],
      sources: todaySources(file, `statements[${i}]`, st.sources, c),
    };
  });
}

export function buildRuleSet(raw: RawRuleFiles): RuleSet {
  const files = parseFiles(raw);
  const c = checker(files);
  const source = files['source.yaml'];
  const limits = files['limits.yaml'];
  const rules = buildRules(files, c);
  checkLimits(limits, c);
  const subjects = buildSubjects(files['subjects.yaml'], source, c);
  const steps = buildSteps(files['steps.yaml'], c);
  const decisions = files['decisions.yaml'].map((d, i) => ({
    ...d,
    title: c.fill(`content/rules/decisions.yaml: [${i}].title`, d.title),
    text: c.fill(`content/rules/decisions.yaml: [${i}].text`, d.text),
  }));
  const superseded = files['superseded.yaml'].map((n, i) => {
    n.rules?.forEach((r) => c.needRule(`content/rules/superseded.yaml: [${i}].rules`, r));
    return { ...n, rules: n.rules ?? [] };
  });
  const history = buildHistory(files['history.yaml'], c);
  checkCrossReferences(steps, superseded, history, c);
  const today = buildToday(files['today.yaml'], c);
  const todaySubjects = buildTodaySubjects(files['today.yaml'], c);

  if (c.problems.length) throw new RuleDataError(c.problems);
  return {
    source, limits, ...subjects, today, todaySources: files['today.yaml'].sources, todaySubjects,
    can: capabilityTable(guideEdition, { ...subjects, limits, today }, categoryTablePath),
    categories: files['categories.yaml'].map((cat) => toCategoryNode(cat, [])),
    decisions, rules,
    tracks: files['steps.yaml'].tracks.map((t) => ({ ...t, optional: t.optional ?? false })),
    steps, superseded, history,
  };
}

const trackerRepo = 'github.com/wepyjs/weapp-document-tracker';

/**
 * "same" is said of a dated range of copies (from … until) or of today's page against the guide, never of a
 * single copy ("unchanged since" would read as "to this day"); "unverified" only of today's page.
 */
function sameOrUnverified(e: Parsed['history.yaml']['entries'][number]): string[] {
  const dated = (d?: string) => d !== undefined && /^\d{4}/.test(d);
  if (e.change === 'same' && !(e.from === 'now' || (dated(e.from) && dated(e.until) && e.until !== e.from))) {
    return ['"same" needs a dated range (from and a later until) or from: now'];
  }
  if (e.change === 'unverified' && e.from !== 'now') return ['"unverified" is said of today\'s page only (from: now)'];
  return [];
}

/** Topics and entries cross-checked: known topics and rules, a commit for every tracker copy, no empty topic. */
function buildHistory(file: Parsed['history.yaml'], { needRule, problems }: Checker): RuleHistory {
  const where = 'content/rules/history.yaml';
  const topics = file.topics.map((t, i) => {
    t.rules?.forEach((r) => needRule(`${where}: topics[${i}].rules`, r));
    return { id: t.id, label: t.label, rules: t.rules ?? [] };
  });
  const byId = new Map(topics.map((t) => [t.id, t]));
  if (byId.size !== topics.length) problems.push(`${where}: topics: an id appears twice`);
  const entries = file.entries.map((e, i) => {
    const topic = byId.get(e.topic);
    if (!topic) problems.push(`${where}: entries[${i}].topic: topic "${e.topic}" does not exist`);
    e.rules?.forEach((r) => {
      needRule(`${where}: entries[${i}].rules`, r);
      if (topic && !topic.rules.includes(r)) problems.push(`${where}: entries[${i}].rules: ${r} is not a rule of topic "${e.topic}"`);
    });
    if (e.source.url.includes(trackerRepo) && !e.source.commit) {
      problems.push(`${where}: entries[${i}].source.commit: a tracker copy needs its commit`);
    }
    problems.push(...sameOrUnverified(e).map((p) => `${where}: entries[${i}].change: ${p}`));
    const { rules, until, dateNote, noLaterThan, ...rest } = e;
    return {
      ...rest, rules: rules ?? topic?.rules ?? [], ...(until ? { until } : {}), ...(dateNote ? { dateNote } : {}), ...(noLaterThan ? { noLaterThan } : {}),
    };
  });
  for (const t of topics) if (!entries.some((e) => e.topic === t.id)) problems.push(`${where}: topic "${t.id}" has no entries`);
  return { topics, entries };
}
