// Reads content/search/synonyms.yaml. Build time and tests only (file system, zod).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildSynonyms, SynonymDataError } from './synonyms.ts';

export const synonymsFile = 'content/search/synonyms.yaml';

export function loadSynonyms(occurs?: (word: string) => boolean, path = join(process.cwd(), synonymsFile)): Record<string, string[]> {
  let raw: unknown;
  try { raw = yaml.load(readFileSync(path, 'utf8'), { filename: synonymsFile }); } catch (e) {
    throw new SynonymDataError(`${synonymsFile}: ${(e as Error).message}`);
  }
  return buildSynonyms(raw, synonymsFile, occurs);
}
