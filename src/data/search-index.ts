// Build time only: the site's search index, built once per build from the guide collection, the rule
// data, the qualification tables, the tools and content/search/synonyms.yaml, for the endpoints that serve it and its tables
// (/search-index.json, /search-variants.json, /search-homophones.json). It reads the content collection,
// so it lives here with the other build-time bridges, not in src/lib (pure logic, no Astro imports).
import { getCollection } from 'astro:content';
import { qualifications } from './qualifications.ts';
import { categoryEditions, guideEditionId } from './category-editions.ts';
import { ruleSet } from './rules.ts';
import { references, tools } from './site.ts';
import { buildSearchIndex, type IndexInput } from '../lib/search/build-index.ts';
import { loadSynonyms } from '../lib/search/synonyms-load.ts';
import { loadAnswerData } from '../lib/search/answer-data-load.ts';
import type { SearchIndex } from '../lib/search/types.ts';

let input: Promise<IndexInput> | null = null;
let built: Promise<SearchIndex> | null = null;

/** What the index is built from, read once per build. */
export function siteIndexInput(): Promise<IndexInput> {
  input ??= getCollection('guide').then((entries) => {
    const chapters = entries.sort((a, b) => a.data.order - b.data.order).map((e) => ({ slug: e.id, title: e.data.title, body: e.body ?? '' }));
    return { ruleSet, chapters, tools: [...tools, ...references.map((r) => ({ ...r, context: '参考' }))], synonyms: loadSynonyms(), qualifications,
      personalEditions: { guideEdition: guideEditionId, editions: categoryEditions }, answerData: loadAnswerData() };
  });
  return input;
}

export function siteSearchIndex(): Promise<SearchIndex> {
  built ??= siteIndexInput().then(buildSearchIndex);
  return built;
}
