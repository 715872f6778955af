// Every built page passes html-validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles, read } from './helpers.ts';

// Astro writes this one style rule in front of the first island on a page (inside <body>, which
// the HTML spec does not permit for <style>; every browser applies it). It is Astro's, not ours.
const astroIslandStyle = '<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>';

test('every page passes html-validate', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro emits these; they are valid HTML.
      'no-inline-style': 'off',
      'attribute-boolean-style': 'off',
      'no-trailing-whitespace': 'off',
      'void-style': 'off',
      'long-title': 'off',
      // A category row's id is its path (c-出行与交通>打车（网约车）>快车: categoryAnchor in
      // src/lib/qualifications.ts, shared with search's links): a valid HTML id, having no whitespace,
      // but outside the strict letters-digits-dash pattern.
      'valid-id': ['error', { relaxed: true }],
    },
  });
  const results = await Promise.all(htmlFiles().map((f) => validator.validateString(read(f).replace(astroIslandStyle, ''), f)));
  const failed = results.filter((r) => !r.valid);
  const text = failed.length ? formatterFactory('text')(failed.flatMap((r) => r.results)) : '';
  assert.equal(text, '');
});
