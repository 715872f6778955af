// How each line of the outcome is worded, given what outcome.ts decided: the conditions, verification
// and 微信认证, 微信支付, 开放平台, members and categories. Rule ids come from the subject's capabilities
// (capabilities.ts) wherever they back a fact; the rules a sentence adds for a detail (an entrance, a
// step) are named beside it. Nothing here decides anything the reader can do.
import type { Capabilities } from '../capabilities.ts';
import type { CategoryTable, CertificationNeed, ConditionFact, MethodId, NowStatement, Subject } from '../rules/types.ts';
import { quoteRule, ruleText, type EligibilityData } from './data.ts';
import { emailPlatforms, type Answers, type WizardState } from './questions.ts';

export type Tone = 'ok' | 'warn' | 'blocker' | 'info';
/** A line of the outcome: the guide's answer, its rules, and today's answer where it differs (now). */
export interface Line { text: string; rules: string[]; tone: Tone; decisions?: string[]; now?: NowStatement }
export interface Remedy { text: string; link?: { state: WizardState; text: string } }
export interface Reason extends Line { remedy?: Remedy }
export interface MemberRow { label: string; developers: number; testers: number; rule: string }

export const line = (text: string, rules: string[], tone: Tone = 'info', decisions?: string[]): Line =>
  decisions?.length ? { text, rules, tone, decisions } : { text, rules, tone };

/** The line with today's answer beside the guide's, where today's sources say something else (today.yaml). */
const withNow = <L extends Line>(l: L, now: NowStatement | undefined): L => (now ? { ...l, now } : l);

/** What the outcome decided, as the wording needs it. */
export interface Decided {
  subject: Subject;
  can: Capabilities;
  /** The verification path taken; null where there is none (or it is not chosen yet). */
  path: MethodId | null;
  needPayment: boolean;
  needUnionId: boolean;
}

/** "企业主体可以注册小程序，范围是：…", where the subject's own rule sets no condition on the reader (not R6). */
export function scopeReason({ subject, can }: Pick<Decided, 'subject' | 'can'>): Reason[] {
  if (can.conditions.some((c) => can.register.rules.includes(c.rule))) return [];
  return [line(`${subject.label}主体可以注册小程序，范围是：${subject.scope}`, can.register.rules, 'ok', subject.decisions)];
}

export function conditionReason(cond: ConditionFact, answers: Answers, data: EligibilityData): Reason {
  const minAge = data.limits.personal.minAge;
  const met = answers[cond.id] === 'yes';
  const ok = (text: string) => line(text, [cond.rule], 'ok', cond.decisions);
  const blocker = (text: string, remedy: Remedy): Reason => ({ ...line(text, [cond.rule], 'blocker', cond.decisions), remedy });
  switch (cond.id) {
    case 'age':
      return met
        ? ok(`你已年满 ${minAge} 岁（“${minAge}岁以上”包含 ${minAge} 岁）。`)
        : blocker(`个人主体须年满 ${minAge} 岁，而你尚未满 ${minAge} 岁。`, { text: `年满 ${minAge} 岁后，这一条就符合了。` });
    case 'identity':
      return met
        ? ok('你有国内身份信息。')
        : blocker('个人主体须有国内身份信息，而你没有。', { text: '原文没有为没有国内身份信息的个人提供注册方式。' });
    case 'realname':
      return met
        ? ok('你是微信实名用户。')
        : blocker('个人主体须是微信实名用户，而你还不是。', { text: '先在微信中完成实名，再来注册；怎样实名，指南未说明，以微信中的提示为准。' });
    case 'email':
      return met
        ? ok(`你的邮箱未注册过${emailPlatforms(data)}，也未绑定个人微信号。`)
        : blocker(`原文要求填写未注册过${emailPlatforms(data)}、未绑定个人号（个人微信号）的邮箱，所以这个邮箱不符合要求。`, {
          text: '换用一个符合要求的邮箱即可。',
          link: { state: { answers: { ...answers, email: 'yes' }, help: false }, text: '已换用符合要求的邮箱，重新查看结果' },
        });
  }
}

/** Offered where a condition of the subject type itself failed (R6): another type may have none. */
export const otherSubjectRemedy: Remedy = {
  text: '如果你代表企业、个体工商户、政府、媒体或其他组织，可以改选主体类型。',
  link: { state: { answers: {}, help: false }, text: '改选主体类型' },
};

export const blockedHeadline = (subject: Subject, failed: number) =>
  `按你的回答，暂时不能以${subject.label}主体注册小程序（${failed} 项条件不符合）`;

export function registeredHeadline({ subject, can, path }: Decided, data: EligibilityData): string {
  const label = path && can.verification.chooses ? `${subject.label}主体，${data.verificationMethods[path].label}` : `${subject.label}主体`;
  return `可以注册小程序（${label}）`;
}

/** Verification and 微信认证 (R12-R15, R40-R41), worded by how 认证 stands for the subject: [how it verifies, 微信认证]. */
const verificationWording: Record<CertificationNeed, (d: Decided, data: EligibilityData) => [Line, Line]> = {
  unavailable: ({ subject, can }, data) => [
    line(`原文没有为${subject.label}主体规定主体验证方式。`, can.verification.rules),
    line(`微信认证：${ruleText(can.certification.rules[0]!, data)}`, can.certification.rules, 'warn', can.certification.decisions),
  ],
  optional: ({ subject, can, path }, data) => [
    line(`${data.groups[can.group].label}帐号可在${can.verification.methods.map((m) => data.verificationMethods[m].label).join('和')}`
      + `两种方式中选择一种；你选择了“${data.verificationMethods[path!].label}”。`,
    can.verification.rules, 'ok', subject.decisions.includes('D2') ? ['D2'] : undefined),
    // The fee and the deadline are in the summary card above (summary.ts), not repeated here.
    path === 'remittance'
      ? line('微信认证：可选。对公打款注册的帐号未认证，可以之后根据需要申请。', [...can.certification.rules, 'R42'])
      : line('微信认证：你选择的验证方式就是微信认证，通过后即为已认证帐号。', [...can.certification.rules, 'R14']),
  ],
  mandatory: ({ subject, can }) => [
    line(`${subject.label}类型帐号必须通过微信认证验证主体身份；认证通过前小程序部分功能暂无法使用。`, [...can.verification.rules, 'R21', 'R16']),
    line('微信认证：必须。原文只对企业类型写明了认证费用。', can.certification.rules, 'info', can.certification.decisions),
  ],
};
export function verificationLines(d: Decided, data: EligibilityData): Line[] {
  const [verifies, certification] = verificationWording[d.can.certification.need](d, data);
  return [withNow(verifies, d.can.now.verification), withNow(certification, d.can.now.certification)];
}

/** 微信支付 (R43 with R40/R41): never where 认证 is unavailable, now where the path is 认证, else after 认证. */
export function paymentLines({ can, path, needPayment }: Decided, data: EligibilityData): Line[] {
  const { payment, certification } = can;
  if (!payment.possible) {
    return [withNow(line(`按指南无法申请：指南写的是已认证的小程序可申请微信支付，而${quoteRule(certification.rules[0]!, data)}。`,
      payment.rules, needPayment ? 'warn' : 'info', payment.decisions), can.now.payment)];
  }
  if (path === 'certification') return [withNow(line('可以申请：已认证的小程序可申请微信支付，你的帐号认证通过后即可申请。', payment.rules, 'ok'), can.now.payment)];
  return [withNow(line('认证后可以申请：指南写的是已认证的小程序可申请微信支付，对公打款注册的帐号需另行申请并通过微信认证（企业类型可选认证）。',
    [...payment.rules, ...certification.rules], needPayment ? 'warn' : 'info'), can.now.payment)];
}

/** The reason added where the reader needs 微信支付 and the subject cannot have it. */
export function paymentReason({ can, needPayment }: Decided, data: EligibilityData): Reason[] {
  if (can.payment.possible || !needPayment) return [];
  const certRule = can.certification.rules[0]!;
  return [withNow(line(`你需要微信支付，但按指南${quoteRule(certRule, data)}，而指南只为已认证的小程序提供微信支付申请；`
    + '如需支付，要以可以认证的主体（企业、个体工商户、政府、媒体、其他组织）注册。', [certRule, can.payment.rules[0]!], 'warn'), can.now.payment)];
}

/** 开放平台 / UnionID (R44-R47): the guide limits no subject here. */
export const openPlatformLines = ({ needUnionId, can }: Decided): Line[] => [
  withNow(line('可以绑定：原文没有限制哪些主体的小程序可以绑定。绑定后，同一用户在该开放平台帐号下的小程序、公众号、移动应用和网站应用中 UnionID 相同。',
    ['R44', 'R45'], needUnionId ? 'ok' : 'info'), can.now.unionid),
  withNow(line('要求：开放平台帐号须先完成开发者资质认证，再在开放平台的“管理中心 — 公众帐号 — 绑定公众帐号”绑定。', ['R47', 'R46']), can.now['open-platform']),
];

/** Members (R30-R32): one row where 认证 is unavailable, else before and after 认证. */
export function memberRows({ subject, can, path }: Decided, data: EligibilityData): MemberRow[] {
  const mem = data.limits.members;
  const row = (label: string, tier: keyof typeof mem) => ({ label, developers: mem[tier].developers, testers: mem[tier].testers, rule: mem[tier].rule });
  const { uncertified, certified } = can.members;
  if (!certified) return [row(`${subject.label}主体小程序`, uncertified)];
  const byPath = path === 'certification';
  return [row(byPath ? '微信认证通过前' : '注册后（未认证）', uncertified), row(byPath ? '微信认证通过后' : '申请微信认证并通过后', certified)];
}

export function memberLines({ can }: Decided, data: EligibilityData): Line[] {
  if (can.members.certified) return [withNow(line('名额取决于帐号是否已认证。', can.members.rules), can.now.members)];
  const certRule = can.certification.rules[0]!;
  return [withNow(line(`按指南${quoteRule(certRule, data)}，名额不会因认证而提高。`, [...can.members.rules, certRule]), can.now.members)];
}

/** Categories (R26-R28), as strong as the source: the personal table is for reference (R27). */
const categoryWording: Record<CategoryTable, (subject: Subject, data: EligibilityData) => string> = {
  personal: (_, data) => `指南列出了面向个人开发者开放的服务类目（${data.source.asOfLabel}），并说明这些类目会随政策、法律法规和平台规定变化，`
    + '以提交时开放的为准，该表仅供参考。',
  enterprise: (subject) => `本指南只列出了面向个人开发者开放的服务类目，没有列出${subject.label}主体可选的类目；`
    + '可参考官方 2018-11-15 版非个人主体类目表，现行以平台为准。',
};

export const categoryLines = ({ subject, can }: Decided, data: EligibilityData): Line[] => [
  withNow(line(categoryWording[can.categories.table](subject, data), can.categories.rules), can.now.categories),
  line('选择特殊行业的服务类目，需要提供资质材料提交审核。', ['R26']),
];
