// One schema per file of content/rules/ (the guide's rules in schema.ts, today's in today-schema.ts).
import {
  categoriesSchema, decisionsSchema, historySchema, limitsSchema, rulesSchema, sourceSchema, stepsSchema, subjectsSchema,
  supersededSchema,
} from './schema.ts';
import { todaySchema } from './today-schema.ts';

export const ruleFiles = {
  'source.yaml': sourceSchema,
  'limits.yaml': limitsSchema,
  'subjects.yaml': subjectsSchema,
  'categories.yaml': categoriesSchema,
  'decisions.yaml': decisionsSchema,
  'rules.yaml': rulesSchema,
  'steps.yaml': stepsSchema,
  'superseded.yaml': supersededSchema,
  'history.yaml': historySchema,
  'today.yaml': todaySchema,
} as const;
