import { test } from 'node:test';
import assert from 'node:assert/strict';
import { palette, paletteCss } from '../../src/styles/palette.ts';

const block = (css: string, selector: string) => {
  const start = css.indexOf(`${selector} {`);
  assert.ok(start >= 0, selector);
  return css.slice(start, css.indexOf('}', start));
};
const values = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]));

test('the palette CSS sets every token, light on :root and the same dark values for the system and for 深色', () => {
  const css = paletteCss();
  const light = Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, v[0]]));
  const dark = Object.fromEntries(Object.entries(palette).map(([k, v]) => [k, v[1]]));
  assert.deepEqual(values(block(css, ':root')), light);
  assert.deepEqual(values(block(css, ':root:not([data-theme="light"])')), dark);
  assert.deepEqual(values(block(css, ':root[data-theme="dark"]')), dark);
  assert.match(css, /@media screen and \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme="light"\]\)/);
});
