// The validated, computed rule set. Plain types: islands may import them (types vanish at build).
import type { z } from 'astro/zod';
import type { categoryTables, certificationNeeds, conditionIds, limitsSchema, memberTierIds, ruleEditions, sourceSchema } from './schema.ts';
import type { TodayTopic } from './today-topics.ts';

export type GroupId = 'personal' | 'enterprise' | 'organisation';
export type MethodId = 'remittance' | 'certification';
export type CertificationNeed = (typeof certificationNeeds)[number];
export type RuleEdition = (typeof ruleEditions)[number];
export type ConditionId = (typeof conditionIds)[number];
export type MemberTierId = (typeof memberTierIds)[number];
export type CategoryTable = (typeof categoryTables)[number];
export type GuidePage =
  | 'introduction' | 'registration' | 'preparation' | 'review-and-release'
  | 'certification' | 'payment' | 'open-platform' | 'official-account';

export type Source = z.infer<typeof sourceSchema>;
export type Limits = z.infer<typeof limitsSchema>;

export interface Rule {
  id: string;
  /** Text with every {fact} filled from limits.yaml. */
  text: string;
  page: GuidePage;
  anchor: string;
  /** Site-relative link to the guide heading, without the deploy base. */
  path: string;
  decisions: string[];
  /** Date of the source, YYYY-MM. */
  asOf: string;
}

export interface Decision { id: string; title: string; text: string }

/** A condition of registering, with the rule (and reading) that sets it. */
export interface ConditionFact { id: ConditionId; rule: string; decisions: string[] }

/** What a subject group can do under one edition, as subjects.yaml states it (capabilities.ts derives the rest). */
export interface GroupEdition {
  conditions: ConditionFact[];
  verification: { methods: MethodId[]; rules: string[] };
  certification: { need: CertificationNeed; rules: string[]; decisions: string[] };
  members: { uncertified: MemberTierId; certified?: MemberTierId };
  categories: { table: CategoryTable; rules: string[] };
}

/** What holds for every group under one edition. */
export interface EditionFacts {
  /** Conditions every subject meets (R3), asked after the group's own. */
  conditions: ConditionFact[];
  /** The rule that opens 微信支付 to certified accounts (R43). */
  payment: string;
  profileOpens: { registration: string; remittance: string; certification: string };
}

export interface SubjectGroup {
  id: GroupId;
  label: string;
  editions: Record<RuleEdition, GroupEdition>;
}

export interface Subject {
  id: string;
  label: string;
  group: GroupId;
  rule: string;
  scope: string;
  decisions: string[];
}

export interface VerificationMethod { id: MethodId; label: string; rule: string; summary: string }

export interface CategoryNode {
  name: string;
  /** Names from level 1 down to this node. */
  path: string[];
  children: CategoryNode[];
}

export interface Track { id: string; label: string; optional: boolean }
export interface Step {
  id: string;
  track: string;
  label: string;
  /** The guide's rules; empty for a step from after the guide. */
  rules: string[];
  /** For a step the guide never had: the superseded.yaml note it comes from (e.g. "filing"). */
  after?: string;
  /** Which accounts take it: by what their subject can do (capabilities.ts) and by the path chosen. */
  when: { certification?: CertificationNeed[]; payment?: true; paths?: MethodId[] };
  deadline?: 'remittance';
  /** The topic of today.yaml that says how the step stands today. */
  today?: TodayTopic;
}

export type Confidence = 'high' | 'medium' | 'low';
export interface SupersededSource { title: string; url: string; date: string; confidence: Confidence }
export type SupersededStatus = 'changed' | 'unverified' | 'added';
/** A rule known to have changed since the guide, or whose current value could not be verified (D11). */
export interface SupersededNote {
  id: string;
  status: SupersededStatus;
  /** The history.yaml topic it summarises. */
  topic: string;
  rules: string[];
  /** The subject groups it concerns; absent means every group. */
  groups?: GroupId[];
  title: string;
  text: string;
  sources: SupersededSource[];
}

export type { TodayTopic } from './today-topics.ts';
/** What today's sources say on one topic for a group: the value, how it relates to the guide, its sources. */
export interface NowStatement {
  topic: TodayTopic;
  status: SupersededStatus;
  text: string;
  sources: SupersededSource[];
  /** When the sources were read (YYYY-MM-DD). */
  checked: string;
}
/** One answer about a subject type the guide did not cover (today.yaml's subjects), with a link where it has one. */
export interface TodayAnswer extends Omit<NowStatement, 'topic'> { id: string; label: string; link?: { text: string; href: string } }
/** A subject type the guide did not cover (海外主体), answered from today's sources alone. */
export interface TodaySubject {
  id: string; label: string; scope: string; headline: string; answers: TodayAnswer[];
  /** The outcome's next steps; a link is site-relative ("/…") or an official page. */
  next: { text: string; link: { text: string; href: string } }[];
}
/** A statement of today.yaml with the groups it holds for (null: every group) and the rules it answers beside. */
export interface TodayStatement extends NowStatement { groups: GroupId[] | null; rules: string[] }

export type HistoryChange = 'added' | 'changed' | 'removed' | 'superseded' | 'same' | 'unverified';
export interface HistoryTopic { id: string; label: string; rules: string[] }
export interface HistoryEntry {
  topic: string;
  /** The rules this entry is about (the topic's rules unless narrowed). */
  rules: string[];
  /** YYYY, YYYY-MM, YYYY-MM-DD, "now" or "undated". */
  from: string;
  until?: string;
  dateNote?: string;
  /** The change happened no later than `from` (a page's publication date). */
  noLaterThan?: true;
  change: HistoryChange;
  value: string;
  source: { title: string; url: string; commit?: string };
  confidence: Confidence;
}
export interface RuleHistory { topics: HistoryTopic[]; entries: HistoryEntry[] }

export interface RuleSet {
  /** What each subject and group can do under the guide's edition (capabilities.ts), derived once. */
  can: CapabilityTable;
  source: Source;
  limits: Limits;
  editions: Record<RuleEdition, EditionFacts>;
  groups: Record<GroupId, SubjectGroup>;
  subjects: Subject[];
  verificationMethods: Record<MethodId, VerificationMethod>;
  categories: CategoryNode[];
  decisions: Decision[];
  rules: Rule[];
  tracks: Track[];
  steps: Step[];
  superseded: SupersededNote[];
  history: RuleHistory;
  /** Today's statements, sources resolved (today.yaml). */
  today: TodayStatement[];
  /** Subject types the guide did not cover, answered from today's sources (today.yaml). */
  todaySubjects: TodaySubject[];
  /** today.yaml's sources by id, for pages that cite them directly (the 备案 page). */
  todaySources: Record<string, SupersededSource>;
}

/** What a subject can do under one rule edition (src/lib/capabilities.ts derives it). */
export interface Capabilities {
  edition: RuleEdition;
  group: GroupId;
  /** The rules under which the subject registers (the group's subjects' rules, for a group). */
  register: { rules: string[] };
  /** The conditions a reader must meet to register, in the order asked: the group's, then everyone's (R3). */
  conditions: ConditionFact[];
  /** How the subject is verified; chooses: the reader picks one of several methods (R12). */
  verification: { methods: MethodId[]; chooses: boolean; rules: string[] };
  certification: { need: CertificationNeed; rules: string[]; decisions: string[] };
  /**
   * 微信支付 goes to certified accounts (R43). Where 认证 is unavailable (个人, R41) it cannot be applied
   * for: no rule says so, it is inferred from the two (inferred: true; rules: both).
   */
  payment: { possible: boolean; inferred: boolean; rules: string[]; decisions: string[] };
  /** The tier before 微信认证 and, where 认证 is possible, after it (limits.yaml members); rules: each tier's. */
  members: { uncertified: MemberTierId; certified: MemberTierId | null; rules: string[] };
  /** When the profile opens, per verification path (path null: no verification step, after registration). */
  profile: { path: MethodId | null; rule: string }[];
  categories: { table: CategoryTable; rules: string[] };
  /** What today's sources say where today differs from the edition or is unverified (today.yaml), by topic. */
  now: Partial<Record<TodayTopic, NowStatement>>;
}

/**
 * What every subject and every group can do under one edition, derived once at build time (the rule
 * set carries the guide edition's); the wizard gets it as data, so no derivation runs in the browser.
 */
export interface CapabilityTable {
  edition: RuleEdition;
  /** Each group's row; a subject's is its group's with the subject's own rule (canOf). */
  groups: Record<GroupId, Capabilities>;
  /** The page that shows each category table (site-relative; qualifications.ts names them). */
  categoryHrefs: Record<CategoryTable, string>;
}
