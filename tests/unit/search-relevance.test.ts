// Relevance over the real index (built in-process from the rule data and the guide): for each query
// of the table, the expected result is among the first three, or nothing is found for nonsense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRealIndex } from '../support/search-index.ts';
import { relevanceCases } from '../support/search-queries.ts';
import { createSearcher } from '../../src/lib/search/query.ts';
import type { SerialisedIndex } from '../../src/lib/search/types.ts';

// Through JSON, as the browser receives it.
const serialised = JSON.parse(JSON.stringify(buildRealIndex())) as SerialisedIndex;
const searcher = createSearcher(serialised.docs, serialised.index);

test('the relevance table covers every kind of input with at least 40 queries', () => {
  assert.ok(relevanceCases.length >= 40);
  const kinds = new Set(relevanceCases.map((c) => c.kind));
  for (const kind of ['汉字', '全拼', '首字母', '混合', '错拼', '异体/全角', '数字', '英文', '无意义']) assert.ok(kinds.has(kind), kind);
});

for (const c of relevanceCases) {
  test(`${c.kind}: "${c.query}" ${c.top3 ? `finds ${decodeURIComponent(c.top3)} in the top 3` : 'finds nothing'}`, () => {
    const top = searcher.search(c.query).slice(0, 3).map((h) => h.doc.h);
    if (c.top3 === null) assert.deepEqual(top, []);
    else assert.ok(top.includes(c.top3), `top 3 were: ${top.map(decodeURIComponent).join(' | ') || '(none)'}`);
  });
}

test('every result points at a guide heading, a rule, a history topic, a category or a tool', () => {
  for (const doc of serialised.docs) assert.match(doc.h, /^\/(guide\/[a-z-]+\/(#.+)?|rules\/(#[RD]\d+)?|history\/([a-z-]+\/)?|tools\/[a-z-]+\/(\?c=.+)?)$/, doc.h);
});

test('the rule history is searchable: each topic once, under its own page', () => {
  const history = serialised.docs.filter((d) => d.k === 'history');
  assert.ok(history.length > 0);
  assert.equal(new Set(history.map((d) => d.h)).size, history.length);
  for (const d of history) assert.match(d.h, /^\/history\/[a-z-]+\/$/);
});
