// Homophones for the site search: toneless pinyin of the common characters (GB2312 level 1) and the
// site's own (src/lib/search/homophones-build.ts, pinyin-pro at build time). Fetched by the search
// dialog only when a query has characters the site does not know (开法者, 小成序).
import type { APIRoute } from 'astro';
import { siteText } from '../lib/search/build-index.ts';
import { homophoneTable } from '../lib/search/homophones-build.ts';
import { siteSearchIndex } from '../data/search-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(homophoneTable(siteText(await siteSearchIndex()))), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
