// The wizard's whole address as a shared link brings it back: WeChat's and trackers' parameters are
// ignored silently; the wizard's own parameter (and the old `?from=` of a 404 hand-over) is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAddress } from '../../../src/lib/eligibility/address.ts';
import { holdsAnswers } from '../../../src/lib/eligibility/answer-tokens.ts';
import { statePath } from '../../../src/lib/eligibility/state-path.ts';
import { data } from './fixture.ts';

const root = '/tools/eligibility/';
const outcome = `${root}subject-enterprise/email-yes/path-remittance/payment-no/unionid-yes/`;
const wechat = '?from=singlemessage&isappinstalled=0';
const timeline = '?from=timeline&isappinstalled=0&nsukey=ABC%3D%3D&scene=1&clicktime=1700000000&enterid=1700000000&utm_source=wechat&utm_medium=social';
const junk = `?${Array.from({ length: 500 }, (_, i) => `p${i}=${i}`).join('&')}`;

const cases: [name: string, pathname: string, search: string, path: string, ignored: string[], dirty: boolean][] = [
  ['an outcome shared to a chat', outcome, wechat, outcome, [], false],
  ['an outcome shared to moments with trackers', outcome, timeline, outcome, [], false],
  ['a question shared with WeChat\'s parameters', `${root}subject-personal/`, wechat, `${root}subject-personal/`, [], false],
  ['500 unknown parameters', outcome, junk, outcome, [], false],
  ['the search\'s ?q= is not the wizard\'s', outcome, '?q=体验者', outcome, [], false],
  ['a 404 hand-over', root, '?answers=subject-media%2Femail-yes%2F', `${root}subject-media/email-yes/`, [], true],
  ['a 404 hand-over, then shared in WeChat', root, '?answers=subject-media%2Femail-yes%2F&from=singlemessage&isappinstalled=0', `${root}subject-media/email-yes/`, [], true],
  ['an old 404 hand-over with ?from=', root, '?from=subject-government%2Femail-no%2F', `${root}subject-government/email-no/`, [], true],
  ['an old 404 hand-over with ?from=, shared in WeChat', root, '?from=subject-government%2F&from=singlemessage&isappinstalled=0', `${root}subject-government/`, [], true],
  // The 404 page encodes the (already encoded) path once more.
  ['a hand-over with a payload', root, `?answers=${encodeURIComponent('subject-personal/%3Cscript%3Ealert(1)%3C%2Fscript%3E/')}`, `${root}subject-personal/`, ['<script>alert(1)</script>：无法识别'], true],
  ['a contradiction between the path and the hand-over', `${root}subject-personal/`, '?answers=subject-other', `${root}subject-personal/`, ['subject-other：与同一问题的另一个回答矛盾'], true],
  ['an inapplicable answer in the path', `${root}subject-enterprise/age-yes/`, wechat, `${root}subject-enterprise/`, ['age-yes：不适用于前面的回答'], true],
  ['an overlong hand-over', root, `?answers=${'x'.repeat(5000)}`, root, [`answers=${'x'.repeat(5000)}：过长（5000 个字符），已忽略`], true],
  ['the hand-over twice with different answers', root, '?answers=subject-media&answers=subject-other', `${root}subject-media/`, ['answers=subject-other：与前面的同名参数重复，已忽略'], true],
];
for (const [name, pathname, search, path, ignored, dirty] of cases) {
  test(`readAddress: ${name}`, () => {
    const r = readAddress(pathname, search, '/', data);
    assert.equal(statePath(r.state, data), path);
    assert.deepEqual(r.ignored.map((i) => `${i.token}：${i.why}`), ignored);
    assert.equal(r.dirty, dirty);
  });
}

test('readAddress: 500 junk segments are all counted (the view shows the first few)', () => {
  const r = readAddress(`${root}subject-media/${'junk/'.repeat(500)}`, '', '/', data);
  assert.equal(statePath(r.state, data), `${root}subject-media/`);
  assert.equal(r.ignored.length, 500);
});

test('readAddress: under a deploy base', () => {
  const r = readAddress(`/docs${outcome}`, wechat, '/docs/', data);
  assert.equal(statePath(r.state, data), outcome);
  assert.equal(r.dirty, false);
});

test('`from` holds wizard answers only when it has a wizard segment', () => {
  for (const v of ['subject-personal', 'subject-personal/age-yes/', 'junk/email-no', 'path-help']) assert.ok(holdsAnswers(v), v);
  for (const v of ['singlemessage', 'groupmessage', 'timeline', '', 'subject', 'androidqq', 'foo-bar']) assert.ok(!holdsAnswers(v), v);
});
