// "Help me choose": the two verification paths as the seed states them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathComparison } from '../../../src/lib/eligibility/comparison.ts';
import { data } from './fixture.ts';

test('the help comparison gives the seed\'s trade-off: 10 days, 300元, 微信支付 only when certified', () => {
  const text = JSON.stringify(pathComparison(data));
  assert.match(text, /10 天内/);
  assert.match(text, /300 元/);
  const payment = pathComparison(data).find((r) => r.aspect === '微信支付')!;
  assert.deepEqual(payment.certification.rules, ['R43']);
  assert.ok(payment.remittance.rules.includes('R43'));
});

test('the comparison says when the profile opens on each path (R24, R25)', () => {
  const row = pathComparison(data).find((r) => r.aspect === '可用功能')!;
  assert.deepEqual(row.remittance.rules, ['R24']);
  assert.ok(row.certification.rules.includes('R25'));
  assert.match(row.remittance.text, /完成汇款验证后/);
  assert.match(row.certification.text, /需先完成微信认证/);
});
