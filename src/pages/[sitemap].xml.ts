// The sitemap: the home page and every page in the site navigation, as absolute addresses under
// SITE_URL and BASE_PATH. A sitemap must give absolute addresses, so without SITE_URL there is none
// (the route yields no page; the build says why). Tests take the same page list from the built
// navigation (sitemapPaths in scripts/dist-files.ts), which exists either way.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getReadingOrder, url } from '../data/site.ts';

export const getStaticPaths = (() => (import.meta.env.SITE ? [{ params: { sitemap: 'sitemap' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => {
  const paths = ['/', ...(await getReadingOrder()).map((p) => p.href)];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${paths
    .map((p) => `  <url><loc>${new URL(url(p), site).href}</loc></url>`)
    .join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
