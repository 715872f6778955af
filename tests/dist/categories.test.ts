// 类目查询 as built, read without JavaScript: the 个人 page (and the chapter that embeds the browser)
// opens on the newest official table the site could read, says that later tables could not be read,
// keeps the guide's table one tap away, and every category's row names the editions it was open in, on
// 类目查询 and on the 个人 类目与资质 page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, decodeEntities, pageReader, textOf } from './helpers.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';
import { countTree, countsText, editionHistories, flattenUnion, unionTree } from '../../src/lib/category-editions.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { tableFor } from '../../src/lib/qualifications.ts';

const page = pageReader(allPages());
const data = loadCategoryEditions();
const ids = data.editions.map((e) => e.id);
const newest = data.editions.at(-1)!;
const histories = editionHistories(data.editions.map((e) => e.tree), ids, data.guideEdition);
const newestIds = new Set(flattenUnion(unionTree([newest.tree])).map((n) => n.id));

interface Row { id: string; hidden: boolean; history: string; historyClass: string }

/** The browser's tree rows: each <li data-pos> up to the next row, with its link's category and its editions line. */
function rows(html: string): Row[] {
  const tree = html.slice(html.indexOf('<ul class="tree"'));
  return tree.split(/(?=<li data-pos=)/).slice(1).map((chunk) => {
    const own = chunk.slice(0, chunk.indexOf('<ul class="level') > 0 ? chunk.indexOf('<ul class="level') : undefined);
    const history = /<span class="(cat-history[^"]*)">([^<]*)<\/span>/.exec(own);
    return {
      id: decodeEntities(/data-cat-id="([^"]+)"/.exec(own)?.[1] ?? ''),
      hidden: /^<li data-pos="[^"]*" hidden/.test(chunk),
      history: history?.[2] ?? '',
      historyClass: history?.[1] ?? '',
    };
  });
}

const browserPages = ['/tools/categories/', '/guide/preparation/'];

test('the 个人 page, and the chapter that embeds the browser, open on the newest table the site could read', () => {
  for (const path of browserPages) {
    const html = page(path);
    const root = /<div class="category-browser"[^>]*>/.exec(html)![0];
    assert.match(root, new RegExp(`data-default-edition="${newest.id}"`), path);
    // The switch: the newest first and chosen; the guide's one tap away.
    const radios = [...html.matchAll(/<input type="radio" name="category-edition" value="([^"]+)"[^>]*>/g)];
    assert.deepEqual(radios.map((m) => m[1]), [...ids].reverse(), path);
    assert.deepEqual(radios.filter((m) => /\schecked/.test(m[0])).map((m) => m[1]), [newest.id], path);
    // The rows shown are the newest edition's, the counts its counts.
    const shown = rows(html).filter((r) => !r.hidden).map((r) => r.id);
    assert.deepEqual(new Set(shown), newestIds, path);
    assert.equal(shown.length, newestIds.size, path);
    assert.ok(html.includes(`<p class="summary" data-summary>${countsText(countTree(newest.tree))}</p>`), path);
    // Its facts shown beside it, saying it is not today's table; the other editions' hidden.
    const blocks = [...html.matchAll(/<div class="edition-info" data-edition-info="([^"]+)"[^>]*>/g)];
    assert.deepEqual(blocks.filter((m) => !/\shidden/.test(m[0])).map((m) => m[1]), [newest.id], path);
    const block = html.slice(html.indexOf(`data-edition-info="${newest.id}"`), html.indexOf('</div>', html.indexOf(`data-edition-info="${newest.id}"`)));
    assert.ok(textOf(block).includes('2018-11 之后的现行类目表本站未能读取，现行以平台为准。'), path);
    assert.ok(textOf(block).includes(`类目在存档中 ${newest.date} 至 ${newest.lastSeen.date} 未变`), path);
  }
  const intro = textOf(page('/tools/categories/'));
  assert.ok(intro.includes(`下面默认显示本站读到的最新一版官方个人类目表（${newest.id} 版），不是现行的类目表`));
  assert.ok(intro.includes(`指南所附的是 ${data.guideEdition} 版，在“类目表版本”中点一下即可切换`));
});

test('every category row names the editions it was open in; one the newest table lacks says since when', () => {
  for (const path of browserPages) {
    const all = rows(page(path));
    assert.equal(all.length, histories.size, `${path}: one row per category of any edition`);
    for (const r of all) {
      assert.equal(r.history, histories.get(r.id), `${path} ${r.id}`);
      assert.match(r.history, /\d{4}-\d{2} 版/, `${path} ${r.id}`);
      assert.equal(r.historyClass === 'cat-history gone', !newestIds.has(r.id), `${path} ${r.id}: ${r.historyClass}`);
      if (!newestIds.has(r.id)) assert.match(r.history, /版起(不再对个人开放|改名为“)/, `${path} ${r.id}`);
    }
    const row = (id: string) => all.find((r) => r.id === id)!;
    assert.equal(row('生活服务>外送').history, '2017-06 至 2018-04 版指南中开放；2018-07 版起不再对个人开放');
    assert.equal(row('生活服务>外送').hidden, true);
    assert.equal(row('生活服务>丽人').history, '2018-07 版起开放');
    assert.equal(row('工具>记账').history, '2017-06 版起各版均开放');
  }
});

test('a row the newest table lacks links to the edition that has it; the newest\'s rows name no edition', () => {
  const html = page('/tools/categories/');
  const href = (id: string) => decodeEntities(new RegExp(`href="([^"]+)"[^>]*data-cat-id="${id}"`).exec(html)![1]!);
  assert.equal(decodeURIComponent(href('生活服务>外送')), '/tools/categories/?edition=2018-04&c=生活服务>外送');
  assert.equal(decodeURIComponent(href('生活服务>丽人>SPA')), '/tools/categories/?edition=2018-07&c=生活服务>丽人>SPA');
  assert.equal(decodeURIComponent(href('生活服务>丽人')), '/tools/categories/?c=生活服务>丽人');
});

test('各版本的类目表 lists the newest first, with the sentence that later tables could not be read', () => {
  const html = page('/tools/categories/');
  const section = html.slice(html.indexOf('<h2 id="editions"'), html.indexOf('<h2 id="notes"'));
  const headings = [...section.matchAll(/<h3 id="edition-([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(headings, [...ids].reverse());
  const first = section.slice(section.indexOf('<h3'), section.indexOf('<h3', section.indexOf('<h3') + 1));
  assert.ok(textOf(first).includes('2018-11 之后的现行类目表本站未能读取，现行以平台为准。'));
  assert.ok(textOf(first).includes('2018-09-17 起“商业服务 › 律师”一行为“《律师执业资格证》”'));
  assert.ok(textOf(section).includes('下面从新到旧列出'));
});

test('the 个人 类目与资质 page: every row names the editions it was open in, and the page says later tables could not be read', () => {
  const html = page('/tools/categories/personal/');
  const heads = [...html.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => m[1]!);
  const records = tableFor(loadQualifications(), 'personal', '2018-11')!.table.records;
  assert.equal(heads.length, records.length);
  records.forEach((r, i) => {
    const line = /<span class="q-history">([^<]*)<\/span>/.exec(heads[i]!)?.[1];
    assert.equal(line, histories.get(r.path.join('>')), r.path.join(' › '));
  });
  assert.match(textOf(html), /商业服务 › 律师 ?2018-07 版起开放/);
  assert.ok(textOf(html).includes('2018-11 之后的现行个人类目表本站未能读取。'));
  // The other subjects' pages are not personal tables: no such lines there.
  assert.ok(!page('/tools/categories/enterprise/').includes('class="q-history"'));
});
