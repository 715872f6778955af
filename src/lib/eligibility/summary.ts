// The card an outcome opens with: can the reader register, which path, what it costs, the deadlines,
// what the guide does not say, and what has changed since. Each row cites its rules; numbers come
// from limits.yaml; where the guide is silent the row says so instead of guessing.
import { confidenceGrade, supersededStatusLabel } from '../rules/superseded-labels.ts';
import type { CertificationNeed, MethodId, NowStatement, SupersededNote } from '../rules/types.ts';
import { pathComparison, type Cell, type ComparisonRow } from './comparison.ts';
import { quoteRule, type EligibilityData } from './data.ts';
import type { Outcome } from './outcome.ts';
import { question, type Answers } from './questions.ts';

export type SummaryRowId = 'register' | 'path' | 'cost' | 'payment' | 'certification' | 'deadline' | 'review' | 'changes';
/** A row of the card: the guide's answer with its rules, and today's where it differs (now, today.yaml). */
export interface SummaryRow {
  id: SummaryRowId; label: string; text: string; rules: string[]; decisions?: string[];
  /** Today's, where it differs: one statement, or several in order. */
  now?: NowStatement | NowStatement[];
}

const row = (id: SummaryRowId, label: string, text: string, rules: string[] = [], decisions?: string[]): SummaryRow =>
  decisions ? { id, label, text, rules, decisions } : { id, label, text, rules };
const cell = (id: SummaryRowId, label: string, c: Cell) => row(id, label, c.text, c.rules, c.decisions);

/** The notes on today's rules that concern this outcome (superseded.yaml), in the data's order. */
export const outcomeNotes = (o: Outcome, data: EligibilityData): SupersededNote[] =>
  o.knownChanges.map((id) => data.superseded.find((n) => n.id === id)!);

/** The card's short form of a note: its title, what kind of note it is and how far its sources can be trusted. */
const noteOnCard = (n: SupersededNote) =>
  `${n.title}（${supersededStatusLabel[n.status]}；可信度${[...new Set(n.sources.map((src) => confidenceGrade[src.confidence]))].join('、')}）`;

type Ctx = { o: Outcome; answers: Answers; data: EligibilityData };
type Rows = (ctx: Ctx) => SummaryRow[];

// 个体工商户 has the enterprise methods, and so their fee and deadline, only by the site's reading (D2).
const withD2 = (o: Outcome, decisions: string[] = []) =>
  (o.subject.decisions.includes('D2') ? [...decisions, 'D2'] : decisions.length ? decisions : undefined);
const method = (m: MethodId, data: EligibilityData) => `${data.verificationMethods[m].label}：${data.verificationMethods[m].summary}`;

/** 怎么走, 费用 and 期限 where 认证 is unavailable (个人): the guide sets no verification, fee or deadline. */
const noVerification: Rows = ({ o, data }) => {
  const cert = o.capabilities.certification;
  return [
    row('path', '怎么走', `原文没有为${o.subject.label}主体规定主体验证方式。`, o.capabilities.verification.rules),
    row('cost', '费用', `指南未说明（指南写的是“${quoteRule(cert.rules[0]!, data)}”）。`, cert.rules, cert.decisions),
    row('deadline', '期限', '指南未说明。'),
  ];
};

/** Where 认证 is the one way to verify (政府、媒体、其他组织): the guide states no fee for them (D6). */
const certificationRequired: Rows = ({ o, data }) => {
  const [, , deadline] = pathComparison(data);
  return [
    row('path', '怎么走', `${method('certification', data)}（${o.subject.label}类型必须）`, o.capabilities.verification.rules),
    row('cost', '费用', '指南未说明：原文只对企业类型写明了认证费。', ['R14'], o.capabilities.certification.decisions),
    cell('deadline', '期限', deadline!.certification),
  ];
};

/** Where the reader chooses the method (企业类型): the chosen one's fee and deadline, or both before choosing. */
const chosenMethod: Rows = ({ o, answers, data }) => {
  const path = o.profile?.path ?? null;
  // Cost and deadline per method are the comparison's cells, so each is written once.
  const [, cost, deadline] = pathComparison(data);
  if (!path) {
    // An enterprise type that cannot register yet has not chosen its method: both are shown.
    const both = (r: ComparisonRow) => row(r.aspect === '费用' ? 'cost' : 'deadline', r.aspect,
      `对公打款：${r.remittance.text}微信认证：${r.certification.text}`, [...r.remittance.rules, ...r.certification.rules], withD2(o, r.remittance.decisions));
    return [row('path', '怎么走', '对公打款和微信认证二选一。', o.capabilities.verification.rules), both(cost!), both(deadline!)];
  }
  const c = cost![path];
  const d = deadline![path];
  const fee = data.limits.certification.enterpriseFeeYuan;
  return [
    row('path', '怎么走', method(path, data), [...o.capabilities.verification.rules, data.verificationMethods[path].rule]),
    // A 对公打款 reader who needs 微信支付 also needs 认证 later (R40, R43). The guide states the fee only
    // for 微信认证 as the verification method (R14), none for a 认证 applied for afterwards.
    path === 'remittance' && answers.payment === 'yes'
      ? row('cost', '费用', `${c.text}要微信支付还须另行申请微信认证（R40、R43）；其费用指南未说明（作为验证方式的微信认证为 ${fee} 元，R14），现行以平台为准。`,
        [...c.rules, 'R40', 'R43', 'R14'], withD2(o))
      : row('cost', '费用', c.text, c.rules, path === 'certification' ? withD2(o, c.decisions) : c.decisions),
    row('deadline', '期限', d.text, d.rules, path === 'remittance' ? withD2(o, d.decisions) : d.decisions),
  ];
};

/** The verification rows, by how 认证 stands for the subject (capabilities.ts). */
const verificationRows: Record<CertificationNeed, Rows> = {
  unavailable: noVerification, mandatory: certificationRequired, optional: chosenMethod,
};

/** 微信支付 by the guide (R43, and R41 where 认证 is unavailable), with today's conditions beside it. */
function paymentRow(o: Outcome, data: EligibilityData): SummaryRow {
  const { payment, certification, now } = o.capabilities;
  const r = payment.possible
    ? row('payment', '微信支付', '已认证的小程序可申请。', payment.rules)
    : row('payment', '微信支付', `按指南无法申请：${quoteRule(certification.rules[0]!, data)}，而指南只为已认证的小程序提供申请。`,
      payment.rules, payment.decisions.length ? payment.decisions : undefined);
  return now.payment ? { ...r, now: now.payment } : r;
}

/**
 * What 认证 makes available, by the guide (微信支付 R43, the certified members' tier, the profile after
 * 认证 R25) or, where 认证 is unavailable (个人), R41; today's beside it (certification-effects).
 */
function certificationRow(o: Outcome, data: EligibilityData): SummaryRow {
  const { certification, payment, members, profile, now } = o.capabilities;
  const after = profile.find((p) => p.path === 'certification');
  const tier = members.certified ? data.limits.members[members.certified] : null;
  const r = certification.need === 'unavailable'
    ? row('certification', '认证之后', `不适用：${quoteRule(certification.rules[0]!, data)}。`, certification.rules, certification.decisions)
    : row('certification', '认证之后', [
      '可申请微信支付',
      ...(tier ? [`成员名额按已认证一档（最多 ${tier.developers} 个开发者、${tier.testers} 个体验者）`] : []),
      ...(after ? ['以微信认证验证主体的，认证完成后才能补充名称、头像等'] : []),
    ].join('；') + '。', [...payment.rules, ...(tier ? [tier.rule] : []), ...(after ? [after.rule] : [])]);
  // 个人: that 认证 can be applied for today comes first, then what it brings.
  const today = [...(certification.need === 'unavailable' && now.certification ? [now.certification] : []),
    ...(now['certification-effects'] ? [now['certification-effects']] : [])];
  return today.length ? { ...r, now: today } : r;
}

export function outcomeSummary(o: Outcome, answers: Answers, data: EligibilityData): SummaryRow[] {
  const can = o.capabilities;
  const ruleOf = (c: string) => can.conditions.find((x) => x.id === c)!.rule;
  const rows = [o.canRegister
    ? row('register', '能否注册', `可以，以${o.subject.label}主体注册。`, [...new Set([...can.register.rules, ...can.conditions.map((c) => c.rule)])])
    : row('register', '能否注册', `暂时不能，${o.failed.length} 项不符合：${o.failed.map((c) => question(c, answers, data).name).join('、')}。`,
      [...new Set(o.failed.map(ruleOf))])];
  // Today beside the guide: the fee, validity and 年审 of 认证 (for 个人, that it can now be applied for is in 认证之后).
  const todayCost = can.now['certification-fee'];
  rows.push(...verificationRows[can.certification.need]({ o, answers, data }).map((r) => (r.id === 'cost' && todayCost ? { ...r, now: todayCost } : r)));
  rows.push(paymentRow(o, data), certificationRow(o, data));
  rows.push(row('review', '审核时长', '指南未说明，现行以平台为准。'));
  // Each note with its kind and confidence; its sources are in the section the row links to (and in the copied text).
  const notes = outcomeNotes(o, data);
  if (notes.length > 0) rows.push(row('changes', '2018 年后的变化', `${notes.map(noteOnCard).join('；')}。`));
  return rows;
}
