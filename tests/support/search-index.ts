// The real site search index, built in-process from the rule data and the guide's MDX (as the
// /search-index.json endpoint builds it), for the relevance test and the search benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';
import { buildSearchIndex, type GuideChapter } from '../../src/lib/search/build-index.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';
import { loadAnswerData } from '../../src/lib/search/answer-data-load.ts';

export function guideChapters(dir = join(process.cwd(), 'content/guide')): GuideChapter[] {
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((file) => {
    const body = readFileSync(join(dir, file), 'utf8');
    const title = /^title:\s*(.+)$/m.exec(body)?.[1]?.trim();
    const order = Number(/^order:\s*(\d+)$/m.exec(body)?.[1] ?? 99);
    if (!title) throw new Error(`${file}: no title in frontmatter`);
    return { slug: file.replace(/\.mdx$/, ''), title, body, order };
  }).sort((a, b) => a.order - b.order).map(({ slug, title, body }) => ({ slug, title, body }));
}

/** The tools and references the site lists (src/data/site.ts needs Astro, so they are named here). */
export const siteTools = [
  { href: '/tools/categories/', title: '类目查询', description: '查找面向个人开发者开放的服务类目：汉字、拼音、首字母都能搜。' },
  { href: '/rules/', title: '规则依据', description: '本站引用的全部规则、出处和解读说明。' },
  { href: '/history/', title: '规则变迁', description: '指南中的规则从 2017 年到现在怎样变化：哪些已被取代、哪些是后来新增的要求，每条注明日期、来源和可信度。' },
];

export const buildRealIndex = () => buildSearchIndex({
  ruleSet: loadRuleSet(), chapters: guideChapters(), tools: siteTools, synonyms: loadSynonyms(), qualifications: loadQualifications(),
  personalEditions: loadCategoryEditions(), answerData: loadAnswerData(),
});

/** The traditional → simplified table as /search-variants.json serves it, for the relevance test and the benchmark. */
export async function realVariants(index = buildRealIndex()): Promise<Map<string, string>> {
  const { siteText } = await import('../../src/lib/search/build-index.ts');
  const { traditionalTable } = await import('../../src/lib/search/traditional.ts');
  const { parseVariantTable } = await import('../../src/lib/search/variants.ts');
  return parseVariantTable(traditionalTable(siteText(index)));
}

/** The homophone table as /search-homophones.json serves it. */
export async function realHomophones(index = buildRealIndex()): Promise<string> {
  const { siteText } = await import('../../src/lib/search/build-index.ts');
  const { homophoneTable } = await import('../../src/lib/search/homophones-build.ts');
  return homophoneTable(siteText(index)).chars;
}
