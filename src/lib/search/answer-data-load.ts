// Reads content/search/answers.yaml. Build time and tests only (file system, zod). A place's address
// must be one the rule data already names (any content/rules/*.yaml), so a card never links to an
// address nobody sourced.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { AnswerDataError, parseAnswerData, type AnswerFile } from './answer-data.ts';

export const answerDataFile = 'content/search/answers.yaml';

/** Every address written in the rule data. */
export function sourcedUrls(dir = join(process.cwd(), 'content/rules')): Set<string> {
  const urls = new Set<string>();
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/https?:\/\/[^\s"'，）)]+/g)) urls.add(m[0]);
  }
  return urls;
}

export function loadAnswerData(path = join(process.cwd(), answerDataFile)): AnswerFile {
  let raw: unknown;
  try { raw = yaml.load(readFileSync(path, 'utf8'), { filename: answerDataFile }); } catch (e) {
    throw new AnswerDataError(`${answerDataFile}: ${(e as Error).message}`);
  }
  return parseAnswerData(raw, answerDataFile, { sourcedUrls: sourcedUrls() });
}
