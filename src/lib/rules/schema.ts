// The rule data's shape. Validated when the data is loaded, so a malformed YAML entry stops the
// build with the file and field named. Imported only at build time and by tests, never by islands.
import { z } from 'astro/zod';

const ruleId = z.string().regex(/^R\d+$/, 'must look like R12');
const decisionId = z.string().regex(/^D\d+$/, 'must look like D3');
const count = z.number().int().positive();
const url = z.url();

export const groupIds = ['personal', 'enterprise', 'organisation'] as const;
export const methodIds = ['remittance', 'certification'] as const;
export const guidePages = [
  'introduction', 'registration', 'preparation', 'review-and-release',
  'certification', 'payment', 'open-platform', 'official-account',
] as const;

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1),
  asOf: z.string().regex(/^\d{4}-\d{2}$/, 'must be YYYY-MM'),
  asOfLabel: z.string().min(1),
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

const groupSchema = z.strictObject({
  label: z.string().min(1),
  verificationMethods: z.array(z.enum(methodIds)),
  certification: z.enum(['mandatory', 'optional', 'unavailable']),
});
export const subjectsSchema = z.strictObject({
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
    rules: z.array(ruleId).min(1),
    when: z.strictObject({
      groups: z.array(z.enum(groupIds)).optional(),
      paths: z.array(z.enum(methodIds)).optional(),
    }).optional(),
    deadline: z.literal('remittance').optional(),
  })).min(1),
});

export const confidenceLevels = ['high', 'medium', 'low'] as const;
/** changed: a source shows the rule is different now; unverified: its current value could not be read. */
export const supersededStatuses = ['changed', 'unverified'] as const;
export const supersededSchema = z.array(z.strictObject({
  id: z.string().regex(/^[a-z-]+$/),
  status: z.enum(supersededStatuses),
  rules: z.array(ruleId).min(1),
  title: z.string().min(1),
  text: z.string().min(1),
  sources: z.array(z.strictObject({
    title: z.string().min(1), url, date: z.string().min(1), confidence: z.enum(confidenceLevels),
  })).min(1),
})).min(1);

/** One schema per file of content/rules/. */
export const ruleFiles = {
  'source.yaml': sourceSchema,
  'limits.yaml': limitsSchema,
  'subjects.yaml': subjectsSchema,
  'categories.yaml': categoriesSchema,
  'decisions.yaml': decisionsSchema,
  'rules.yaml': rulesSchema,
  'steps.yaml': stepsSchema,
  'superseded.yaml': supersededSchema,
} as const;
