// The card an outcome opens with: can the reader register, which path, what it costs, the deadlines,
// what the guide does not say, and what has changed since. Each row cites its rules; numbers come
// from limits.yaml; where the guide is silent the row says so instead of guessing.
import { supersededStatusLabel } from '../rules/superseded-labels.ts';
import type { MethodId } from '../rules/types.ts';
import { pathComparison, type Cell, type ComparisonRow } from './comparison.ts';
import { quoteRule, type EligibilityData } from './data.ts';
import type { Outcome } from './outcome.ts';
import { question, type Answers } from './questions.ts';

export type SummaryRowId = 'register' | 'path' | 'cost' | 'deadline' | 'review' | 'changes';
export interface SummaryRow { id: SummaryRowId; label: string; text: string; rules: string[]; decisions?: string[] }

const row = (id: SummaryRowId, label: string, text: string, rules: string[] = [], decisions?: string[]): SummaryRow =>
  decisions ? { id, label, text, rules, decisions } : { id, label, text, rules };

export function outcomeSummary(o: Outcome, answers: Answers, data: EligibilityData): SummaryRow[] {
  const group = o.subject.group;
  const path = o.profile?.path ?? null;
  // Cost and deadline per method are the comparison's cells, so each is written once.
  const [, cost, deadline] = pathComparison(data);
  const cell = (id: SummaryRowId, label: string, c: Cell) => row(id, label, c.text, c.rules, c.decisions);
  const method = (m: MethodId) => `${data.verificationMethods[m].label}：${data.verificationMethods[m].summary}`;

  const rows = [o.canRegister
    ? row('register', '能否注册', `可以，以${o.subject.label}主体注册。`, group === 'personal' ? ['R6', 'R3'] : [o.subject.rule, 'R3'])
    : row('register', '能否注册', `暂时不能，${o.failed.length} 项不符合：${o.failed.map((c) => question(c, answers, data).name).join('、')}。`,
      [...new Set(o.failed.map((c) => (c === 'email' ? 'R3' : 'R6')))])];
  if (group === 'personal') {
    rows.push(
      row('path', '怎么走', '原文没有为个人主体规定主体验证方式。', ['R12', 'R15']),
      row('cost', '费用', `指南未说明（按指南${quoteRule('R41', data)}）。`, ['R41'], ['D11']),
      row('deadline', '期限', '指南未说明。'),
    );
  } else if (group === 'organisation') {
    rows.push(
      row('path', '怎么走', `${method('certification')}（${o.subject.label}类型必须）`, ['R15']),
      row('cost', '费用', '指南未说明：原文只对企业类型写明了认证费。', ['R14'], ['D6']),
      cell('deadline', '期限', deadline!.certification),
    );
  } else if (path) {
    const c = cost![path];
    const later = path === 'remittance' && answers.payment === 'yes';
    rows.push(
      row('path', '怎么走', method(path), ['R12', path === 'remittance' ? 'R13' : 'R14']),
      // A 对公打款 reader who needs 微信支付 also needs 认证 later (R40, R43): its fee is the enterprise one.
      later ? row('cost', '费用', `${c.text}要微信支付还须申请微信认证：${cost!.certification.text}`, [...c.rules, 'R40', 'R14']) : cell('cost', '费用', c),
      cell('deadline', '期限', deadline![path]),
    );
  } else {
    // An enterprise type that cannot register yet has not chosen its method: both are shown.
    const both = (r: ComparisonRow) => row(r.aspect === '费用' ? 'cost' : 'deadline', r.aspect,
      `对公打款：${r.remittance.text}微信认证：${r.certification.text}`, [...r.remittance.rules, ...r.certification.rules], r.remittance.decisions);
    rows.push(row('path', '怎么走', '对公打款和微信认证二选一。', ['R12']), both(cost!), both(deadline!));
  }
  rows.push(row('review', '审核时长', '指南未说明，现行以平台为准。'));
  const notes = o.knownChanges.map((id) => data.superseded.find((n) => n.id === id)!);
  if (notes.length > 0) rows.push(row('changes', '2018 年后的变化', notes.map((n) => `${n.title}（${supersededStatusLabel[n.status]}）`).join('；') + '。'));
  return rows;
}
