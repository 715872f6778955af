// The pages to visit: every address in the built sitemap, as site-relative paths.
import { readFileSync } from 'node:fs';

export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
