import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxSharedQuery, sharedQuery, withSharedQuery } from '../../src/lib/search/share.ts';

test('?q= is read as plain text: trimmed, control and zero-width characters dropped, capped', () => {
  const table: [search: string, query: string][] = [
    ['?q=体验者', '体验者'],
    ['?q=%E4%BD%93%E9%AA%8C%E8%80%85', '体验者'],
    ['?q=++kuaidi++', 'kuaidi'],
    ['?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E', '<script>alert(1)</script>'],
    ['?q=a%00b%E2%80%8Bc', 'abc'],
    ['?q=', ''],
    ['?x=1', ''],
    ['', ''],
    ['?q=%E2%80%8B%E2%80%8B', ''],
    ['?q=%E4%BD%93%E2%80%8B%E9%AA%8C%E8%80%85', '体验者'], // a zero-width space inside
    ['?q=%E2%80%AE%E4%BD%93%E9%AA%8C%E8%80%85%E2%80%AC', '体验者'], // a right-to-left override
    ['?q=%E4%BD%93%E2%80%8D%E9%AA%8C%E8%80%85%EF%BB%BF', '体验者'], // a zero-width joiner and a BOM
    ['?from=singlemessage&isappinstalled=0&q=%E4%BD%93%E9%AA%8C%E8%80%85', '体验者'],
    ['?q=%E0%A4%A', '\uFFFD%A'],
  ];
  for (const [search, query] of table) assert.equal(sharedQuery(search), query, search);
  assert.equal([...sharedQuery(`?q=${'体'.repeat(10_000)}`)].length, maxSharedQuery);
  assert.equal(sharedQuery(`?q=${'😀'.repeat(300)}`), '😀'.repeat(maxSharedQuery));
});

test('the address carries the query while searching, and loses it when the box is cleared', () => {
  const table: [url: string, query: string, expected: string][] = [
    ['https://x.test/guide/payment/', '微信支付', '/guide/payment/?q=%E5%BE%AE%E4%BF%A1%E6%94%AF%E4%BB%98'],
    ['https://x.test/guide/payment/#a', 'kd', '/guide/payment/?q=kd#a'],
    ['https://x.test/guide/payment/?q=kd&x=1', ' ', '/guide/payment/?x=1'],
    ['https://x.test/?q=kd', '', '/'],
  ];
  for (const [url, query, expected] of table) assert.equal(withSharedQuery(url, query), expected, `${url} ${query}`);
});
