// Traditional → simplified characters for the site search, restricted to the characters on the site
// (src/lib/search/traditional.ts, generated with OpenCC at build time). Fetched by the search dialog only
// when a query has a character the site does not use.
import type { APIRoute } from 'astro';
import { siteText } from '../lib/search/build-index.ts';
import { siteSearchIndex } from '../data/search-index.ts';
import { traditionalTable } from '../lib/search/traditional.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ version: 1, traditional: traditionalTable(siteText(await siteSearchIndex())) }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
