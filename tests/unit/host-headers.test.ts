import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import {
  formatPolicy, headersFile, headersFor, hostRules, inlineHashes, metaPolicyText, nginxConf, parseHeadersFile, parsePolicy, sitePolicy,
} from '../../src/integrations/host-headers.ts';
import { isLoopback, siteAddress } from '../../src/integrations/site-address.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const policies: [text: string, expected: [string, string[]][], formatted: string][] = [
  ["default-src 'self'", [['default-src', ["'self'"]]], "default-src 'self'"],
  // Astro writes no space after ";" between its own directives and a trailing ";".
  ["default-src 'self';img-src 'self' data:; script-src 'self' 'sha256-a=';", [['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']], ['script-src', ["'self'", "'sha256-a='"]]], "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-a='"],
  // A repeated directive is ignored, as browsers do; names are case-insensitive.
  ["Object-Src 'none'; object-src *", [['object-src', ["'none'"]]], "object-src 'none'"],
  ['', [], ''],
];
for (const [text, expected, formatted] of policies) {
  test(`parsePolicy(${JSON.stringify(text)})`, () => {
    assert.deepEqual([...parsePolicy(text)], expected);
    assert.equal(formatPolicy(parsePolicy(text)), formatted);
  });
}

test('metaPolicyText reads the CSP <meta>, entities decoded, and nothing without one', () => {
  assert.equal(metaPolicyText(`<head><meta http-equiv="content-security-policy" content="default-src &#39;self&#39;"></head>`), "default-src 'self'");
  assert.equal(metaPolicyText(`<head><meta name="description" content="x"></head>`), undefined);
});

test('inlineHashes hashes inline scripts and styles, not scripts with src', () => {
  const html = `<style>a{color:red}</style><script>run()</script><script type="module" src="/_astro/x.js"></script><script>\n</script>`;
  assert.deepEqual(inlineHashes(html), { scripts: [hash('run()'), hash('\n')], styles: [hash('a{color:red}')] });
});

const meta = (sources: { script?: string[]; style?: string[]; extra?: string }) =>
  `<meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'${sources.extra ?? ''}; script-src 'self' ${(sources.script ?? []).join(' ')}; style-src 'self' ${(sources.style ?? []).join(' ')};">`;

test('sitePolicy keeps the directives, adds frame-ancestors and keeps the hashes of inline code the pages contain', () => {
  const page1 = `<head>${meta({ script: [hash('one()'), hash('unused()')], style: [hash('p{}'), hash('q{}')] })}</head><body><script>one()</script><style>p{}</style></body>`;
  const page2 = `<head>${meta({ script: [hash('one()')], style: [hash('q{}'), hash('p{}')] })}</head><body><style>q{}</style></body>`;
  const policy = sitePolicy([{ path: 'a.html', html: page1 }, { path: 'b.html', html: page2 }]);
  assert.deepEqual([...policy], [
    ['default-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['script-src', ["'self'", hash('one()')]],
    ['style-src', ["'self'", ...[hash('p{}'), hash('q{}')].sort()]],
    ['frame-ancestors', ["'none'"]],
  ]);
});

test('sitePolicy never allows inline code that no page\'s own policy allows', () => {
  const page = `<head>${meta({ script: [hash('listed()')] })}</head><body><script>listed()</script><script>injected()</script></body>`;
  assert.deepEqual(sitePolicy([{ path: 'a.html', html: page }]).get('script-src'), ["'self'", hash('listed()')]);
});

test('sitePolicy refuses pages whose policies differ besides hashes, and a page without a CSP', () => {
  const strict = `<head>${meta({})}</head>`;
  const loose = `<head>${meta({ extra: ";img-src 'self' data:" })}</head>`;
  assert.throws(() => sitePolicy([{ path: 'a.html', html: strict }, { path: 'b.html', html: loose }]), /b\.html and a\.html have different CSPs/);
  assert.throws(() => sitePolicy([{ path: 'c.html', html: '<head></head>' }]), /c\.html has no CSP <meta>/);
  assert.throws(() => sitePolicy([]), /no pages/);
});

const policy = parsePolicy("default-src 'self'; frame-ancestors 'none'");

test('hostRules: every response gets the CSP, nosniff, Referrer-Policy and DENY; _astro/ is cached for good, under the base', () => {
  for (const [base, root] of [['/', '/'], ['/miniprogram', '/miniprogram/'], ['/miniprogram/', '/miniprogram/']]) {
    const rules = hostRules(policy, base!);
    assert.deepEqual(rules.map((r) => r.path), [`${root}*`, `${root}_astro/*`]);
    assert.deepEqual(rules[0]!.headers, [
      ['Content-Security-Policy', "default-src 'self'; frame-ancestors 'none'"],
      ['X-Frame-Options', 'DENY'],
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ]);
    assert.deepEqual(rules[1]!.headers, [['Cache-Control', 'public, max-age=31536000, immutable']]);
  }
});

test('headersFile is read back by parseHeadersFile as written', () => {
  const rules = hostRules(policy, '/');
  assert.deepEqual(parseHeadersFile(headersFile(rules)), rules);
  assert.throws(() => parseHeadersFile('  X-Orphan: 1\n'), /not a header of a path/);
});

const rules = parseHeadersFile(`# comment
/*
  A: site
/_astro/*
  A: asset
  Cache-Control: immutable
/exact/
  B: exact
`);
const matched: [path: string, expected: [string, string][]][] = [
  ['/', [['a', 'site']]],
  ['/guide/registration/', [['a', 'site']]],
  // A header set by two matching rules is joined with ", ", as Netlify and Cloudflare Pages do.
  ['/_astro/x.js', [['a', 'site, asset'], ['cache-control', 'immutable']]],
  ['/exact/', [['a', 'site'], ['b', 'exact']]],
  ['/exact/more/', [['a', 'site']]],
];
for (const [path, expected] of matched) {
  test(`headersFor(${path})`, () => assert.deepEqual([...headersFor(rules, path)], expected));
}
test('headersFor matches nothing outside a splat', () => assert.deepEqual([...headersFor(parseHeadersFile('/docs/*\n  A: 1\n'), '/other/')], []));

test('nginxConf repeats the site headers in each location (nginx replaces them there) and hides the config files', () => {
  const conf = nginxConf([
    { path: '/base/*', headers: [['Content-Security-Policy', "default-src 'self'"], ['X-Odd', 'say "hi" $x']] },
    { path: '/base/_astro/*', headers: [['Cache-Control', 'immutable']] },
  ], ['/base/_headers']);
  assert.equal(conf.split('\n').slice(1).join('\n'), [
    `add_header Content-Security-Policy "default-src 'self'" always;`,
    'add_header X-Odd "say \\"hi\\" \\$x" always;',
    '',
    'location ^~ /base/_astro/ {',
    `    add_header Content-Security-Policy "default-src 'self'" always;`,
    '    add_header X-Odd "say \\"hi\\" \\$x" always;',
    '    add_header Cache-Control "immutable" always;',
    '}',
    'location = /base/_headers { return 404; }',
    '',
  ].join('\n'));
  assert.throws(() => nginxConf([{ path: '/exact/', headers: [] }], []), /whole site/);
});

const loopbacks: [host: string, loopback: boolean][] = [
  ['localhost', true], ['LOCALHOST.', true], ['app.localhost', true], ['127.0.0.1', true], ['127.8.9.10', true],
  ['0.0.0.0', true], ['[::1]', true], ['[::]', true], ['[::ffff:7f00:1]', true],
  ['example.org', false], ['127.example.org', false], ['localhost.example.org', false], ['10.0.0.1', false], ['[2001:db8::1]', false],
];
for (const [host, loopback] of loopbacks) {
  test(`isLoopback(${host}) is ${loopback}`, () => assert.equal(isLoopback(host), loopback));
}

const addresses: [value: string | undefined, expected: string | undefined | RegExp][] = [
  [undefined, undefined],
  ['', undefined],
  ['   ', undefined],
  ['https://docs.example.com', 'https://docs.example.com'],
  ['https://docs.example.com/', 'https://docs.example.com'],
  [' https://Docs.Example.com:8443 ', 'https://docs.example.com:8443'],
  ['http://example.org', 'http://example.org'],
  ['docs.example.com', /is not an address/],
  ['ftp://example.org', /is not an http\(s\) address/],
  ['http://127.0.0.1:4321', /this machine's own address/],
  ['http://localhost:4321/', /this machine's own address/],
  ['http://127.1/', /this machine's own address/],
  ['http://[::1]:4321/', /this machine's own address/],
  ['http://0.0.0.0/', /this machine's own address/],
  ['https://example.org/miniprogram', /set SITE_URL=https:\/\/example\.org and put the path in BASE_PATH \(BASE_PATH=\/miniprogram\/\)/],
  ['https://example.org/?q=1', /has a query or fragment; set it to the site's public origin, such as https:\/\/example\.org$/],
];
for (const [value, expected] of addresses) {
  test(`siteAddress(${JSON.stringify(value)})`, () => {
    if (expected instanceof RegExp) assert.throws(() => siteAddress(value), expected);
    else assert.equal(siteAddress(value), expected);
  });
}
