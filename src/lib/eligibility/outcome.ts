// What the wizard concludes from complete answers: every condition met or failed (each with its rule
// and what to do about it), then — where the reader can register — verification, 微信支付,
// 开放平台, members, categories and the next steps; where they cannot, the same path greyed out.
import { notesForGroup } from '../history.ts';
import { profileSlug, type Profile } from '../profile.ts';
import type { CertificationNeed, GroupId, MethodId, Subject } from '../rules/types.ts';
import { quoteRule, ruleText, type EligibilityData } from './data.ts';
import { nextSteps, type NextStep } from './next-steps.ts';
import { checksFor, emailPlatforms, helpApplies, nextQuestion, question, subjectOf, type Answers, type Check, type WizardState } from './questions.ts';

export type Tone = 'ok' | 'warn' | 'blocker' | 'info';
export interface Line { text: string; rules: string[]; tone: Tone; decisions?: string[] }
export interface Remedy { text: string; link?: { state: WizardState; text: string } }
export interface Reason extends Line { remedy?: Remedy }
export type SectionId = 'verification' | 'payment' | 'open-platform' | 'members' | 'categories';
export interface Section { id: SectionId; title: string; lines: Line[] }
export interface MemberRow { label: string; developers: number; testers: number; rule: string }
/**
 * Where the outcome sends the reader for categories: 个人 to the guide's table (/tools/categories/, D1);
 * every other subject group (企业, 个体工商户 read as 企业 per D2, 政府, 媒体, 其他组织) to the official
 * 2018-11-15 非个人主体 table with its documents. Site-relative, like checklistPath.
 */
export type CategoryLink = { kind: 'personal'; href: string } | { kind: 'enterprise'; href: string };

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
}

const line = (text: string, rules: string[], tone: Tone = 'info', decisions?: string[]): Line =>
  decisions ? { text, rules, tone, decisions } : { text, rules, tone };

function conditionReason(check: Check, answers: Answers, data: EligibilityData): Reason {
  const minAge = data.limits.personal.minAge;
  const met = answers[check] === 'yes';
  switch (check) {
    case 'age':
      return met
        ? line(`你已年满 ${minAge} 岁（“${minAge}岁以上”包含 ${minAge} 岁）。`, ['R6'], 'ok', ['D3'])
        : { ...line(`个人主体须年满 ${minAge} 岁，而你尚未满 ${minAge} 岁。`, ['R6'], 'blocker', ['D3']), remedy: { text: `年满 ${minAge} 岁后，这一条就符合了。` } };
    case 'identity':
      return met
        ? line('你有国内身份信息。', ['R6'], 'ok')
        : { ...line('个人主体须有国内身份信息，而你没有。', ['R6'], 'blocker'), remedy: { text: '原文没有为没有国内身份信息的个人提供注册方式。' } };
    case 'realname':
      return met
        ? line('你是微信实名用户。', ['R6'], 'ok')
        : { ...line('个人主体须是微信实名用户，而你还不是。', ['R6'], 'blocker'), remedy: { text: '先在微信中完成实名，再来注册；怎样实名，指南未说明，以微信中的提示为准。' } };
    case 'email':
      return met
        ? line(`你的邮箱未注册过${emailPlatforms(data)}，也未绑定个人微信号。`, ['R3'], 'ok')
        : {
          ...line(`原文要求填写未注册过${emailPlatforms(data)}、未绑定个人号（个人微信号）的邮箱，所以这个邮箱不符合要求。`, ['R3'], 'blocker'),
          remedy: { text: '换用一个符合要求的邮箱即可。', link: { state: { answers: { ...answers, email: 'yes' }, help: false }, text: '已换用符合要求的邮箱，重新查看结果' } },
        };
  }
}

/** The notes on what changed after the guide that concern this subject group (备案 concerns everyone). */
const knownChanges = (group: GroupId, data: EligibilityData) => notesForGroup(data.superseded, group).map((n) => n.id);

/** Evaluates complete answers (nextQuestion(answers) === null). */
export function evaluate(answers: Answers, data: EligibilityData): Outcome {
  if (nextQuestion(answers, data) !== null) throw new Error('evaluate: the answers are not complete');
  const subject = subjectOf(answers, data)!;
  const group: GroupId = subject.group;
  const decisions = new Set<string>(subject.decisions);
  const reasons: Reason[] = group === 'personal'
    ? []
    : [line(`${subject.label}主体可以注册小程序，范围是：${subject.scope}`, [subject.rule], 'ok', subject.decisions.length ? subject.decisions : undefined)];
  for (const check of checksFor(subject)) reasons.push(conditionReason(check, answers, data));
  if (group === 'personal') decisions.add('D3');
  decisions.add('D11');
  const failed = checksFor(subject).filter((q) => answers[q] === 'no');

  const methods = data.groups[group].verificationMethods;
  const canRegister = failed.length === 0;
  if (!canRegister) {
    // The path is unknown for enterprise types (it is asked only once every condition is met).
    const path: MethodId | null = methods.length === 1 ? methods[0]! : null;
    if (path === 'certification' && group === 'organisation') decisions.add('D6');
    const personalBlocked = failed.some((c) => c !== 'email');
    const steps = nextSteps(group, path, [], data);
    if (steps.some((s) => s.deadline)) decisions.add('D4');
    return {
      canRegister, headline: `按你的回答，暂时不能以${subject.label}主体注册小程序（${failed.length} 项条件不符合）`,
      subject, profile: null, profileSlug: null, reasons, failed,
      otherSubject: personalBlocked
        ? { text: '如果你代表企业、个体工商户、政府、媒体或其他组织，可以改选主体类型。', link: { state: { answers: {}, help: false }, text: '改选主体类型' } }
        : null,
      sections: [], certification: null, methods: [], paymentReachable: null, openPlatformPossible: null,
      members: [], categories: null, steps, tracks: [], checklistPath: null, decisions: [...decisions],
      knownChanges: knownChanges(group, data),
    };
  }

  const path: MethodId | null = methods.length > 1 ? (answers.path as MethodId) : (methods[0] ?? null);
  const profile: Profile = { subject: subject.id, path };
  const slug = profileSlug(profile, data);
  const needPayment = answers.payment === 'yes';
  const needUnionId = answers.unionid === 'yes';
  const certified = path === 'certification';
  if (path === 'remittance') decisions.add('D4');
  if (group === 'organisation') decisions.add('D6');

  // Verification and certification (R12-R15, R40-R41).
  const verification: Line[] = [];
  if (group === 'personal') {
    verification.push(line('原文没有为个人主体规定主体验证方式。', ['R12', 'R15']));
    verification.push(line(`微信认证：${ruleText('R41', data)}`, ['R41'], 'warn', ['D11']));
  } else if (group === 'enterprise') {
    const m = data.verificationMethods[path!];
    verification.push(line(`企业类型帐号可在对公打款和微信认证两种方式中选择一种；你选择了“${m.label}”。`, ['R12'], 'ok', subject.decisions.includes('D2') ? ['D2'] : undefined));
    // The fee and the deadline are in the summary card above (summary.ts), not repeated here.
    verification.push(path === 'remittance'
      ? line('微信认证：可选。对公打款注册的帐号未认证，可以之后根据需要申请。', ['R40', 'R42'])
      : line('微信认证：你选择的验证方式就是微信认证，通过后即为已认证帐号。', ['R40', 'R14']));
  } else {
    verification.push(line(`${subject.label}类型帐号必须通过微信认证验证主体身份；认证通过前小程序部分功能暂无法使用。`, ['R15', 'R21', 'R16']));
    verification.push(line('微信认证：必须。原文只对企业类型写明了认证费用。', ['R40'], 'info', ['D6']));
  }

  // 微信支付 (R43 with R40/R41).
  const paymentReachable = group !== 'personal';
  const payment: Line[] = [];
  if (!paymentReachable) {
    payment.push(line(`按指南无法申请：指南写的是已认证的小程序可申请微信支付，而${quoteRule('R41', data)}。`, ['R43', 'R41'], needPayment ? 'warn' : 'info', ['D11']));
    if (needPayment) reasons.push(line(`你需要微信支付，但按指南${quoteRule('R41', data)}，而指南只为已认证的小程序提供微信支付申请；如需支付，要以可以认证的主体（企业、个体工商户、政府、媒体、其他组织）注册。`, ['R41', 'R43'], 'warn'));
  } else if (certified) {
    payment.push(line('可以申请：已认证的小程序可申请微信支付，你的帐号认证通过后即可申请。', ['R43'], 'ok'));
  } else {
    payment.push(line('认证后可以申请：指南写的是已认证的小程序可申请微信支付，对公打款注册的帐号需另行申请并通过微信认证（企业类型可选认证）。', ['R43', 'R40'], needPayment ? 'warn' : 'info'));
  }

  // 开放平台 / UnionID (R44-R47).
  const openPlatform = [
    line('可以绑定：原文没有限制哪些主体的小程序可以绑定。绑定后，同一用户在该开放平台帐号下的小程序、公众号、移动应用和网站应用中 UnionID 相同。', ['R44', 'R45'], needUnionId ? 'ok' : 'info'),
    line('要求：开放平台帐号须先完成开发者资质认证，再在开放平台的“管理中心 — 公众帐号 — 绑定公众帐号”绑定。', ['R47', 'R46']),
  ];

  // Members (R30-R32).
  const mem = data.limits.members;
  const members: MemberRow[] = group === 'personal'
    ? [{ label: '个人主体小程序', developers: mem.personal.developers, testers: mem.personal.testers, rule: mem.personal.rule }]
    : [
      { label: certified ? '微信认证通过前' : '注册后（未认证）', developers: mem.unverified.developers, testers: mem.unverified.testers, rule: mem.unverified.rule },
      { label: certified ? '微信认证通过后' : '申请微信认证并通过后', developers: mem.verified.developers, testers: mem.verified.testers, rule: mem.verified.rule },
    ];
  const membersLines = [group === 'personal'
    ? line(`按指南${quoteRule('R41', data)}，名额不会因认证而提高。`, ['R30', 'R41'])
    : line('名额取决于帐号是否已认证。', ['R31', 'R32'])];

  // Categories (R26-R28), as strong as the source: the personal table is for reference (R27).
  const categories: CategoryLink = group === 'personal'
    ? { kind: 'personal', href: '/tools/categories/' }
    // qualificationPagePath.enterprise (src/lib/qualifications.ts; the unit test holds them equal),
    // written out so the wizard's bundle does not pull in that module's chunk.
    : { kind: 'enterprise', href: '/tools/categories/enterprise/' };
  const categoryLines = [
    group === 'personal'
      ? line(`指南列出了面向个人开发者开放的服务类目（${data.source.asOfLabel}），并说明这些类目会随政策、法律法规和平台规定变化，以提交时开放的为准，该表仅供参考。`, ['R27', 'R28'])
      : line(`本指南只列出了面向个人开发者开放的服务类目，没有列出${subject.label}主体可选的类目；可参考官方 2018-11-15 版非个人主体类目表，现行以平台为准。`, ['R27']),
    line('选择特殊行业的服务类目，需要提供资质材料提交审核。', ['R26']),
  ];

  // Next steps: the register track, when the profile opens, and the chosen optional tracks.
  const tracks: string[] = [];
  if (needPayment && paymentReachable && path === 'remittance') tracks.push('certification');
  if (needPayment && paymentReachable) tracks.push('payment');
  if (needUnionId) tracks.push('open-platform');
  const checklistPath = `/tools/checklist/${slug}/${tracks.length ? `?tracks=${tracks.join(',')}` : ''}`;

  const section = (id: SectionId, title: string, lines: Line[]): Section => ({ id, title, lines });
  const label = path && methods.length > 1 ? `${subject.label}主体，${data.verificationMethods[path].label}` : `${subject.label}主体`;
  return {
    canRegister, headline: `可以注册小程序（${label}）`, subject, profile, profileSlug: slug, reasons, failed: [], otherSubject: null,
    sections: [
      section('verification', '主体验证与微信认证', verification),
      section('payment', needPayment ? '微信支付（你需要）' : '微信支付', payment),
      section('open-platform', needUnionId ? '开放平台与 UnionID（你需要）' : '开放平台与 UnionID', openPlatform),
      section('members', '成员名额', membersLines),
      section('categories', '服务类目', categoryLines),
    ],
    certification: data.groups[group].certification, methods, paymentReachable, openPlatformPossible: true,
    members, categories, steps: nextSteps(group, path, tracks, data), tracks, checklistPath, decisions: [...decisions],
    knownChanges: knownChanges(group, data),
  };
}

/** The document title of a state's page. */
export function stateTitle(state: WizardState, data: EligibilityData): string {
  const q = nextQuestion(state.answers, data);
  if (state.help && helpApplies(state.answers, data)) return '对公打款还是微信认证？';
  if (q) return question(q, state.answers, data).title;
  return evaluate(state.answers, data).headline;
}
