import { buildRealIndex } from './tests/support/search-index.ts';
import { relevanceCases } from './tests/support/search-queries.ts';
import { createSearcher } from './src/lib/search/query.ts';
const idx = JSON.parse(JSON.stringify(buildRealIndex()));
let pCount = 0, pChars = 0; for (const r of idx.index.records) for (const k of ['2', '3']) for (const x of (r.$[k] ?? [])) { pCount++; pChars += x.v.length; }
console.log('p/i items', pCount, 'chars', pChars);
const t0 = performance.now(); const s = createSearcher(idx.docs, idx.index); console.log('create', (performance.now() - t0).toFixed(2));
const times: [string, number][] = [];
for (const c of relevanceCases) { s.search(c.query); const t = performance.now(); for (let i = 0; i < 50; i++) s.search(c.query); times.push([c.query, (performance.now() - t) / 50]); }
times.sort((a, b) => b[1] - a[1]); console.log(times.slice(0, 10).map(([q, t]) => `${q} ${t.toFixed(2)}`).join(', '));
const all = times.map((t) => t[1]).sort((a, b) => a - b); console.log('p50', all[Math.floor(all.length / 2)]!.toFixed(2), 'p95', all[Math.ceil(all.length * 0.95) - 1]!.toFixed(2));
