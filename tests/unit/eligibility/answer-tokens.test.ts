// What an outcome's page (a static document) and the 404 page do with an address before the wizard
// reads it: which answers a query gives, and the start page's address that hands them over whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answersInQuery, handOverAddress } from '../../../src/lib/eligibility/answer-tokens.ts';
import { readAddress } from '../../../src/lib/eligibility/address.ts';
import { statePath } from '../../../src/lib/eligibility/state-path.ts';
import { data } from './fixture.ts';

const root = '/tools/eligibility/';

const queries: [name: string, search: string, expected: string[]][] = [
  ['WeChat\'s own parameters give none', '?from=singlemessage&isappinstalled=0', []],
  ['trackers and other tools\' parameters give none', '?utm_source=x&subject=personal', []],
  ['the wizard\'s parameter', '?answers=email-no', ['email-no']],
  ['an old hand-over (?from= holding answers)', '?from=subject-government%2Femail-no%2F', ['subject-government/email-no/']],
  ['a payload in the wizard\'s parameter is still handed over (the wizard names it)', '?answers=%3Csvg%3E', ['<svg>']],
  ['no query', '', []],
];
for (const [name, search, expected] of queries) {
  test(`answers in a query: ${name}`, () => assert.deepEqual(answersInQuery(search), expected));
}

test('a hand-over keeps the path\'s answers first, then the query\'s, and the wizard reads them as one address', () => {
  const address = handOverAddress(root, ['subject-enterprise/email-yes/', ...answersInQuery('?answers=payment-no&from=singlemessage')]);
  assert.equal(address, `${root}?answers=${encodeURIComponent('subject-enterprise/email-yes//payment-no')}`);
  const url = new URL(address, 'http://site');
  const read = readAddress(url.pathname, url.search, '/', data);
  assert.equal(statePath(read.state, data), `${root}subject-enterprise/email-yes/payment-no/`);
  assert.deepEqual(read.ignored, []);
});

test('a hand-over under a deploy base, with nothing given, is the start page', () => {
  assert.equal(handOverAddress('/docs/tools/eligibility/', ['', '']), '/docs/tools/eligibility/?answers=');
});
