import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { traditionalTable } from '../../src/lib/search/traditional.ts';
import { hasForeignHan, parseVariantTable, toSimplified } from '../../src/lib/search/variants.ts';

test('the table maps traditional and regional forms to the site\'s characters, and only those', () => {
  const table = parseVariantTable(traditionalTable('开发者 公众号 体验者 注册 审核 汇款 钱 台'));
  const cases: [traditional: string, simplified: string][] = [
    ['開發者', '开发者'], ['公眾號', '公众号'], ['公衆號', '公众号'], ['體驗者', '体验者'], ['註冊', '注册'], ['審覈', '审核'],
    ['匯款', '汇款'], ['錢', '钱'], ['臺', '台'], ['火星', '火星'], ['abc', 'abc'],
  ];
  for (const [t, s] of cases) assert.equal(toSimplified(t, table), s, t);
  // Characters not on the site are not in the table: it stays small.
  assert.equal(table.has('飛'), false);
  assert.ok(table.size < 80, `${table.size} entries`);
});

test('a query needs the table only when it has a character the site does not use', () => {
  const site = new Set('开发者公众号');
  const table: [query: string, wants: boolean][] = [['开发者', false], ['開發者', true], ['kuaidi', false], ['300', false], ['😀', false], ['公眾號', true]];
  for (const [q, wants] of table) assert.equal(hasForeignHan(q, site), wants, q);
});

test('parsing ignores an odd last character', () => {
  assert.deepEqual([...parseVariantTable('開开發')], [['開', '开']]);
});

test('the browser never reaches OpenCC, pinyin-pro or the build-time modules, nor Fuse.js but through import() for a typo: the dialog and what it imports', () => {
  const seen = new Set<string>();
  const reach = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*import\s+(?!type\b)(?:[^'"]*?from\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const spec = (m[1] ?? m[2])!;
      // Fuse.js loads apart, only for a query with a typo (fuse-match.ts; tests/dist/budget.test.ts).
      if (m[2]?.endsWith('/fuse-match.ts')) continue;
      if (spec.startsWith('.')) reach(join(dirname(file), spec));
      else seen.add(spec);
    }
  };
  reach('src/client/search/search-dialog.tsx');
  reach('src/client/search-opener.ts');
  assert.deepEqual([...seen].filter((f) => /opencc|traditional\.ts|homophones-build|search-index|synonyms(-load)?\.ts|build-index|pinyin\.ts$|pinyin-pro|fuse|zod|yaml/.test(f)), []);
});
