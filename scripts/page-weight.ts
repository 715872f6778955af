// What a built page costs: HTML, CSS and JavaScript bytes, raw and gzip. JavaScript is split into
// what loads before the reader interacts (scripts, modulepreloads, islands hydrated on load or when
// visible, and everything they import statically), all of the page's own code (including code behind
// dynamic import() and islands hydrated on first use, client:interaction), and the code of what the
// reader opens on demand, the site search, the share panel and the calendar file's builder (counted
// apart in jsSearch, jsShare and jsCalendar, so a tool's total does not include them), and Fuse.js, which
// the site search and the category browser load only for a query with a typo (jsApprox: what it adds
// beyond the page and the opened search).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes { raw: number; gzip: number }
export interface PageWeight {
  html: Bytes; css: Bytes; jsBeforeInteraction: Bytes;
  /** Everything the page may load, except the site search and the share panel. */
  jsAll: Bytes;
  /** What opening the site search adds (its code, without the index), beyond what the page already loaded. */
  jsSearch: Bytes;
  /** What opening the share panel adds, beyond what the page already loaded (none where no page has one). */
  jsShare: Bytes;
  /** What asking for the deadline's calendar file (.ics) adds (src/lib/ics.ts, loaded on the button's press). */
  jsCalendar: Bytes;
  /** What a first query with a typo adds beyond the page and the opened search: Fuse.js (src/lib/search/fuse-match.ts). */
  jsApprox: Bytes;
  /** What the site search's first query adds: the answer cards' code (src/client/search/search-cards.ts). */
  jsCards: Bytes;
  jsFiles: string[];
  jsSearchFiles: string[];
  jsShareFiles: string[];
}

/** Code the reader opens on demand, counted apart from the page's own: which group an entry chunk starts. */
type Apart = 'search' | 'share' | 'calendar' | 'approx' | 'cards';
/** In this order: what a group adds is counted beyond the page's own code and the groups before it. */
const aparts: Apart[] = ['search', 'share', 'calendar', 'approx', 'cards'];
/**
 * The lazily loaded entry chunks: the site search (src/client/search/search-dialog.tsx), the share panel
 * (src/islands/share-panel.tsx), the calendar file's builder (src/lib/ics.ts), Fuse.js (src/lib/search/fuse-match.ts),
 * the answer cards (src/client/search/search-cards.ts, with the search's first query).
 */
const apartEntries: [Apart, RegExp][] = [
  ['search', /(^|[\\/])search-dialog\.[\w-]+\.js$/], ['share', /(^|[\\/])share-panel\.[\w-]+\.js$/], ['calendar', /(^|[\\/])ics\.[\w-]+\.js$/],
  ['approx', /(^|[\\/])fuse-match\.[\w-]+\.js$/], ['cards', /(^|[\\/])search-cards\.[\w-]+\.js$/],
];
const apartOf = (file: string): Apart | null => apartEntries.find(([, entry]) => entry.test(file))?.[0] ?? null;

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

/** The module specifiers a chunk imports, statically or with import(). */
export function imports(code: string, dynamic: boolean): string[] {
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
  // An island hydrated on first use (client:interaction) loads nothing until the reader reaches for it.
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)].map((m) => ({
    lazy: /\bclient="interaction"/.test(m[0]),
    urls: [...m[0].matchAll(/\b(?:component-url|renderer-url)="([^"]+)"/g)].map((a) => a[1]!),
  }));
  const entryUrls = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
    ...islands.filter((i) => !i.lazy).flatMap((i) => i.urls),
  ];

  const eager = new Set<string>();
  const all = new Set<string>();
  const apart: Record<Apart, Set<string>> = { search: new Set(), share: new Set(), calendar: new Set(), approx: new Set(), cards: new Set() };
  // Eager code first, then what dynamic imports reach; the search's and the share panel's chunks are collected apart.
  const lazyEntries: { file: string; group: Apart | null }[] = [];
  const visit = (file: string, lazy: boolean, group: Apart | null = null) => {
    if (eager.has(file)) return;
    const seen = lazy ? (group ? apart[group] : all) : eager;
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const resolve = (spec: string) => spec.startsWith('.') ? join(dirname(file), spec) : assetFile(dist, base, spec);
    for (const spec of imports(code, false)) { const f = resolve(spec); if (f && existsSync(f)) visit(f, lazy, group); }
    for (const spec of imports(code, true)) {
      const f = resolve(spec);
      if (!f || !existsSync(f)) continue;
      // Astro's Preact renderer imports @preact/signals only for an island given a signal prop
      // (marked data-preact-signals); without one the browser never requests it.
      if (/signals\.module/.test(f) && !html.includes('data-preact-signals')) continue;
      // Fuse, which the search loads for a typo, is counted apart from opening the search.
      lazyEntries.push({ file: f, group: apartOf(f) ?? group });
    }
  };
  for (const body of inline) {
    for (const spec of imports(body, false)) { const f = assetFile(dist, base, spec); if (f) visit(f, false); }
    for (const spec of imports(body, true)) { const f = assetFile(dist, base, spec); if (f) lazyEntries.push({ file: f, group: apartOf(f) }); }
  }
  for (const u of entryUrls) { const f = assetFile(dist, base, u); if (f) visit(f, false); }
  for (const u of islands.filter((i) => i.lazy).flatMap((i) => i.urls)) {
    const f = assetFile(dist, base, u);
    if (f) lazyEntries.push({ file: f, group: null });
  }
  // The page's own lazy code first, so a chunk shared with search or the share panel counts for the page.
  for (let i = 0; i < lazyEntries.length; i++) { const e = lazyEntries[i]!; if (!e.group) visit(e.file, true); }
  aparts.forEach((group, g) => {
    for (let i = 0; i < lazyEntries.length; i++) { const e = lazyEntries[i]!; if (e.group === group) visit(e.file, true, group); }
    for (const f of [...all, ...eager, ...aparts.slice(0, g).flatMap((before) => [...apart[before]])]) apart[group].delete(f);
  });

  const inlineBytes = inline.map(size).reduce(add, zero);
  const fileBytes = (files: Set<string>) => [...files].map((f) => size(readFileSync(f, 'utf8'))).reduce(add, zero);
  const own = new Set([...eager, ...all]);
  return {
    html: size(html),
    css,
    jsBeforeInteraction: add(inlineBytes, fileBytes(eager)),
    jsAll: add(inlineBytes, fileBytes(own)),
    jsSearch: fileBytes(apart.search),
    jsShare: fileBytes(apart.share),
    jsCalendar: fileBytes(apart.calendar),
    jsApprox: fileBytes(apart.approx),
    jsCards: fileBytes(apart.cards),
    jsFiles: [...own].map((f) => posix.relative(dist, f)),
    jsSearchFiles: [...apart.search].map((f) => posix.relative(dist, f)),
    jsShareFiles: [...apart.share].map((f) => posix.relative(dist, f)),
  };
}
