// One voice as plain text: the guide's value, then today's with its sources, on one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bothText, nowSourceText } from '../../src/lib/now-text.ts';
import type { NowStatement } from '../../src/lib/rules/types.ts';

const now: NowStatement = {
  topic: 'payment', status: 'changed', text: '仍须已认证。', checked: '2026-12-05',
  sources: [
    { title: '微信支付商户文档', url: 'https://pay.weixin.qq.com/x', date: '2025-12-08', confidence: 'high' },
    { title: '社区答复', url: 'https://developers.weixin.qq.com/y', date: '日期不详', confidence: 'medium' },
  ],
};

const cases: [name: string, guide: string, now: NowStatement | undefined, expected: string][] = [
  ['both, today with every source and its grade', '已认证的小程序可申请。', now,
    '指南（2018-04-16）：已认证的小程序可申请。 · 现在：仍须已认证。（微信支付商户文档，可信度高；社区答复，可信度中；2026-12-05 核对）'],
  ['the guide alone where today is not known to differ', '指南未说明。', undefined, '指南未说明。'],
];
for (const [name, guide, statement, expected] of cases) {
  test(`bothText: ${name}`, () => assert.equal(bothText(guide, statement, '2018-04-16'), expected));
}

test('nowSourceText names the check date once, after the sources', () => {
  assert.equal(nowSourceText({ ...now, sources: [now.sources[0]!] }), '（微信支付商户文档，可信度高；2026-12-05 核对）');
});
