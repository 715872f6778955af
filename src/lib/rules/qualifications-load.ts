// Reads content/categories/qualifications.yaml from disk. Build time and tests only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { QualificationData } from '../qualifications.ts';
import { buildQualifications, qualificationsFile, QualificationsError } from './qualifications-schema.ts';

export function loadQualifications(file = join(process.cwd(), qualificationsFile)): QualificationData {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch {
    throw new QualificationsError([`${qualificationsFile}: file is missing (generate it with node scripts/category-qualifications.ts)`]);
  }
  let raw: unknown;
  try { raw = yaml.load(text, { filename: qualificationsFile }); } catch (e) {
    throw new QualificationsError([`${qualificationsFile}: not valid YAML: ${(e as Error).message}`]);
  }
  return buildQualifications(raw);
}
