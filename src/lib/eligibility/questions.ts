// Which questions the wizard asks, in what order, and how each is put. Answers are option values
// keyed by question id. Every eligibility condition that applies to the subject (R6 for 个人, R3 for
// everyone) is asked even after one fails, so the outcome can name every failed condition at once.
// 微信支付 is asked before the verification method, so the method that leads there can be recommended.
import { factText } from '../rules/facts.ts';
import type { ConditionId, MethodId, Subject } from '../rules/types.ts';
import { canOf } from '../capabilities.ts';
import type { QuestionData } from './data.ts';

import { questionIds, type QuestionId } from './answer-tokens.ts';

export { questionIds, type QuestionId };
export type Answers = Partial<Record<QuestionId, string>>;

/** Where the reader is: the answers so far and, on the verification question, whether they asked for help. */
export interface WizardState { answers: Answers; help: boolean }

export interface Option {
  value: string; label: string; hint?: string; recommended?: boolean;
  /** Answered from today's sources, not the guide (海外主体). */
  today?: boolean;
}
export interface Question {
  id: QuestionId;
  /** Short name for the answers summary. */
  name: string;
  title: string;
  hint?: string;
  rules: string[];
  decisions: string[];
  options: Option[];
  /** The verification question offers "help me choose". */
  offersHelp: boolean;
}

/** The conditions a subject must meet to register (answered yes or no), in the order asked. */
export type Check = ConditionId;

export function subjectOf(answers: Answers, data: Pick<QuestionData, 'subjects'>): Subject | undefined {
  return data.subjects.find((s) => s.id === answers.subject);
}

/** A subject type the guide did not cover (海外主体), if that is the answer: its outcome follows at once. */
export const todaySubjectOf = (answers: Answers, data: Pick<QuestionData, 'todaySubjects'>) =>
  data.todaySubjects.find((s) => s.id === answers.subject);

/** R6's conditions for 个人, R3's for everyone (capabilities.ts). */
export function checksFor(subject: Subject, data: QuestionData): Check[] {
  return canOf(subject, data.can).conditions.map((c) => c.id);
}

/** The conditions answered "no", in the order asked. */
export function failedChecks(answers: Answers, data: QuestionData): Check[] {
  const subject = subjectOf(answers, data);
  return subject ? checksFor(subject, data).filter((q) => answers[q] === 'no') : [];
}

/** The next question to ask for these answers, or null when the outcome is known. */
export function nextQuestion(answers: Answers, data: QuestionData): QuestionId | null {
  if (todaySubjectOf(answers, data)) return null;
  const subject = subjectOf(answers, data);
  if (!subject) return 'subject';
  for (const q of checksFor(subject, data)) if (!answers[q]) return q;
  if (failedChecks(answers, data).length > 0) return null;
  if (!answers.payment) return 'payment';
  if (choosesMethod(subject, data) && !answers.path) return 'path';
  if (!answers.unionid) return 'unionid';
  return null;
}

/** Whether "help me choose" (the method comparison) applies: where the method is asked, or on an older link's path-help page before 微信支付. */
export function helpApplies(answers: Answers, data: QuestionData): boolean {
  const q = nextQuestion(answers, data);
  return q === 'path' || (q !== null && earlyAnswer(q, answers, data) === 'path');
}

/** Enterprise types choose their verification method (R12); the others have one or none. */
const choosesMethod = (subject: Subject, data: QuestionData) => canOf(subject, data.can).verification.chooses;

/**
 * Links from before 微信支付 moved ahead of the method hold the method and not yet 微信支付
 * (".../email-yes/path-remittance/"): where q is asked, such a link's method counts as answered.
 */
export function earlyAnswer(q: QuestionId, answers: Answers, data: QuestionData): 'path' | null {
  const subject = subjectOf(answers, data);
  return q === 'payment' && answers.path === undefined && subject !== undefined && choosesMethod(subject, data) ? 'path' : null;
}

/**
 * Why a reader who needs 微信支付 is steered to 微信认证 — the site's advice, not the guide's: the guide
 * gives 微信支付 to 认证 accounts (R40, R43), and 微信认证 delays the profile until it completes (R25).
 * The method question and its help page say it, with recommendCertificationRules.
 */
export const recommendCertification = '你需要微信支付：指南写的是已认证的小程序可申请，选对公打款的话之后仍要另行申请微信认证，'
  + '所以本站建议选择微信认证（注意：选微信认证的，须认证完成后才能补充名称、头像等信息）。';
export const recommendCertificationRules = ['R25', 'R40', 'R43'];

const yesNo = (yes: string, no: string, yesHint?: string, noHint?: string): Option[] => [
  { value: 'yes', label: yes, ...(yesHint ? { hint: yesHint } : {}) },
  { value: 'no', label: no, ...(noHint ? { hint: noHint } : {}) },
];

/** R3's platforms, the old name 企业号 with today's beside it. */
export function emailPlatforms(data: Pick<QuestionData, 'limits'>): string {
  return factText(data.limits.email.notRegisteredOn).replace('企业号', '企业号（今称企业微信）');
}

export function question(id: QuestionId, answers: Answers, data: QuestionData): Question {
  const minAge = data.limits.personal.minAge;
  const base = { id, rules: [] as string[], decisions: [] as string[], offersHelp: false };
  switch (id) {
    case 'subject':
      return {
        ...base, name: '帐号主体', title: '你以什么主体注册小程序？',
        hint: '主体信息一经确认不可变更，请按实际情况选择。', rules: ['R5', 'R18'],
        options: [
          ...data.subjects.map((s) => ({ value: s.id, label: s.label, hint: s.scope })),
          ...data.todaySubjects.map((s) => ({ value: s.id, label: s.label, hint: s.scope, today: true })),
        ],
      };
    case 'age':
      return {
        ...base, name: `年满 ${minAge} 岁`, title: `你是否已年满 ${minAge} 岁？`,
        hint: `个人主体须是“${minAge}岁以上”有国内身份信息的微信实名用户。`, rules: ['R6'], decisions: ['D3'],
        options: yesNo(`是，已年满 ${minAge} 岁`, `否，未满 ${minAge} 岁`),
      };
    case 'identity':
      return { ...base, name: '国内身份信息', title: '你是否有国内身份信息？', rules: ['R6'], options: yesNo('有', '没有') };
    case 'realname':
      return { ...base, name: '微信实名', title: '你是否是微信实名用户？', rules: ['R6'], options: yesNo('是', '不是') };
    case 'email':
      return {
        ...base, name: '注册邮箱', title: '你准备的邮箱符合要求吗？',
        hint: `原文要求：未注册过${emailPlatforms(data)}，且未绑定个人号（个人微信号）。`, rules: ['R3'],
        options: yesNo('符合', '不符合', undefined, `注册过${emailPlatforms(data)}之一，或绑定了个人号`),
      };
    case 'path': {
      const subject = subjectOf(answers, data);
      const methods = subject ? canOf(subject, data.can).verification.methods : [];
      // Only a reader who needs 微信支付 gets a recommendation: the guide gives it to 认证 accounts (R40, R43).
      // R13: 对公打款 needs the company's 对公账户 (methodHint).
      const pay = answers.payment === 'yes';
      return {
        ...base, name: '主体验证方式', title: '你打算用哪种方式验证主体身份？',
        ...(pay ? { hint: recommendCertification } : {}),
        rules: pay ? ['R12', 'R13', ...recommendCertificationRules] : ['R12', 'R13'],
        decisions: subject?.decisions.includes('D2') ? ['D2'] : [], offersHelp: true,
        options: methods.map((m) => ({
          value: m, label: data.verificationMethods[m].label, hint: methodHint(m, data),
          ...(pay && m === 'certification' ? { recommended: true } : {}),
        })),
      };
    }
    case 'payment': {
      const subject = subjectOf(answers, data);
      return {
        ...base, name: '微信支付', title: '小程序上线后，你需要使用微信支付吗？', rules: ['R43'],
        // Asked before the method for enterprise types: say why it comes first.
        ...(subject && choosesMethod(subject, data) ? { hint: '下一步选验证方式时，本站会据此给出建议。' } : {}),
        options: yesNo('需要', '不需要'),
      };
    }
    case 'unionid':
      return {
        ...base, name: '统一用户帐号（UnionID）', title: '你需要在多个应用之间识别同一个用户吗？',
        hint: '例如同一用户在你的小程序、公众号、移动应用和网站应用中对应同一个帐号。', rules: ['R44', 'R45'],
        options: yesNo('需要', '不需要'),
      };
  }
}

function methodHint(m: MethodId, data: QuestionData): string {
  // R13 names the account: without a 对公账户 this method is not open to the reader.
  return m === 'certification'
    ? `${data.verificationMethods[m].summary}需支付 ${data.limits.certification.enterpriseFeeYuan} 元认证费。`
    : `${data.verificationMethods[m].summary}须有公司的对公账户才能用这种方式。`;
}

/** The answer's label as the reader chose it ("企业", "是，已年满…"). */
export function answerLabel(id: QuestionId, answers: Answers, data: QuestionData): string {
  const value = answers[id];
  return question(id, answers, data).options.find((o) => o.value === value)?.label ?? '';
}

/** The questions answered so far, in the order asked. */
export function answeredQuestions(answers: Answers, data: QuestionData): QuestionId[] {
  const asked: QuestionId[] = [];
  const walk: Answers = {};
  for (;;) {
    let q = nextQuestion(walk, data);
    if (q && answers[q] === undefined) {
      const early = earlyAnswer(q, walk, data);
      q = early && answers[early] !== undefined ? early : null;
    }
    if (!q) return asked;
    walk[q] = answers[q];
    asked.push(q);
  }
}

/** The answers given before question q (the state in which q is asked again). */
export function answersBefore(q: QuestionId, answers: Answers, data: QuestionData): Answers {
  const out: Answers = {};
  for (const id of answeredQuestions(answers, data)) {
    if (id === q) break;
    out[id] = answers[id];
  }
  return out;
}
