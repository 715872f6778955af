// Every CSS feature newer than Safari 15.4 in the built site has a fallback or sits inside @supports,
// so readers in older WeChat WebViews on iOS get a working page (see tests/dist/css-support.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dist, htmlFiles, pagePath, read } from './helpers.ts';
import { inlineStyles, unguardedFeatures } from './css-support.ts';

test('the scanner tells a guarded or fallen-back feature from a bare one', () => {
  const css = [
    '.a{color:red;color:light-dark(red,blue)}',
    '.b{color:light-dark(red,blue)}',
    '@supports (color:color-mix(in srgb,red,blue)){.c{color:color-mix(in srgb,red 50%,blue)}}',
    '@media (min-width:40rem){.d{background:color-mix(in srgb,red 50%,blue)}}',
    '.e{-webkit-backdrop-filter:blur(4px);backdrop-filter:blur(4px)}.f{backdrop-filter:blur(4px)}',
    '@container (min-width:1px){.g{color:red}}',
    '.h:has(> a){text-wrap:balance}',
    '@media (width<=30rem){.i{color:red}}@media (max-width:30rem){.j{color:red}}',
  ].join('');
  assert.deepEqual(unguardedFeatures(css, 'x').map((f) => `${f.feature} @ ${f.where.replace(/^x: /, '')}`), [
    'light-dark() @ .b { color: light-dark(red,blue) }',
    'color-mix() @ @media (min-width:40rem) › .d { background: color-mix(in srgb,red 50%,blue) }',
    'backdrop-filter @ .f { backdrop-filter: blur(4px) }',
    '@container @ @container (min-width:1px)',
    'text-wrap @ .h:has(> a) { text-wrap: balance }',
    'media query range syntax @ @media (width<=30rem)',
  ]);
});

test('no CSS newer than Safari 15.4 goes without a fallback or @supports', () => {
  const sources = new Map<string, string>();
  const assets = join(dist, '_astro');
  for (const f of readdirSync(assets).filter((n) => n.endsWith('.css'))) sources.set(`_astro/${f}`, read(join(assets, f)));
  for (const file of htmlFiles()) inlineStyles(read(file)).forEach((css, i) => sources.set(`${pagePath(file)} <style> #${i + 1}`, css));
  assert.ok(sources.size > 0, 'the build has CSS');
  // The same inline stylesheet appears on many pages: report each finding once.
  const found = new Map<string, string>();
  for (const [source, css] of sources) {
    for (const f of unguardedFeatures(css, source)) {
      const key = `${f.feature} (Safari ${f.safari}) ${f.where.slice(f.where.indexOf(': ') + 2)}`;
      if (!found.has(key)) found.set(key, source);
    }
  }
  assert.deepEqual([...found].map(([k, source]) => `${k} — first in ${source}`), []);
});
