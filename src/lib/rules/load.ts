// Reads content/rules/*.yaml from disk. Build time and tests only (uses the file system).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildRuleSet, RuleDataError, type RawRuleFiles, type RuleFileName } from './build.ts';
import { ruleFiles } from './rule-files.ts';
import type { RuleSet } from './types.ts';

export function loadRuleSet(dir = join(process.cwd(), 'content/rules')): RuleSet {
  const raw: RawRuleFiles = {};
  for (const file of Object.keys(ruleFiles) as RuleFileName[]) {
    let text: string;
    try { text = readFileSync(join(dir, file), 'utf8'); } catch { continue; } // reported as missing
    try {
      raw[file] = yaml.load(text, { filename: file }) ?? undefined;
    } catch (e) {
      throw new RuleDataError([`content/rules/${file}: not valid YAML: ${(e as Error).message}`]);
    }
  }
  return buildRuleSet(raw);
}
