// What the wizard concludes from complete answers (the graph): which conditions failed, whether the
// reader can register, the path, what the subject can do (capabilities.ts), the tracks, the checklist
// and the readings shown. How each line is worded is outcome-wording.ts. Where the reader can register:
// verification, 微信支付, 开放平台, members, categories and the next steps; where they cannot, the same
// path greyed out.
import { notesForGroup } from '../history.ts';
import { profileSlug, type Profile } from '../profile.ts';
import type { CategoryTable, CertificationNeed, ConditionFact, GroupId, MethodId, Subject } from '../rules/types.ts';
import { canOf, type Capabilities } from '../capabilities.ts';
import type { EligibilityData } from './data.ts';
import { nextSteps, type NextStep } from './next-steps.ts';
import * as wording from './outcome-wording.ts';
import { questionStep, questionTitle } from '../wizard-page.ts';
import { nextQuestion, subjectOf, todaySubjectOf, type Answers, type Check, type WizardState } from './questions.ts';

export type { Line, Reason, Remedy, Tone } from './outcome-wording.ts';
import type { Line, MemberRow, Reason, Remedy } from './outcome-wording.ts';
export type SectionId = 'verification' | 'payment' | 'open-platform' | 'members' | 'categories';
export interface Section { id: SectionId; title: string; lines: Line[] }
export type { MemberRow } from './outcome-wording.ts';
/**
 * Where the outcome sends the reader for categories: 个人 to the guide's table (/tools/categories/, D1);
 * every other subject group (企业, 个体工商户 read as 企业 per D2, 政府, 媒体, 其他组织) to the official
 * 2018-11-15 非个人主体 table with its documents. Site-relative, like checklistPath.
 */
export interface CategoryLink { kind: CategoryTable; href: string }

export interface Outcome {
  canRegister: boolean;
  headline: string;
  subject: Subject;
  profile: Profile | null;
  profileSlug: string | null;
  /** Every eligibility condition, met or failed, in the order asked (plus warnings). */
  reasons: Reason[];
  /** The conditions that failed. */
  failed: Check[];
  /** When the reader could change the subject type instead (个人 blocked by R6). */
  otherSubject: Remedy | null;
  /** Empty when the reader cannot register. */
  sections: Section[];
  certification: CertificationNeed | null;
  methods: MethodId[];
  paymentReachable: boolean | null;
  openPlatformPossible: boolean | null;
  members: MemberRow[];
  categories: CategoryLink | null;
  /** What to do next; when the reader cannot register, the path that follows once the conditions are met. */
  steps: NextStep[];
  /** Optional tracks preselected in the checklist (ids from steps.yaml). */
  tracks: string[];
  /** "/tools/checklist/<slug>/?tracks=…", read by the checklist page, or null. */
  checklistPath: string | null;
  decisions: string[];
  /** "2018 年后的已知变化": ids of the notes that concern this reader's subject group (superseded.yaml). */
  knownChanges: string[];
  /** What the subject can do under the wizard's edition, with the rules behind each answer. */
  capabilities: Capabilities;
}

/** The notes on what changed after the guide that concern this subject group (备案 concerns everyone). */
const knownChanges = (group: GroupId, data: EligibilityData) => notesForGroup(data.superseded, group).map((n) => n.id);

/** What every outcome shares: the subject, what it can do, the conditions and the readings shown. */
interface Common {
  subject: Subject;
  can: Capabilities;
  failed: ConditionFact[];
  reasons: Reason[];
  decisions: Set<string>;
}

/** Evaluates complete answers (nextQuestion(answers) === null). */
export function evaluate(answers: Answers, data: EligibilityData): Outcome {
  if (nextQuestion(answers, data) !== null) throw new Error('evaluate: the answers are not complete');
  const subject = subjectOf(answers, data)!;
  const can = canOf(subject, data.can);
  const common: Common = {
    subject, can,
    failed: can.conditions.filter((c) => answers[c.id] === 'no'),
    reasons: [...wording.scopeReason({ subject, can }), ...can.conditions.map((c) => wording.conditionReason(c, answers, data))],
    // D11 for everyone: the guide's rules have changed since.
    decisions: new Set([...subject.decisions, ...can.conditions.flatMap((c) => c.decisions), 'D11', ...can.certification.decisions]),
  };
  return common.failed.length ? blocked(common, data) : registered(common, answers, data);
}

/** The reader cannot register yet: every failed condition, and the path that follows once they are met. */
function blocked({ subject, can, failed, reasons, decisions }: Common, data: EligibilityData): Outcome {
  // The path is unknown where the reader chooses it (it is asked only once every condition is met).
  const methods = can.verification.methods;
  const path: MethodId | null = methods.length === 1 ? methods[0]! : null;
  const steps = nextSteps(subject.group, path, [], data);
  if (steps.some((s) => s.deadline)) decisions.add('D4');
  // A condition of the subject type itself (R6, not R3's email): another type may not have it.
  const ownFailed = failed.some((c) => can.register.rules.includes(c.rule));
  return {
    canRegister: false, headline: wording.blockedHeadline(subject, failed.length),
    subject, profile: null, profileSlug: null, reasons, failed: failed.map((c) => c.id),
    otherSubject: ownFailed ? wording.otherSubjectRemedy : null,
    sections: [], certification: null, methods: [], paymentReachable: null, openPlatformPossible: null,
    members: [], categories: null, steps, tracks: [], checklistPath: null, decisions: [...decisions],
    knownChanges: knownChanges(subject.group, data), capabilities: can,
  };
}

/** The optional tracks the reader's needs call for: 认证 before 微信支付 where the path was not 认证. */
function neededTracks({ can, path, needPayment, needUnionId }: wording.Decided): string[] {
  const payment = needPayment && can.payment.possible;
  return [
    ...(payment && path !== 'certification' ? ['certification'] : []),
    ...(payment ? ['payment'] : []),
    ...(needUnionId ? ['open-platform'] : []),
  ];
}

/** The reader can register: the path, what the subject can do on it, and the next steps. */
function registered({ subject, can, reasons, decisions }: Common, answers: Answers, data: EligibilityData): Outcome {
  const path: MethodId | null = can.verification.chooses ? (answers.path as MethodId) : (can.verification.methods[0] ?? null);
  const d: wording.Decided = { subject, can, path, needPayment: answers.payment === 'yes', needUnionId: answers.unionid === 'yes' };
  const profile: Profile = { subject: subject.id, path };
  const slug = profileSlug(profile, data);
  const tracks = neededTracks(d);
  const steps = nextSteps(subject.group, path, tracks, data);
  if (steps.some((s) => s.deadline)) decisions.add('D4');
  const section = (id: SectionId, title: string, lines: Line[]): Section => ({ id, title, lines });
  return {
    canRegister: true, headline: wording.registeredHeadline(d, data), subject, profile, profileSlug: slug,
    reasons: [...reasons, ...wording.paymentReason(d, data)], failed: [], otherSubject: null,
    sections: [
      section('verification', '主体验证与微信认证', wording.verificationLines(d, data)),
      section('payment', d.needPayment ? '微信支付（你需要）' : '微信支付', wording.paymentLines(d, data)),
      section('open-platform', d.needUnionId ? '开放平台与 UnionID（你需要）' : '开放平台与 UnionID', wording.openPlatformLines(d)),
      section('members', '成员名额', wording.memberLines(d, data)),
      section('categories', '服务类目', wording.categoryLines(d, data)),
    ],
    certification: can.certification.need, methods: can.verification.methods,
    paymentReachable: can.payment.possible, openPlatformPossible: true,
    members: wording.memberRows(d, data),
    categories: { kind: can.categories.table, href: data.can.categoryHrefs[can.categories.table] },
    steps, tracks,
    checklistPath: `/tools/checklist/${slug}/${tracks.length ? `?tracks=${tracks.join(',')}` : ''}`,
    decisions: [...decisions], knownChanges: knownChanges(subject.group, data), capabilities: can,
  };
}

/** The document title of a state's page: its question, or its outcome's headline. */
export function stateTitle(state: WizardState, data: EligibilityData): string {
  const step = questionStep(state, data);
  return step ? questionTitle(step) : todaySubjectOf(state.answers, data)?.headline ?? evaluate(state.answers, data).headline;
}
