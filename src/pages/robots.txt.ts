import type { APIRoute } from 'astro';
import { url } from '../data/site.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(url('/sitemap.xml'), site).href}\n`);
