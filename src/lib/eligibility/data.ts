// The part of the rule set the eligibility wizard needs, picked at build time. Small enough to pass
// to the island as props: it is the island's only data, serialized into every wizard page's HTML, so
// nothing goes in that the wizard does not read (the track list, for one: the steps carry their track).
import type { CapabilityTable } from '../capabilities.ts';
import type { Decision, GroupId, Limits, RuleSet, Step, Subject, SubjectGroup, SupersededNote, TodaySubject } from '../rules/types.ts';

/** A cited rule (keyed by its id): the guide heading it links to and, for rules the wizard quotes, its text. */
export interface RuleRef { path: string; text?: string }

export interface EligibilityData {
  /** What each subject and group can do under the edition the wizard answers by (capabilities.ts, derived at build time). */
  can: CapabilityTable;
  subjects: Subject[];
  /** Subject types the guide did not cover (海外主体), answered from today's sources alone: no question follows. */
  todaySubjects: TodaySubject[];
  groups: Record<GroupId, Pick<SubjectGroup, 'id' | 'label'>>;
  verificationMethods: RuleSet['verificationMethods'];
  limits: Pick<Limits, 'personal' | 'members' | 'remittance' | 'certification' | 'email'>;
  /** Every rule the wizard cites, by id. */
  rules: Record<string, RuleRef>;
  /** The reading decisions the wizard shows, by id. */
  decisions: Record<string, Decision>;
  /** What is known to have changed since the guide: notes on the rules the wizard cites, and new requirements (D11). */
  superseded: SupersededNote[];
  /** The register track and the optional tracks' steps (steps.yaml), in order, plus the step that opens the profile. */
  steps: Step[];
  source: { officialDocs: string; qualificationMaterials: string; asOfLabel: string; asOfDate: string };
}

/**
 * What the questions need, and so all the island is given: an outcome's steps, its notes on today's
 * rules and the guide's edition are read at build time only (an outcome is a static page).
 */
export type QuestionData = Omit<EligibilityData, 'steps' | 'superseded' | 'source'>;
export function questionData({ steps: _steps, superseded: _superseded, source: _source, ...questions }: EligibilityData): QuestionData {
  // Today's statements are shown by outcomes, which are rendered at build time: the questions need none.
  const groups = Object.fromEntries(Object.entries(questions.can.groups).map(([id, g]) => [id, { ...g, now: {} }]));
  return {
    ...questions, can: { ...questions.can, groups: groups as QuestionData['can']['groups'] },
    todaySubjects: questions.todaySubjects.map((s) => ({ ...s, answers: [], next: [] })),
  };
}

const citedRules = ['R3', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R18', 'R19', 'R20',
  'R21', 'R23', 'R24', 'R25', 'R26', 'R27', 'R28', 'R30', 'R31', 'R32', 'R40', 'R41', 'R42', 'R43', 'R44', 'R45', 'R46', 'R47'];
/** Rules whose own sentence the wizard shows (so it is written once, in rules.yaml). */
const quotedRules = new Set(['R20', 'R41']);
const shownDecisions = ['D2', 'D3', 'D4', 'D6', 'D11'];
/** steps.yaml's step for filling in name, avatar, introduction and service scope (R23-R25). */
export const profileStepId = 'complete-info';

export function eligibilityData(rules: RuleSet): EligibilityData {
  const optional = (track: string) => rules.tracks.find((t) => t.id === track)?.optional;
  const steps = rules.steps.filter((s) => s.track === 'register' || s.id === profileStepId || s.after || optional(s.track));
  const ids = new Set([...citedRules, ...steps.flatMap((s) => s.rules)]);
  const ruleMap: Record<string, RuleRef> = {};
  for (const r of rules.rules) {
    if (ids.has(r.id)) ruleMap[r.id] = quotedRules.has(r.id) ? { path: r.path, text: r.text } : { path: r.path };
  }
  const decisions: Record<string, Decision> = {};
  for (const d of rules.decisions) if (shownDecisions.includes(d.id)) decisions[d.id] = d;
  const { personal, members, remittance, certification, email } = rules.limits;
  const { officialDocs, qualificationMaterials, asOfLabel, asOfDate } = rules.source;
  return {
    can: rules.can, subjects: rules.subjects, todaySubjects: rules.todaySubjects, verificationMethods: rules.verificationMethods,
    groups: Object.fromEntries(Object.values(rules.groups).map(({ id, label }) => [id, { id, label }])) as EligibilityData['groups'],
    limits: { personal, members, remittance, certification, email },
    rules: ruleMap, decisions,
    superseded: rules.superseded.filter((n) => n.rules.length === 0 || n.rules.some((r) => ids.has(r))),
    steps,
    source: { officialDocs, qualificationMaterials, asOfLabel, asOfDate },
  };
}

/** The rule's sentence without its full stop, to quote inside another sentence. */
export const quoteRule = (id: string, data: Pick<EligibilityData, 'rules'>) => ruleText(id, data).replace(/。$/, '');

/** The rule's sentence from rules.yaml (only for quoted rules). */
export function ruleText(id: string, data: Pick<EligibilityData, 'rules'>): string {
  const text = data.rules[id]?.text;
  if (text === undefined) throw new Error(`eligibility: rule ${id} is not quoted by the wizard`);
  return text;
}

