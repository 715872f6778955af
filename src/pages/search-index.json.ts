// The site search index, built with the site: guide sections, rules and decisions, the rule history
// (from the rule data), categories and tools, with pinyin computed here. Fetched by the search dialog only when a reader first opens it.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { ruleSet } from '../data/rules.ts';
import { references, tools } from '../data/site.ts';
import { buildSearchIndex } from '../lib/search/build-index.ts';

export const GET: APIRoute = async () => {
  const entries = (await getCollection('guide')).sort((a, b) => a.data.order - b.data.order);
  const chapters = entries.map((e) => ({ slug: e.id, title: e.data.title, body: e.body ?? '' }));
  const index = buildSearchIndex({ ruleSet, chapters, tools: [...tools, ...references] });
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
