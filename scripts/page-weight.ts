// What a built page costs: HTML, CSS and JavaScript bytes, raw and gzip. JavaScript is split into
// what loads before the reader interacts (scripts, modulepreloads, hydrated islands and everything
// they import statically) and all of it (including code behind dynamic import(), e.g. search).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Bytes { raw: number; gzip: number }
export interface PageWeight { html: Bytes; css: Bytes; jsBeforeInteraction: Bytes; jsAll: Bytes; jsFiles: string[] }

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
    ? /import\(\s*["']([^"']+)["']\s*\)/g
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
    ...[...html.matchAll(/<astro-island[^>]*?\b(?:component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1]!),
  ];

  const eager = new Set<string>();
  const all = new Set<string>();
  const visit = (file: string, lazy: boolean) => {
    if ((lazy ? all : eager).has(file)) return;
    if (!lazy) eager.add(file);
    all.add(file);
    const code = readFileSync(file, 'utf8');
    const resolve = (spec: string) => spec.startsWith('.') ? join(dirname(file), spec) : assetFile(dist, base, spec);
    for (const spec of imports(code, false)) { const f = resolve(spec); if (f && existsSync(f)) visit(f, lazy); }
    for (const spec of imports(code, true)) { const f = resolve(spec); if (f && existsSync(f)) visit(f, true); }
  };
  for (const body of inline) {
    for (const spec of imports(body, false)) { const f = assetFile(dist, base, spec); if (f) visit(f, false); }
    for (const spec of imports(body, true)) { const f = assetFile(dist, base, spec); if (f) visit(f, true); }
  }
  for (const u of entryUrls) { const f = assetFile(dist, base, u); if (f) visit(f, false); }

  const inlineBytes = inline.map(size).reduce(add, zero);
  const fileBytes = (files: Set<string>) => [...files].map((f) => size(readFileSync(f, 'utf8'))).reduce(add, zero);
  return {
    html: size(html),
    css,
    jsBeforeInteraction: add(inlineBytes, fileBytes(eager)),
    jsAll: add(inlineBytes, fileBytes(all)),
    jsFiles: [...all].map((f) => posix.relative(dist, f)),
  };
}
