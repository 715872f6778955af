import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseReadings, soundAlike, spellings, wordsBySound } from '../../src/lib/search/homophone.ts';
import { gb2312Level1, homophoneTable } from '../../src/lib/search/homophones-build.ts';

const readings = parseReadings('fa发法 kai开 zhe者着 xiao小 cheng成程 xu序 ren认任 zheng正证 hang行 xing行 ye业');
const bySound = wordsBySound(['开发者', '小程序', '认证', '行业'], readings, new Map([['认证', 'renzheng']]));

test('readings and spellings', () => {
  assert.deepEqual(readings.get('行'), ['hang', 'xing']);
  assert.deepEqual(spellings('行业', readings), ['hangye', 'xingye']);
  assert.deepEqual(spellings('火星', readings), []);
  assert.equal(spellings('行行行行行行', readings, 16).length, 16);
});

test('a run found nowhere is read by sound and matched to the site\'s words', () => {
  const table: [run: string, words: string[]][] = [
    ['开法者', ['开发者']], ['小成序', ['小程序']], ['任正', ['认证']], ['开法者小成序', ['开发者', '小程序']], ['哈哈', []], ['', []],
    // a word sounding like a piece of the run says nothing about the rest: more than half must be covered
    ['开法者哈哈', ['开发者']], ['哈哈任正', []], ['哈任正哈', []],
  ];
  for (const [run, words] of table) assert.deepEqual(soundAlike(run, readings, bySound), words, run);
});

test('the table: GB2312 level 1 and the site\'s characters, every reading of the site\'s', () => {
  const level1 = gb2312Level1();
  assert.equal(level1.length, 3755);
  assert.equal(level1[0], '啊');
  assert.equal(level1.at(-1), '座');
  const t = parseReadings(homophoneTable('银行 鑫').chars);
  assert.deepEqual([...(t.get('行') ?? [])].sort(), ['hang', 'heng', 'xing'].filter((r) => t.get('行')!.includes(r)).sort());
  assert.ok(t.get('行')!.includes('hang') && t.get('行')!.includes('xing'));
  assert.deepEqual(t.get('鑫'), ['xin']);
  assert.deepEqual(t.get('开'), ['kai']);
});

test('budget: the homophone and traditional tables, as served, are at most 12 KB gzip together', async () => {
  const { gzipSync } = await import('node:zlib');
  const { buildRealIndex } = await import('../support/search-index.ts');
  const { siteText } = await import('../../src/lib/search/build-index.ts');
  const { traditionalTable } = await import('../../src/lib/search/traditional.ts');
  const text = siteText(buildRealIndex());
  const gz = (o: unknown) => gzipSync(JSON.stringify(o), { level: 9 }).length;
  const total = gz(homophoneTable(text)) + gz({ version: 1, traditional: traditionalTable(text) });
  assert.ok(total <= 12 * 1024, `${total} B gzip`);
});
