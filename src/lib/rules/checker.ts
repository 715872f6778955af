// Reading the rule files: each parsed against its zod schema (every problem with its file and field),
// and the checker every part of the build shares (the problems found so far, references to rules and
// decisions, facts filled in). build.ts and build-subjects.ts use it; RuleDataError reports it all.
import type { z } from 'astro/zod';
import { fillFacts } from './facts.ts';
import { ruleFiles } from './rule-files.ts';

export type RuleFileName = keyof typeof ruleFiles;
export type RawRuleFiles = Partial<Record<RuleFileName, unknown>>;

export class RuleDataError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`The rule data in content/rules/ is invalid:\n  - ${problems.join('\n  - ')}`);
    this.name = 'RuleDataError';
    this.problems = problems;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) =>
    typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key), '') || '(root)';
}

export type Parsed = { [F in RuleFileName]: z.infer<(typeof ruleFiles)[F]> };

export function parseFiles(raw: RawRuleFiles): Parsed {
  const problems: string[] = [];
  const parsed: Partial<Record<RuleFileName, unknown>> = {};
  for (const [file, schema] of Object.entries(ruleFiles) as [RuleFileName, z.ZodType][]) {
    if (raw[file] === undefined) { problems.push(`content/rules/${file}: file is missing or empty`); continue; }
    const result = schema.safeParse(raw[file]);
    if (result.success) parsed[file] = result.data;
    else for (const issue of result.error.issues) {
      problems.push(`content/rules/${file}: ${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  if (problems.length) throw new RuleDataError(problems);
  return parsed as Parsed;
}

/** Checks that ids run R1..Rn (or D1..Dn) without gap or repeat. */
function checkSequence(file: string, prefix: string, ids: string[], problems: string[]) {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) problems.push(`content/rules/${file}: [${i}].id: ${id} appears twice`);
    seen.add(id);
  });
  for (let n = 1; n <= ids.length; n++) {
    if (seen.has(`${prefix}${n}`)) continue;
    problems.push(`content/rules/${file}: ${prefix}${n} is missing (ids must run ${prefix}1..${prefix}${ids.length})`);
  }
}

/** What every part of the build shares: the problems found so far, and the checks on references and facts. */
export interface Checker {
  problems: string[];
  needRule(where: string, id: string): void;
  needDecision(where: string, id: string): void;
  /** The text with its {facts} filled in from limits.yaml (or as written, with a problem, on an unknown fact). */
  fill(where: string, text: string): string;
}

export function checker(files: Parsed): Checker {
  const problems: string[] = [];
  checkSequence('rules.yaml', 'R', files['rules.yaml'].map((r) => r.id), problems);
  checkSequence('decisions.yaml', 'D', files['decisions.yaml'].map((d) => d.id), problems);
  const ruleIds = new Set(files['rules.yaml'].map((r) => r.id));
  const decisionIds = new Set(files['decisions.yaml'].map((d) => d.id));
  return {
    problems,
    needRule: (where, id) => { if (!ruleIds.has(id)) problems.push(`${where}: rule ${id} does not exist in rules.yaml`); },
    needDecision: (where, id) => {
      if (!decisionIds.has(id)) problems.push(`${where}: decision ${id} does not exist in decisions.yaml`);
    },
    fill: (where, text) => {
      try {
        return fillFacts(text, files['limits.yaml']);
      } catch (e) {
        problems.push(`${where}: ${(e as Error).message}`);
        return text;
      }
    },
  };
}
