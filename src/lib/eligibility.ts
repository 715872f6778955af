// The eligibility wizard (资格自查): the question flow as data and two pure functions over it —
// nextQuestion(answers) and evaluate(answers) -> Outcome. No DOM, no Astro: the static pages, the
// Preact island and the tests all run this same code. Every number comes from limits.yaml.
import { profileSlug, type Profile } from './profile.ts';
import { stepApplies } from './steps.ts';
import type { CertificationNeed, Decision, GroupId, Limits, MethodId, RuleSet, Step, Subject } from './rules/types.ts';

// ---------------------------------------------------------------------------------------------
// Data: the part of the rule set the wizard needs (small enough to pass to the island as props).

export interface RuleRef { id: string; path: string }

export interface EligibilityData {
  subjects: Subject[];
  groups: RuleSet['groups'];
  verificationMethods: RuleSet['verificationMethods'];
  limits: Pick<Limits, 'personal' | 'members' | 'remittance' | 'certification' | 'email'>;
  /** Every rule the wizard cites, by id. */
  rules: Record<string, RuleRef>;
  /** The reading decisions the wizard shows, by id. */
  decisions: Record<string, Decision>;
  /** The register track and the optional tracks' steps (steps.yaml), in order. */
  steps: Step[];
  tracks: { id: string; label: string; optional: boolean }[];
  source: { officialDocs: string; qualificationMaterials: string; asOfLabel: string };
}

const citedRules = ['R3', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15', 'R16', 'R18', 'R19', 'R20',
  'R21', 'R24', 'R25', 'R26', 'R27', 'R28', 'R30', 'R31', 'R32', 'R40', 'R41', 'R42', 'R43', 'R44', 'R45', 'R46', 'R47'];
const shownDecisions = ['D2', 'D3', 'D4', 'D6', 'D11'];

/** Picks what the wizard needs from the full rule set (build time). */
export function eligibilityData(rules: RuleSet): EligibilityData {
  const steps = rules.steps.filter((s) => s.track === 'register' || rules.tracks.find((t) => t.id === s.track)?.optional);
  const ids = new Set([...citedRules, ...steps.flatMap((s) => s.rules)]);
  const ruleMap: Record<string, RuleRef> = {};
  for (const r of rules.rules) if (ids.has(r.id)) ruleMap[r.id] = { id: r.id, path: r.path };
  const decisions: Record<string, Decision> = {};
  for (const d of rules.decisions) if (shownDecisions.includes(d.id)) decisions[d.id] = d;
  const { personal, members, remittance, certification, email } = rules.limits;
  return {
    subjects: rules.subjects, groups: rules.groups, verificationMethods: rules.verificationMethods,
    limits: { personal, members, remittance, certification, email },
    rules: ruleMap, decisions, steps, tracks: rules.tracks,
    source: { officialDocs: rules.source.officialDocs, qualificationMaterials: rules.source.qualificationMaterials, asOfLabel: rules.source.asOfLabel },
  };
}

// ---------------------------------------------------------------------------------------------
// The questions. Answers are option values keyed by question id; in the URL each answer is one
// path segment "<question>-<value>" (e.g. "subject-enterprise/email-yes"), in the order asked.

export const questionIds = ['subject', 'age', 'identity', 'realname', 'email', 'path', 'payment', 'unionid'] as const;
export type QuestionId = (typeof questionIds)[number];
export type Answers = Partial<Record<QuestionId, string>>;

/** Where the reader is: the answers so far and, on the verification question, whether they asked for help. */
export interface WizardState { answers: Answers; help: boolean }

export interface Option { value: string; label: string; hint?: string }
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

const personalChecks = ['age', 'identity', 'realname'] as const;

export function subjectOf(answers: Answers, data: Pick<EligibilityData, 'subjects'>): Subject | undefined {
  return data.subjects.find((s) => s.id === answers.subject);
}

/** The next question to ask for these answers, or null when the outcome is known. */
export function nextQuestion(answers: Answers, data: EligibilityData): QuestionId | null {
  const subject = subjectOf(answers, data);
  if (!subject) return 'subject';
  if (subject.group === 'personal') {
    for (const q of personalChecks) {
      if (!answers[q]) return q;
      if (answers[q] === 'no') return null;
    }
  }
  if (!answers.email) return 'email';
  if (answers.email === 'no') return null;
  if (data.groups[subject.group].verificationMethods.length > 1 && !answers.path) return 'path';
  if (!answers.payment) return 'payment';
  if (!answers.unionid) return 'unionid';
  return null;
}

const yesNo = (yes: string, no: string, yesHint?: string, noHint?: string): Option[] => [
  { value: 'yes', label: yes, ...(yesHint ? { hint: yesHint } : {}) },
  { value: 'no', label: no, ...(noHint ? { hint: noHint } : {}) },
];

function emailPlatforms(data: EligibilityData) { return data.limits.email.notRegisteredOn.join('、'); }

export function question(id: QuestionId, answers: Answers, data: EligibilityData): Question {
  const minAge = data.limits.personal.minAge;
  const base = { id, rules: [] as string[], decisions: [] as string[], offersHelp: false };
  switch (id) {
    case 'subject':
      return {
        ...base, name: '帐号主体', title: '你以什么主体注册小程序？',
        hint: '主体信息一经确认不可变更，请按实际情况选择。', rules: ['R5', 'R18'],
        options: data.subjects.map((s) => ({ value: s.id, label: s.label, hint: s.scope })),
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
        hint: `要求：未注册过${emailPlatforms(data)}，也未绑定个人微信号。`, rules: ['R3'],
        options: yesNo('符合', '不符合', undefined, `注册过${emailPlatforms(data)}之一，或绑定了个人微信号`),
      };
    case 'path': {
      const subject = subjectOf(answers, data);
      const methods = subject ? data.groups[subject.group].verificationMethods : [];
      return {
        ...base, name: '主体验证方式', title: '你打算用哪种方式验证主体身份？', rules: ['R12'],
        decisions: subject?.decisions.includes('D2') ? ['D2'] : [], offersHelp: true,
        options: methods.map((m) => ({ value: m, label: data.verificationMethods[m].label, hint: methodHint(m, data) })),
      };
    }
    case 'payment':
      return {
        ...base, name: '微信支付', title: '小程序上线后，你需要使用微信支付吗？', rules: ['R43'],
        options: yesNo('需要', '不需要'),
      };
    case 'unionid':
      return {
        ...base, name: '统一用户帐号（UnionID）', title: '你需要在多个应用之间识别同一个用户吗？',
        hint: '例如同一用户在你的小程序、公众号、移动应用和网站应用中对应同一个帐号。', rules: ['R44', 'R45'],
        options: yesNo('需要', '不需要'),
      };
  }
}

function methodHint(m: MethodId, data: EligibilityData): string {
  return m === 'certification'
    ? `${data.verificationMethods[m].summary}需支付 ${data.limits.certification.enterpriseFeeYuan} 元认证费。`
    : data.verificationMethods[m].summary;
}

/** The answer's label as the reader chose it ("企业", "是，已年满…"). */
export function answerLabel(id: QuestionId, answers: Answers, data: EligibilityData): string {
  const value = answers[id];
  return question(id, answers, data).options.find((o) => o.value === value)?.label ?? '';
}

/** The questions answered so far, in the order asked. */
export function answeredQuestions(answers: Answers, data: EligibilityData): QuestionId[] {
  const asked: QuestionId[] = [];
  const walk: Answers = {};
  for (;;) {
    const q = nextQuestion(walk, data);
    if (!q || answers[q] === undefined) return asked;
    walk[q] = answers[q];
    asked.push(q);
  }
}

/** The answers given before question q (the state in which q is asked again). */
export function answersBefore(q: QuestionId, answers: Answers, data: EligibilityData): Answers {
  const out: Answers = {};
  for (const id of answeredQuestions(answers, data)) {
    if (id === q) break;
    out[id] = answers[id];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Paths: the state <-> a static page under /tools/eligibility/.

export const wizardRoot = '/tools/eligibility/';
const helpToken = 'path-help';

export function stateTokens(state: WizardState, data: EligibilityData): string[] {
  const tokens = answeredQuestions(state.answers, data).map((q) => `${q}-${state.answers[q]}`);
  if (state.help && nextQuestion(state.answers, data) === 'path') tokens.push(helpToken);
  return tokens;
}

/** Site-relative path of a state's page (without the deploy base). */
export function statePath(state: WizardState, data: EligibilityData): string {
  const tokens = stateTokens(state, data);
  return wizardRoot + tokens.map((t) => `${t}/`).join('');
}

export type DropReason = 'unknown' | 'conflict' | 'not-applicable';
export interface Dropped { token: string; reason: DropReason }

const tokenPattern = /^([a-z]+)-([a-z-]+)$/;
const maxTokenLength = 40;

/** Valid values of a question, whatever the other answers are. */
function validValues(q: QuestionId, data: EligibilityData): string[] {
  if (q === 'subject') return data.subjects.map((s) => s.id);
  if (q === 'path') return Object.keys(data.verificationMethods);
  return ['yes', 'no'];
}

/**
 * Reads answers from path segments (already split, percent-decoded or not). Unknown, malformed,
 * contradictory or inapplicable segments are dropped and reported; the rest is replayed through
 * the flow, so the result is always a reachable state.
 */
export function parseTokens(tokens: readonly string[], data: EligibilityData): { state: WizardState; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const given = new Map<QuestionId, string>();
  let help = false;
  for (const raw of tokens) {
    const token = raw.trim();
    if (token === '') continue;
    if (token === helpToken) { help = true; continue; }
    const m = token.length <= maxTokenLength ? tokenPattern.exec(token) : null;
    const q = m?.[1] as QuestionId | undefined;
    if (!m || !q || !questionIds.includes(q) || !validValues(q, data).includes(m[2]!)) {
      dropped.push({ token: raw, reason: 'unknown' });
      continue;
    }
    const previous = given.get(q);
    if (previous === undefined) given.set(q, m[2]!);
    else if (previous !== m[2]) dropped.push({ token: raw, reason: 'conflict' });
  }
  const answers: Answers = {};
  for (;;) {
    const q = nextQuestion(answers, data);
    if (!q || !given.has(q)) break;
    answers[q] = given.get(q)!;
    given.delete(q);
  }
  for (const [q, v] of given) dropped.push({ token: `${q}-${v}`, reason: 'not-applicable' });
  const helpApplies = help && nextQuestion(answers, data) === 'path';
  if (help && !helpApplies) dropped.push({ token: helpToken, reason: 'not-applicable' });
  return { state: { answers, help: helpApplies }, dropped };
}

/** Splits a pathname (with the deploy base) under the wizard into segments; null if it is not under it. */
export function pathTokens(pathname: string, base = '/'): string[] | null {
  const root = base.replace(/\/+$/, '') + wizardRoot;
  if (!pathname.startsWith(root)) return null;
  return splitTokens(pathname.slice(root.length));
}

/** "subject-personal/age-yes/" -> segments, percent-decoded where possible. */
export function splitTokens(rest: string): string[] {
  return rest.split('/').filter(Boolean).map((t) => {
    try { return decodeURIComponent(t); } catch { return t; }
  });
}

/** Every state the wizard can be in: one static page each. */
export function allStates(data: EligibilityData): WizardState[] {
  const out: WizardState[] = [];
  const visit = (answers: Answers) => {
    out.push({ answers, help: false });
    const q = nextQuestion(answers, data);
    if (!q) return;
    if (q === 'path') out.push({ answers, help: true });
    for (const o of question(q, answers, data).options) visit({ ...answers, [q]: o.value });
  };
  visit({});
  return out;
}

// ---------------------------------------------------------------------------------------------
// Help me choose: the trade-off between the two verification paths, as the seed states it.

export interface Cell { text: string; rules: string[]; decisions?: string[] }
export interface ComparisonRow { aspect: string; remittance: Cell; certification: Cell }

export function pathComparison(data: EligibilityData): ComparisonRow[] {
  const { remittance, certification, members } = data.limits;
  const u = members.unverified;
  const v = members.verified;
  return [
    {
      aspect: '怎样验证',
      remittance: { text: '用公司的对公账户向腾讯公司打款，打款信息在提交主体信息后可以看到。', rules: ['R13'] },
      certification: { text: '通过微信认证验证主体身份。', rules: ['R14'] },
    },
    {
      aspect: '费用',
      remittance: { text: '向指定帐号汇入页面指定的金额（原文未写明金额）。', rules: ['R19'] },
      certification: { text: `需支付 ${certification.enterpriseFeeYuan} 元认证费。`, rules: ['R14'] },
    },
    {
      aspect: '期限',
      remittance: { text: `须在 ${remittance.deadlineDays} 天内完成汇款，否则注册失败。`, rules: ['R20'], decisions: ['D4'] },
      certification: { text: '完成注册后请尽快进行微信认证（原文未规定期限）。', rules: ['R21'] },
    },
    {
      aspect: '可用功能',
      remittance: { text: '完成汇款验证后，即可补充名称、头像、介绍并选择服务范围。', rules: ['R24'] },
      certification: { text: '认证通过前部分功能暂无法使用；认证完成后才能补充名称、头像、介绍和服务范围。', rules: ['R21', 'R25'] },
    },
    {
      aspect: '微信支付',
      remittance: { text: '帐号未认证，不能申请；之后可按需再申请微信认证，通过后才能申请。', rules: ['R40', 'R43'] },
      certification: { text: '认证通过后可以申请。', rules: ['R43'] },
    },
    {
      aspect: '成员名额',
      remittance: { text: `未认证：最多 ${u.developers} 个开发者、${u.testers} 个体验者。`, rules: [u.rule] },
      certification: { text: `认证通过后：最多 ${v.developers} 个开发者、${v.testers} 个体验者（认证前按未认证计）。`, rules: [v.rule, u.rule] },
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The outcome.

export type Tone = 'ok' | 'warn' | 'blocker' | 'info';
export interface Line { text: string; rules: string[]; tone: Tone; decisions?: string[] }
export interface Remedy { text: string; state: WizardState; linkText: string }
export interface Reason extends Line { remedy?: Remedy }
export interface Section { id: 'verification' | 'payment' | 'open-platform' | 'members' | 'categories'; title: string; lines: Line[] }
export interface MemberRow { label: string; developers: number; testers: number; rule: string }
export interface NextStep { id: string; text: string; rules: string[]; deadline?: { days: number; text: string; decisions: string[] } }
export type CategoryLink = { kind: 'personal' } | { kind: 'official'; href: string };

export interface Outcome {
  canRegister: boolean;
  headline: string;
  subject: Subject | null;
  profile: Profile | null;
  profileSlug: string | null;
  reasons: Reason[];
  /** Empty when the reader cannot register. */
  sections: Section[];
  certification: CertificationNeed | null;
  methods: MethodId[];
  paymentReachable: boolean | null;
  openPlatformPossible: boolean | null;
  members: MemberRow[];
  categories: CategoryLink | null;
  steps: NextStep[];
  /** Optional tracks preselected in the checklist (ids from steps.yaml). */
  tracks: string[];
  /** "/tools/checklist/<slug>/?tracks=…", read by the checklist page, or null. */
  checklistPath: string | null;
  decisions: string[];
}

const line = (text: string, rules: string[], tone: Tone = 'info', decisions?: string[]): Line =>
  decisions ? { text, rules, tone, decisions } : { text, rules, tone };

/** Evaluates complete answers (nextQuestion(answers) === null). */
export function evaluate(answers: Answers, data: EligibilityData): Outcome {
  if (nextQuestion(answers, data) !== null) throw new Error('evaluate: the answers are not complete');
  const subject = subjectOf(answers, data)!;
  const group: GroupId = subject.group;
  const minAge = data.limits.personal.minAge;
  const reasons: Reason[] = [];
  const decisions = new Set<string>();
  const restart: WizardState = { answers: {}, help: false };

  if (group === 'personal') {
    decisions.add('D3');
    const checks: [QuestionId, string, string][] = [
      ['age', `你已年满 ${minAge} 岁（“${minAge}岁以上”包含 ${minAge} 岁）。`, `个人主体须年满 ${minAge} 岁，而你尚未满 ${minAge} 岁。`],
      ['identity', '你有国内身份信息。', '个人主体须有国内身份信息，而你没有。'],
      ['realname', '你是微信实名用户。', '个人主体须是微信实名用户，而你还不是。'],
    ];
    for (const [q, ok, blocked] of checks) {
      if (answers[q] === undefined) continue;
      if (answers[q] === 'yes') reasons.push({ ...line(ok, ['R6'], 'ok'), ...(q === 'age' ? { decisions: ['D3'] } : {}) });
      else {
        reasons.push({
          ...line(blocked, ['R6'], 'blocker'),
          remedy: {
            text: `原文没有为不符合这些条件的个人提供注册方式。如果你代表企业、个体工商户、政府、媒体或其他组织，可以改选主体类型。`,
            state: restart, linkText: '改选主体类型',
          },
        });
      }
    }
  } else {
    reasons.push(line(`${subject.label}主体可以注册小程序，范围是：${subject.scope}`, [subject.rule], 'ok', subject.decisions.length ? subject.decisions : undefined));
    subject.decisions.forEach((d) => decisions.add(d));
  }

  const personalBlocked = reasons.some((r) => r.tone === 'blocker');
  if (!personalBlocked) {
    if (answers.email === 'yes') reasons.push(line(`你的邮箱未注册过${emailPlatforms(data)}，也未绑定个人微信号。`, ['R3'], 'ok'));
    else {
      reasons.push({
        ...line(`注册用的邮箱不能注册过${emailPlatforms(data)}，也不能绑定个人微信号，所以这个邮箱不能用来注册。`, ['R3'], 'blocker'),
        remedy: { text: '换用一个符合要求的邮箱，就可以继续。', state: { answers: { ...answers, email: 'yes' }, help: false }, linkText: '换用符合要求的邮箱，继续自查' },
      });
    }
  }
  decisions.add('D11');

  const canRegister = reasons.every((r) => r.tone !== 'blocker');
  if (!canRegister) {
    return {
      canRegister, headline: `按你的回答，暂时不能以${subject.label}主体注册小程序`, subject, profile: null, profileSlug: null,
      reasons, sections: [], certification: null, methods: [], paymentReachable: null, openPlatformPossible: null,
      members: [], categories: null, steps: [], tracks: [], checklistPath: null, decisions: [...decisions],
    };
  }

  const groupInfo = data.groups[group];
  const methods = groupInfo.verificationMethods;
  const path: MethodId | null = methods.length > 1 ? (answers.path as MethodId) : (methods[0] ?? null);
  const profile: Profile = { subject: subject.id, path };
  const slug = profileSlug(profile, data);
  const needPayment = answers.payment === 'yes';
  const needUnionId = answers.unionid === 'yes';
  const certified = path === 'certification';
  const fee = data.limits.certification.enterpriseFeeYuan;
  const days = data.limits.remittance.deadlineDays;
  if (path === 'remittance') decisions.add('D4');
  if (group === 'organisation') decisions.add('D6');

  // Verification and certification (R12-R15, R40-R41).
  const verification: Line[] = [];
  if (group === 'personal') {
    verification.push(line('原文没有为个人主体规定主体验证方式。', ['R12', 'R15']));
    verification.push(line('微信认证：个人类型帐号暂不支持。', ['R41'], 'warn', ['D11']));
  } else if (group === 'enterprise') {
    const m = data.verificationMethods[path!];
    verification.push(line(`企业类型帐号可在对公打款和微信认证两种方式中选择一种；你选择了“${m.label}”。`, ['R12'], 'ok', subject.decisions.includes('D2') ? ['D2'] : undefined));
    if (path === 'remittance') {
      verification.push(line(`打款信息在提交主体信息后可以看到；须在 ${days} 天内完成汇款，否则注册失败。`, ['R13', 'R19', 'R20'], 'warn', ['D4']));
      verification.push(line('微信认证：可选。对公打款注册的帐号未认证，可以之后根据需要申请。', ['R40', 'R42']));
    } else {
      verification.push(line(`需支付 ${fee} 元认证费；认证通过前小程序部分功能暂无法使用，完成注册后请尽快认证。`, ['R14', 'R21', 'R16']));
      verification.push(line('微信认证：你选择的验证方式就是微信认证，通过后即为已认证帐号。', ['R40']));
    }
  } else {
    verification.push(line(`${subject.label}类型帐号必须通过微信认证验证主体身份；认证通过前小程序部分功能暂无法使用。`, ['R15', 'R21', 'R16']));
    verification.push(line('微信认证：必须。原文只对企业类型写明了认证费用。', ['R40'], 'info', ['D6']));
  }

  // 微信支付 (R43 with R40/R41).
  const paymentReachable = group !== 'personal';
  const payment: Line[] = [];
  if (!paymentReachable) {
    payment.push(line('不能申请：只有已认证的小程序可以申请微信支付，而个人类型帐号暂不支持微信认证。', ['R43', 'R41'], needPayment ? 'warn' : 'info', ['D11']));
    if (needPayment) reasons.push(line('你需要微信支付，但按原文个人帐号不能认证，也就不能申请微信支付；如需支付，要以可以认证的主体（企业、个体工商户、政府、媒体、其他组织）注册。', ['R41', 'R43'], 'warn'));
  } else if (certified) {
    payment.push(line('可以申请：微信认证通过后即可申请微信支付。', ['R43'], 'ok'));
  } else {
    payment.push(line('可以申请，但须先申请并通过微信认证（企业类型可选认证）。', ['R43', 'R40'], needPayment ? 'warn' : 'info'));
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
    ? line('个人帐号不能认证，名额不会变化。', ['R30', 'R41'])
    : line('名额取决于帐号是否已认证。', ['R31', 'R32'])];

  // Categories (R26-R28).
  const categories: CategoryLink = group === 'personal' ? { kind: 'personal' } : { kind: 'official', href: data.source.officialDocs };
  const categoryLines = [
    group === 'personal'
      ? line(`指南列出了面向个人开发者开放的服务类目（${data.source.asOfLabel}）；类目会随政策变化，以提交时开放的为准。`, ['R27', 'R28'])
      : line(`本指南只列出了面向个人开发者开放的服务类目，没有列出${subject.label}主体可选的类目，请查看微信官方文档。`, ['R27']),
    line('选择特殊行业的服务类目，需要提供资质材料提交审核。', ['R26']),
  ];

  // Next steps: the register track and the chosen optional tracks, from steps.yaml.
  const tracks: string[] = [];
  if (needPayment && paymentReachable && path === 'remittance') tracks.push('certification');
  if (needPayment && paymentReachable) tracks.push('payment');
  if (needUnionId) tracks.push('open-platform');
  const shape = { group, path };
  const steps: NextStep[] = data.steps
    .filter((s) => (s.track === 'register' || tracks.includes(s.track)) && stepApplies(s, shape))
    .map((s) => ({
      id: s.id, text: s.label, rules: s.rules,
      ...(s.deadline === 'remittance' ? { deadline: { days, text: `期限：提交主体信息后 ${days} 天内（按自然日、北京时间计），逾期注册失败。`, decisions: ['D4'] } } : {}),
    }));
  const checklistPath = `/tools/checklist/${slug}/${tracks.length ? `?tracks=${tracks.join(',')}` : ''}`;

  const label = path && methods.length > 1 ? `${subject.label}主体，${data.verificationMethods[path].label}` : `${subject.label}主体`;
  return {
    canRegister, headline: `可以注册小程序（${label}）`, subject, profile, profileSlug: slug, reasons,
    sections: [
      { id: 'verification', title: '主体验证与微信认证', lines: verification },
      { id: 'payment', title: needPayment ? '微信支付（你需要）' : '微信支付', lines: payment },
      { id: 'open-platform', title: needUnionId ? '开放平台与 UnionID（你需要）' : '开放平台与 UnionID', lines: openPlatform },
      { id: 'members', title: '成员名额', lines: membersLines },
      { id: 'categories', title: '服务类目', lines: categoryLines },
    ],
    certification: groupInfo.certification, methods, paymentReachable, openPlatformPossible: true,
    members, categories, steps, tracks, checklistPath, decisions: [...decisions],
  };
}

/** The document title of a state's page. */
export function stateTitle(state: WizardState, data: EligibilityData): string {
  const q = nextQuestion(state.answers, data);
  if (state.help && q === 'path') return '对公打款还是微信认证？';
  if (q) return question(q, state.answers, data).title;
  return evaluate(state.answers, data).headline;
}
