// Browser code must never reach the pinyin library, zod, the file system or the rule loader: follow
// the static and dynamic imports from each browser entry and look at every module it reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const entries = ['src/client/search-opener.ts', 'src/client/category-browser.ts', 'src/client/search/search-dialog.tsx'];
const forbidden = /^(pinyin-pro|zod|astro\/zod|js-yaml|node:.*|astro:.*)$|\/(data\/rules|rules\/load|rules\/schema|rules\/build|search\/pinyin|search\/build-index)\.ts$/;

function reach(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|\n)\s*import\s+(?!type\b)(?:[^'"]*?from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const spec = (m[1] ?? m[2])!;
    if (spec.startsWith('.')) reach(join(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

test('browser code imports no pinyin library, zod, rule loader or Node module', () => {
  for (const entry of entries) {
    const bad = [...reach(entry)].map((f) => relative(process.cwd(), f) || f).filter((f) => forbidden.test(f));
    assert.deepEqual(bad, [], entry);
  }
});
