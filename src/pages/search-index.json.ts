// The site search index, built with the site: guide sections, rules and decisions, the rule history
// (from the rule data), categories and tools, with pinyin, the query vocabulary, the answer cards' values
// and the synonyms (content/search/synonyms.yaml) computed at build time (src/lib/search/build-index.ts).
// Fetched by the search dialog only when a reader first opens it.
import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../data/search-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await siteSearchIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
