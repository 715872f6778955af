// Every built page passes html-validate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, formatterFactory } from 'html-validate';
import { htmlFiles } from './helpers.ts';

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
    },
  });
  const results = await Promise.all(htmlFiles().map((f) => validator.validateFile(f)));
  const failed = results.filter((r) => !r.valid);
  const text = failed.length ? formatterFactory('text')(failed.flatMap((r) => r.results)) : '';
  assert.equal(text, '');
});
