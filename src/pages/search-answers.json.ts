// What answer cards quote, fetched by the search dialog only when such a card shows, so the index stays
// within the budget for opening search: the qualification tables' documents exactly as the tables write
// them (so "或" and "、" stay as written), what each 指南未涉及 card says (content/search/answers.yaml) and
// today's line beside a rule's number (build-index.ts, buildAnswerTexts).
import type { APIRoute } from 'astro';
import { siteIndexInput } from '../data/search-index.ts';
import { buildAnswerTexts } from '../lib/search/build-index.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildAnswerTexts(await siteIndexInput())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
