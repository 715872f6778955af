// Reads content/categories/personal-editions.yaml from disk. Build time and tests only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { buildCategoryEditions, categoryEditionsFile, CategoryEditionsError, type CategoryEditions } from './category-editions-schema.ts';

export function loadCategoryEditions(file = join(process.cwd(), categoryEditionsFile)): CategoryEditions {
  let text: string;
  try { text = readFileSync(file, 'utf8'); } catch {
    throw new CategoryEditionsError([`${categoryEditionsFile}: file is missing (generate it with node scripts/category-editions.ts)`]);
  }
  let raw: unknown;
  try { raw = yaml.load(text, { filename: categoryEditionsFile }); } catch (e) {
    throw new CategoryEditionsError([`${categoryEditionsFile}: not valid YAML: ${(e as Error).message}`]);
  }
  return buildCategoryEditions(raw);
}
