import { pageWeight } from './scripts/page-weight.ts';
import { gzipSync } from 'node:zlib'; import { readFileSync } from 'node:fs';
for (const p of ['guide/registration', 'guide/preparation', 'tools/categories']) { const w = pageWeight('dist', `dist/${p}/index.html`); console.log(p, JSON.stringify({ before: w.jsBeforeInteraction.gzip, all: w.jsAll.gzip, search: w.jsSearch.gzip, files: w.jsFiles, s: w.jsSearchFiles })); }
console.log('index gzip', gzipSync(readFileSync('dist/search-index.json')).length);
