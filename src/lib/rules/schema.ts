// The rule data's shape. Validated when the data is loaded, so a malformed YAML entry stops the
// build with the file and field named. Imported only at build time and by tests, never by islands.
import { z } from 'astro/zod';
import { todayTopics } from './today-topics.ts';

const ruleId = z.string().regex(/^R\d+$/, 'must look like R12');
const decisionId = z.string().regex(/^D\d+$/, 'must look like D3');
const count = z.number().int().positive();
const url = z.url();

export const groupIds = ['personal', 'enterprise', 'organisation'] as const;
export const methodIds = ['remittance', 'certification'] as const;
/** The rule editions the site answers by; today one, the 2018-04-16 guide (source.yaml's asOfDate). */
export const ruleEditions = ['guide-2018-04-16'] as const;
/** The conditions a reader is asked to meet before registering (answered yes or no). */
export const conditionIds = ['age', 'identity', 'realname', 'email'] as const;
export const certificationNeeds = ['mandatory', 'optional', 'unavailable'] as const;
export const memberTierIds = ['personal', 'unverified', 'verified'] as const;
/** The category tables a subject's outcome points to: the guide's personal table (D1) or 非个人主体. */
export const categoryTables = ['personal', 'enterprise'] as const;
export const guidePages = [
  'introduction', 'registration', 'preparation', 'review-and-release',
  'certification', 'payment', 'open-platform', 'official-account',
] as const;

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
  asOfLabel: z.string().min(1),
  asOfDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD'),
  officialDocs: url,
  platformHome: url,
  openPlatformHome: url,
  rejectionReasons: url,
  qualificationMaterials: url,
});

const memberTier = z.strictObject({ developers: count, testers: count, rule: ruleId });
export const limitsSchema = z.strictObject({
  personal: z.strictObject({ minAge: count }),
  members: z.strictObject({ personal: memberTier, unverified: memberTier, verified: memberTier }),
  review: z.strictObject({ maxFunctionPageGroups: count }),
  remittance: z.strictObject({ deadlineDays: count }),
  certification: z.strictObject({ enterpriseFeeYuan: count }),
  association: z.strictObject({
    perOfficialAccount: z.strictObject({ sameSubject: count, differentSubject: count, rule: ruleId }),
    perMiniProgram: z.strictObject({ officialAccounts: count, rule: ruleId }),
    monthly: z.strictObject({ officialAccount: count, miniProgram: count, rule: ruleId }),
    surfaces: z.array(z.string().min(1)).min(1),
  }),
  email: z.strictObject({ notRegisteredOn: z.array(z.string().min(1)).min(1) }),
});

const rules = z.array(ruleId).min(1);
const condition = z.strictObject({ id: z.enum(conditionIds), rule: ruleId, decisions: z.array(decisionId).optional() });
/** What a group can do under one edition; capabilities.ts derives the rest (微信支付, profile, tiers' rules). */
const groupEditionSchema = z.strictObject({
  /** The group's own conditions, asked before the edition's shared ones. */
  conditions: z.array(condition).optional(),
  verification: z.strictObject({ methods: z.array(z.enum(methodIds)), rules }),
  certification: z.strictObject({
    need: z.enum(certificationNeeds), rules, decisions: z.array(decisionId).optional(),
  }),
  /** The member tier before 微信认证 and, where 认证 is possible, after it (limits.yaml members). */
  members: z.strictObject({ uncertified: z.enum(memberTierIds), certified: z.enum(memberTierIds).optional() }),
  categories: z.strictObject({ table: z.enum(categoryTables), rules }),
});
const groupSchema = z.strictObject({
  label: z.string().min(1),
  editions: z.record(z.enum(ruleEditions), groupEditionSchema),
});
/** What holds for every group under one edition. */
const editionSchema = z.strictObject({
  conditions: z.array(condition),
  /** The rule that opens 微信支付 to certified accounts. */
  payment: ruleId,
  /** When the profile (名称、头像…) opens: after registration (no verification step), or after each method. */
  profileOpens: z.strictObject({ registration: ruleId, remittance: ruleId, certification: ruleId }),
});
export const subjectsSchema = z.strictObject({
  editions: z.record(z.enum(ruleEditions), editionSchema),
  groups: z.strictObject({ personal: groupSchema, enterprise: groupSchema, organisation: groupSchema }),
  subjects: z.array(z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    label: z.string().min(1),
    group: z.enum(groupIds),
    rule: ruleId,
    scope: z.string().min(1),
    decisions: z.array(decisionId).optional(),
  })).min(1),
  verificationMethods: z.strictObject({
    remittance: z.strictObject({ label: z.string(), rule: ruleId, summary: z.string() }),
    certification: z.strictObject({ label: z.string(), rule: ruleId, summary: z.string() }),
  }),
});

type CategoryInput = string | { name: string; children: CategoryInput[] };
const categoryInput: z.ZodType<CategoryInput> = z.lazy(() =>
  z.union([z.string().min(1), z.strictObject({ name: z.string().min(1), children: z.array(categoryInput).min(1) })]),
);
export const categoriesSchema = z.array(categoryInput).min(1);

export const decisionsSchema = z.array(z.strictObject({
  id: decisionId, title: z.string().min(1), text: z.string().min(1),
})).min(1);

export const rulesSchema = z.array(z.strictObject({
  id: ruleId,
  page: z.enum(guidePages),
  anchor: z.string().min(1),
  text: z.string().min(1),
  decisions: z.array(decisionId).optional(),
})).min(1);

export const stepsSchema = z.strictObject({
  tracks: z.array(z.strictObject({
    id: z.string().regex(/^[a-z-]+$/), label: z.string().min(1), optional: z.boolean().optional(),
  })).min(1),
  steps: z.array(z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    track: z.string(),
    label: z.string().min(1),
    /** The guide's rules for this step; a step from after the guide names its note instead (after). */
    rules: z.array(ruleId).min(1).optional(),
    after: z.string().regex(/^[a-z-]+$/).optional(),
    /** Which accounts take the step, by what their subject can do (capabilities.ts) and the path chosen. */
    when: z.strictObject({
      certification: z.array(z.enum(certificationNeeds)).min(1).optional(),
      payment: z.literal(true).optional(),
      paths: z.array(z.enum(methodIds)).optional(),
    }).optional(),
    deadline: z.literal('remittance').optional(),
    /** The topic of today.yaml that says how the step stands today, shown on the step's line. */
    today: z.enum(todayTopics).optional(),
  })).min(1),
});

export const confidenceLevels = ['high', 'medium', 'low'] as const;
/**
 * changed: a source shows the rule is different now; unverified: its current value could not be read;
 * added: a requirement from after the guide (备案), which the guide's rules do not mention.
 */
export const supersededStatuses = ['changed', 'unverified', 'added'] as const;
export const supersededSchema = z.array(z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  status: z.enum(supersededStatuses),
  /** The history.yaml topic it summarises. */
  topic: z.string().regex(/^[a-z-]+$/),
  /** The guide's rules it concerns; none for a requirement the guide never had. */
  rules: z.array(ruleId).optional(),
  /** The subject groups it concerns; all when absent. */
  groups: z.array(z.enum(groupIds)).min(1).optional(),
  title: z.string().min(1),
  text: z.string().min(1),
  sources: z.array(z.strictObject({
    title: z.string().min(1), url, date: z.string().min(1), confidence: z.enum(confidenceLevels),
  })).min(1),
})).min(1);

// history.yaml: each rule's dated versions (and topics the guide never covered), with sources.
const historyDate = z.string()
  .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|now|undated)$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD, "now" or "undated"');
/** same: the copies from `from` to `until` (or today's page and the guide) say the same; unverified: today's page could not be read. */
export const historyChanges = ['added', 'changed', 'removed', 'superseded', 'same', 'unverified'] as const;
export const historySchema = z.strictObject({
  topics: z.array(z.strictObject({
    id: z.string().regex(/^[a-z-]+$/),
    label: z.string().min(1),
    /** The guide's rules on this topic; none for what the guide never covered (备案, 年审, …). */
    rules: z.array(ruleId).optional(),
  })).min(1),
  entries: z.array(z.strictObject({
    topic: z.string().regex(/^[a-z-]+$/),
    /** The rules this entry is about, when narrower than the topic's. */
    rules: z.array(ruleId).optional(),
    /** First seen (tracker snapshots date a change by the first copy that shows it), or "now" for today's pages. */
    from: historyDate,
    /** Last seen, for a value that held over a range of copies. */
    until: historyDate.optional(),
    /** A few words on the date where it is not plain ("约 2019 年的副本", "2024-12-30 编辑"). */
    dateNote: z.string().min(1).optional(),
    /** The date is when the source was published, not when it first showed the change: it happened no later than `from`. */
    noLaterThan: z.literal(true).optional(),
    change: z.enum(historyChanges),
    value: z.string().min(1),
    source: z.strictObject({
      title: z.string().min(1),
      url,
      /** For copies in wepyjs/weapp-document-tracker: the commit read. */
      commit: z.string().regex(/^[0-9a-f]{7,40}$/).optional(),
    }),
    confidence: z.enum(confidenceLevels),
  })).min(1),
});
