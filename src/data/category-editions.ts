// The official editions of the personal category table, loaded and validated once per build
// (content/categories/personal-editions.yaml; a malformed entry stops the build here), checked
// against the guide's own table (content/rules/categories.yaml, D1), and diffed against it.
import { diffTrees, editionHistories, type EditionDiff } from '../lib/category-editions.ts';
import { CategoryEditionsError, categoryEditionsFile, type CategoryEdition } from '../lib/rules/category-editions-schema.ts';
import { loadCategoryEditions } from '../lib/rules/category-editions-load.ts';
import type { CategoryNode } from '../lib/rules/types.ts';
import { ruleSet } from './rules.ts';

const loaded = loadCategoryEditions();

const plain = (nodes: readonly CategoryNode[]): unknown => nodes.map((n) => [n.name, plain(n.children)]);
const guide = loaded.editions.find((e) => e.isGuide)!;
if (guide.date !== ruleSet.source.asOfDate) {
  throw new CategoryEditionsError([`${categoryEditionsFile}: guideEdition ${guide.id} is dated ${guide.date}, `
    + `but the guide (content/rules/source.yaml asOfDate) is ${ruleSet.source.asOfDate}`]);
}
if (JSON.stringify(plain(guide.tree)) !== JSON.stringify(plain(ruleSet.categories))) {
  throw new CategoryEditionsError([
    `${categoryEditionsFile}: the tree of edition ${guide.id} differs from content/rules/categories.yaml (the guide's table, D1)`,
  ]);
}

export interface EditionView extends CategoryEdition { diff: EditionDiff }

export const guideEditionId = loaded.guideEdition;
/** Every edition, oldest first, with what changed relative to the guide's table. */
export const categoryEditions: EditionView[] = loaded.editions.map((e) => ({ ...e, diff: diffTrees(guide.tree, e.tree) }));
export const guideEdition = categoryEditions.find((e) => e.isGuide)!;
/**
 * The edition the category browser opens on: the newest the site could read (issue 21: readers take the
 * first table they see as today's, so it is the latest sourced one, not the guide's; the guide's is one tap away).
 */
export const newestEdition = categoryEditions.at(-1)!;
/** Per category of any edition ("生活服务>外送"): in which editions it was open, one line ("…；2018-07 版起不再对个人开放"). */
export const categoryHistories = editionHistories(categoryEditions.map((e) => e.tree), categoryEditions.map((e) => e.id), guideEditionId);
