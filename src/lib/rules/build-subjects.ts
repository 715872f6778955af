// subjects.yaml built and cross-checked: the subjects, their groups with what each can do under every
// rule edition, the edition-wide facts and the verification methods. Part of buildRuleSet (build.ts).
import type { Checker, Parsed } from './checker.ts';
import type { ConditionFact, EditionFacts, GroupEdition, GroupId, MethodId, RuleEdition, RuleSet, Source } from './types.ts';

type SubjectsFile = Parsed['subjects.yaml'];
type RawCondition = { id: ConditionFact['id']; rule: string; decisions?: string[] | undefined };
const file = 'content/rules/subjects.yaml';

function conditions(where: string, raw: readonly RawCondition[], c: Checker): ConditionFact[] {
  return raw.map((cond, i) => {
    c.needRule(`${where}[${i}].rule`, cond.rule);
    cond.decisions?.forEach((d) => c.needDecision(`${where}[${i}].decisions`, d));
    return { id: cond.id, rule: cond.rule, decisions: cond.decisions ?? [] };
  });
}

function editions(raw: SubjectsFile['editions'], source: Source, c: Checker): Record<RuleEdition, EditionFacts> {
  return Object.fromEntries((Object.entries(raw) as [RuleEdition, SubjectsFile['editions'][RuleEdition]][]).map(([id, e]) => {
    const where = `${file}: editions.${id}`;
    // The guide's edition is named after the date of the source it reads (source.yaml).
    if (id.startsWith('guide-') && id !== `guide-${source.asOfDate}`) c.problems.push(`${where}: the guide's edition must be guide-${source.asOfDate}`);
    c.needRule(`${where}.payment`, e.payment);
    for (const [k, r] of Object.entries(e.profileOpens)) c.needRule(`${where}.profileOpens.${k}`, r);
    return [id, { ...e, conditions: conditions(`${where}.conditions`, e.conditions, c) }];
  })) as Record<RuleEdition, EditionFacts>;
}

type RawGroupEdition = SubjectsFile['groups'][GroupId]['editions'][RuleEdition];
function groupEdition(where: string, e: RawGroupEdition, c: Checker): GroupEdition {
  for (const [k, rules] of [['verification', e.verification.rules], ['certification', e.certification.rules], ['categories', e.categories.rules]] as const) {
    rules.forEach((r) => c.needRule(`${where}.${k}.rules`, r));
  }
  e.certification.decisions?.forEach((d) => c.needDecision(`${where}.certification.decisions`, d));
  // A certified tier exists exactly where 微信认证 is possible.
  if ((e.members.certified === undefined) !== (e.certification.need === 'unavailable')) {
    c.problems.push(`${where}.members.certified: give a certified tier exactly when certification is not unavailable`);
  }
  return {
    conditions: conditions(`${where}.conditions`, e.conditions ?? [], c),
    verification: e.verification,
    certification: { ...e.certification, decisions: e.certification.decisions ?? [] },
    members: e.members,
    categories: e.categories,
  };
}

export function buildSubjects(raw: SubjectsFile, source: Source, c: Checker): Pick<RuleSet, 'editions' | 'groups' | 'subjects' | 'verificationMethods'> {
  const subjectIds = new Set<string>();
  const subjects = raw.subjects.map((s, i) => {
    const where = `${file}: subjects[${i}]`;
    if (subjectIds.has(s.id)) c.problems.push(`${where}.id: ${s.id} appears twice`);
    subjectIds.add(s.id);
    c.needRule(`${where}.rule`, s.rule);
    s.decisions?.forEach((d) => c.needDecision(`${where}.decisions`, d));
    return { ...s, scope: c.fill(`${where}.scope`, s.scope), decisions: s.decisions ?? [] };
  });
  const groups = Object.fromEntries((Object.entries(raw.groups) as [GroupId, SubjectsFile['groups'][GroupId]][]).map(([id, g]) => {
    if (!subjects.some((s) => s.group === id)) c.problems.push(`${file}: groups.${id}: no subject belongs to this group`);
    const byEdition = Object.fromEntries((Object.entries(g.editions) as [RuleEdition, RawGroupEdition][])
      .map(([ed, e]) => [ed, groupEdition(`${file}: groups.${id}.editions.${ed}`, e, c)]));
    return [id, { id, label: g.label, editions: byEdition }];
  })) as RuleSet['groups'];
  const verificationMethods = Object.fromEntries(
    (Object.entries(raw.verificationMethods) as [MethodId, { label: string; rule: string; summary: string }][]).map(([id, m]) => {
      c.needRule(`${file}: verificationMethods.${id}.rule`, m.rule);
      return [id, { id, ...m }];
    }),
  ) as RuleSet['verificationMethods'];
  return { editions: editions(raw.editions, source, c), groups, subjects, verificationMethods };
}
