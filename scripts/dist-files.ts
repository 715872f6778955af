// The built site in dist/, as files: shared by the dev scripts (benchmark, screenshots) and the tests
// that read the build, so neither copies the other.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const dist = join(process.cwd(), 'dist');

export function htmlFiles(dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

/** "/guide/registration/" for dist/guide/registration/index.html. */
export function pagePath(file: string): string {
  const rel = relative(dist, file).replace(/\\/g, '/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}

export const read = (file: string) => readFileSync(file, 'utf8');

const hrefs = (html: string) => [...html.matchAll(/\shref="([^"]+)"/g)].map((m) => m[1]!);

/**
 * The site's pages as the sitemap lists them ("/", "/guide/registration/", …): the home page (the
 * header's brand link) and every page of the site navigation, read from a built page. sitemap.xml
 * exists only when the build had an address (SITE_URL); this list exists either way, and
 * tests/dist/site-address.test.ts checks that the two agree when both are there.
 */
export function sitemapPaths(): string[] {
  for (const file of htmlFiles()) {
    const html = read(file);
    const nav = html.match(/<nav\b[^>]*\bclass="site-nav"[^>]*>[\s\S]*?<\/nav>/)?.[0];
    const brand = html.match(/<a\b[^>]*\bclass="brand"[^>]*>/)?.[0];
    if (nav && brand) return [...new Set([...hrefs(brand), ...hrefs(nav)])];
  }
  throw new Error(`no page in ${dist} has the site navigation (nav.site-nav) and the brand link`);
}
