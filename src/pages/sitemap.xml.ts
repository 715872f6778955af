// The sitemap: every page, as absolute addresses under SITE_URL and BASE_PATH.
import type { APIRoute } from 'astro';
import { getReadingOrder, url } from '../data/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await getReadingOrder()).map((p) => p.href)];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `  <url><loc>${new URL(url(p), site).href}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
