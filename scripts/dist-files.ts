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

/** The site's pages as the sitemap lists them ("/", "/guide/registration/", …). */
export function sitemapPaths(): string[] {
  const xml = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
