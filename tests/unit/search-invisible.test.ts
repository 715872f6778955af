// A search pasted from a chat: invisible format characters inside the words find what the words find.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRealIndex } from '../support/search-index.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import { answerFor } from '../../src/lib/search/answer.ts';
import { highlightRanges, toSegments } from '../../src/lib/search/highlight.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';

const index = JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex;
const searcher = createSiteSearcher(index);

const cases: [name: string, query: string, plain: string][] = [
  ['zero-width space', '体\u200b验者', '体验者'],
  ['zero-width joiner', '体验\u200d者', '体验者'],
  ['zero-width non-joiner', '\u200c体验者', '体验者'],
  ['byte order mark', '\ufeff体验者最多能加多少人', '体验者最多能加多少人'],
  ['right-to-left override', '\u202e体验者\u202c', '体验者'],
  ['in pinyin', 'kuai\u200bdi', 'kuaidi'],
];
for (const [name, query, plain] of cases) {
  test(`search with a ${name}: "${JSON.stringify(query)}" finds what "${plain}" finds`, () => {
    const got = searcher.search(query);
    const want = searcher.search(plain);
    assert.ok(want.hits.length > 0, plain);
    assert.deepEqual(got.hits.slice(0, 5).map((h) => h.doc.h), want.hits.slice(0, 5).map((h) => h.doc.h));
    assert.deepEqual(answerFor(got.understood.intents, got.hits, index.answers, index.docs), answerFor(want.understood.intents, want.hits, index.answers, index.docs));
  });
}

test('"体​验者" with a zero-width space has R30 first among its results and marks 体验者 in it', () => {
  const { hits } = searcher.search('体\u200b验者');
  assert.ok(hits.slice(0, 3).some((h) => h.doc.h === '/rules/#R30'), hits.slice(0, 3).map((h) => h.doc.h).join(' '));
  const text = '个人主体小程序最多可绑定5个开发者、10个体验者。';
  assert.deepEqual(toSegments(text, highlightRanges(text, '体\u200b验者')).filter((p) => p.hit).map((p) => p.text), ['体验者']);
});
