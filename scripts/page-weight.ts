// What a built page costs: HTML, CSS and JavaScript bytes, raw and gzip. JavaScript is split into
// what loads before the reader interacts (scripts, modulepreloads, hydrated islands and everything
// they import statically), all of the page's own code (including code behind dynamic import()), and
// the site search's code, which loads only when the reader opens search (counted apart in jsSearch,
// so a tool's total does not include it).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes { raw: number; gzip: number }
export interface PageWeight {
  html: Bytes; css: Bytes; jsBeforeInteraction: Bytes;
  /** Everything the page may load, except the site search. */
  jsAll: Bytes;
  /** What opening the site search adds (its code, without the index), beyond what the page already loaded. */
  jsSearch: Bytes;
  jsFiles: string[];
  jsSearchFiles: string[];
}

/** The site search's lazily loaded entry chunk (src/search/search-dialog.tsx). */
const isSearchEntry = (file: string) => /(^|[\\/])search-dialog\.[\w-]+\.js$/.test(file);

const size = (text: string): Bytes => ({ raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
const add = (a: Bytes, b: Bytes): Bytes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero: Bytes = { raw: 0, gzip: 0 };

/** Site-relative asset path ("/_astro/x.js") to a file in dist, honouring the deploy base. */
function assetFile(dist: string, base: string, url: string): string | null {
  if (/^(https?:)?\/\//.test(url)) return null;
  const path = url.startsWith(base) ? url.slice(base.length - 1) : url;
  const file = join(dist, path.split(/[?#]/)[0]!);
  return existsSync(file) ? file : null;
}

function imports(code: string, dynamic: boolean): string[] {
  const pattern = dynamic
    ? /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g
    : /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;
  return [...code.matchAll(pattern)].map((m) => m[1]!);
}

export function pageWeight(dist: string, htmlFile: string, base = '/'): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  const cssLinks = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)]
    .map((m) => assetFile(dist, base, m[1]!)).filter((f): f is string => f !== null);
  const css = [...styles.map(size), ...cssLinks.map((f) => size(readFileSync(f, 'utf8')))].reduce(add, zero);

  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!)
    .filter((body) => body.trim().length > 0);
  const entryUrls = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<astro-island\b[^>]*>/g)].flatMap((m) =>
      [...m[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((a) => a[1]!)),
  ];

  const eager = new Set<string>();
  const all = new Set<string>();
  const search = new Set<string>();
  // Eager code first, then what dynamic imports reach; search's chunks are collected apart.
  const lazyEntries: { file: string; search: boolean }[] = [];
  const visit = (file: string, lazy: boolean, inSearch = false) => {
    if (eager.has(file)) return;
    const seen = lazy ? (inSearch ? search : all) : eager;
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const resolve = (spec: string) => spec.startsWith('.') ? join(dirname(file), spec) : assetFile(dist, base, spec);
    for (const spec of imports(code, false)) { const f = resolve(spec); if (f && existsSync(f)) visit(f, lazy, inSearch); }
    for (const spec of imports(code, true)) {
      const f = resolve(spec);
      if (!f || !existsSync(f)) continue;
      // Astro's Preact renderer imports @preact/signals only for an island given a signal prop
      // (marked data-preact-signals); without one the browser never requests it.
      if (/signals\.module/.test(f) && !html.includes('data-preact-signals')) continue;
      lazyEntries.push({ file: f, search: inSearch || isSearchEntry(f) });
    }
  };
  for (const body of inline) {
    for (const spec of imports(body, false)) { const f = assetFile(dist, base, spec); if (f) visit(f, false); }
    for (const spec of imports(body, true)) { const f = assetFile(dist, base, spec); if (f) lazyEntries.push({ file: f, search: isSearchEntry(f) }); }
  }
  for (const u of entryUrls) { const f = assetFile(dist, base, u); if (f) visit(f, false); }
  // The page's own lazy code first, so a chunk shared with search counts for the page.
  for (let i = 0; i < lazyEntries.length; i++) { const e = lazyEntries[i]!; if (!e.search) visit(e.file, true, false); }
  for (let i = 0; i < lazyEntries.length; i++) { const e = lazyEntries[i]!; if (e.search) visit(e.file, true, true); }
  for (const f of [...all, ...eager]) search.delete(f);

  const inlineBytes = inline.map(size).reduce(add, zero);
  const fileBytes = (files: Set<string>) => [...files].map((f) => size(readFileSync(f, 'utf8'))).reduce(add, zero);
  const own = new Set([...eager, ...all]);
  return {
    html: size(html),
    css,
    jsBeforeInteraction: add(inlineBytes, fileBytes(eager)),
    jsAll: add(inlineBytes, fileBytes(own)),
    jsSearch: fileBytes(search),
    jsFiles: [...own].map((f) => posix.relative(dist, f)),
    jsSearchFiles: [...search].map((f) => posix.relative(dist, f)),
  };
}
