import type { APIRoute } from 'astro';
import { url } from '../data/site.ts';

// The Sitemap line needs an absolute address, so it is there only when SITE_URL is set.
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL(url('/sitemap.xml'), site).href}\n` : ''}`);
