// content/search/answers.yaml, validated: the scopes of the number cards and the 指南未涉及 topics. A
// malformed entry fails the build naming it; a card never links an address the rule data does not name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnswerDataError, parseAnswerData, uncoveredTopics, uncoveredTriggers } from '../../src/lib/search/answer-data.ts';
import { loadAnswerData, sourcedUrls } from '../../src/lib/search/answer-data-load.ts';
import { buildRealIndex } from '../support/search-index.ts';
import { qualificationDocs } from '../../src/lib/search/qualification-docs.ts';

const good = {
  scopes: { R14: '企业类型' },
  places: { platform: { name: '微信公众平台', url: 'https://mp.weixin.qq.com', hint: '登录后的说明' }, community: { name: '微信开放社区', hint: '搜索' } },
  uncovered: [{ id: 'name-taken', label: '名称被占用', triggers: ['名字/名称 占用', '重名'], unless: ['邮箱'], closest: '/guide/preparation/', where: ['platform', 'community'] }],
};
const bad = (change: (d: typeof good) => unknown) => () => parseAnswerData(change(structuredClone(good)), 'answers.yaml', { sourcedUrls: new Set(['https://mp.weixin.qq.com']), resultHrefs: new Set(['/guide/preparation/']) });

test('the file: well formed, places named, addresses sourced, closest topics are results', () => {
  const data = parseAnswerData(good, 'answers.yaml', { sourcedUrls: new Set(['https://mp.weixin.qq.com']), resultHrefs: new Set(['/guide/preparation/']) });
  assert.deepEqual(uncoveredTriggers(data), ['名字/名称 占用|重名|!邮箱']);
  assert.deepEqual(uncoveredTopics(data), [{ l: '名称被占用', c: '/guide/preparation/', w: [
    { n: '微信公众平台', h: '登录后的说明', u: 'https://mp.weixin.qq.com' }, { n: '微信开放社区', h: '搜索' }] }]);
  const cases: [change: (d: typeof good) => unknown, message: RegExp][] = [
    [(d) => ({ ...d, scopes: { X1: '企业' } }), /scopes\.X1/],
    [(d) => { d.uncovered[0]!.triggers = ['名字,占用']; return d; }, /uncovered\.0\.triggers\.0/],
    [(d) => { d.uncovered[0]!.triggers = []; return d; }, /至少一组触发词/],
    [(d) => { d.uncovered[0]!.where = ['help-center']; return d; }, /没有名为“help-center”的 places/],
    [(d) => { d.uncovered[0]!.closest = '/guide/nowhere/'; return d; }, /closest：“\/guide\/nowhere\/”不是搜索结果中的地址/],
    [(d) => { d.places.platform.url = 'https://kf.qq.com/'; return d; }, /“https:\/\/kf\.qq\.com\/”不是规则数据里写过的地址/],
    [(d) => { d.uncovered.push({ ...d.uncovered[0]! }); return d; }, /id 重复/],
    [(d) => ({ ...d, extra: 1 }), /answers\.yaml/],
  ];
  for (const [change, message] of cases) assert.throws(bad(change), (e: Error) => e instanceof AnswerDataError && message.test(e.message), String(message));
});

test('the real file: every address is in the rule data, every closest topic a result of the real index', () => {
  const data = loadAnswerData();
  const urls = sourcedUrls();
  for (const p of Object.values(data.places)) if (p.url) assert.ok(urls.has(p.url), p.url);
  const index = buildRealIndex();
  const hrefs = new Set([...index.docs, ...qualificationDocs(index.qualifications).docs].map((d) => d.h));
  for (const t of data.uncovered) assert.ok(hrefs.has(t.closest), t.closest);
  assert.equal(index.uncovered?.length, data.uncovered.length);
  assert.ok(data.uncovered.length >= 6);
});
