// The chunk plan (src/integrations/chunk-plan.ts): code that several pages share goes into
// deliberate chunks. A shared chunk under 1 KB gzip costs every page that loads it a request and gzip's
// overhead for little code (the budgets sum gzip per file), so no new one may appear. Those that
// existed when this check was written are listed by name: they are to be merged into groups, and the
// list only shrinks (a name that no longer stands for a small shared chunk must leave it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { dist, htmlFiles, read } from './helpers.ts';
import { imports } from '../../scripts/page-weight.ts';
import { chunkGroups } from '../../src/integrations/chunk-plan.ts';

const KB = 1024;
/** Small shared chunks as of 2026-12-04, by name, not yet merged. */
const knownSmall = ['paths', 'quotas', 'rule-ref', 'categories', 'share-actions'];
const nameOf = (file: string) => file.replace(/\.[\w-]+\.js$/, '');

/** A deliberate group may be small: it is measured, and it holds what every page of its kind needs. */
const deliberate = new Set(chunkGroups.map((g) => g.name));

function smallSharedChunks(): Map<string, number> {
  const dir = join(dist, '_astro');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
  // Shared: another chunk imports it statically (a piece only ever loaded with import() is an entry).
  const imported = new Set(files.flatMap((f) => imports(readFileSync(join(dir, f), 'utf8'), false).map((spec) => basename(spec))));
  // Page scripts and islands (component-url, renderer-url) are entries the HTML names.
  const named = new Set(htmlFiles().flatMap((f) => [...read(f).matchAll(/\/_astro\/([\w.-]+\.js)/g)].map((m) => m[1]!)));
  const small = new Map<string, number>();
  for (const f of files) {
    if (!imported.has(f) || named.has(f) || deliberate.has(nameOf(f))) continue;
    const gzip = gzipSync(readFileSync(join(dir, f)), { level: 9 }).length;
    if (gzip < KB) small.set(nameOf(f), gzip);
  }
  return small;
}

test('no page gains a shared chunk under 1 KB gzip: shared code goes into deliberate chunks', () => {
  const small = smallSharedChunks();
  const added = [...small].filter(([name]) => !knownSmall.includes(name)).map(([name, gzip]) => `${name} (${gzip} B gzip)`);
  assert.deepEqual(added, [], 'a new shared chunk under 1 KB: add it to a group of src/integrations/chunk-plan.ts, or import it where it is needed');
  const gone = knownSmall.filter((name) => !small.has(name));
  assert.deepEqual(gone, [], 'no longer a small shared chunk: take it off knownSmall');
});
