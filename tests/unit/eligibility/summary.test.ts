// The card an outcome opens with, and its plain-text copy, checked against the seed: 300 元 only for
// the enterprise 微信认证 as the verification method (R14, D6; with D2 for 个体工商户), 10 天 only for
// 对公打款 (R20), no fee for a 认证 applied for later (R40, R43), 审核时长 never stated, and the
// changes since 2018 that concern the reader's subject group, each with its kind, source and confidence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, type Outcome } from '../../../src/lib/eligibility/outcome.ts';
import { formatOutcomeText } from '../../../src/lib/eligibility/outcome-text.ts';
import { outcomeTextInput } from '../../../src/lib/eligibility/outcome-text-input.ts';
import { outcomeSummary, type SummaryRowId } from '../../../src/lib/eligibility/summary.ts';
import { todayValues } from '../../../src/lib/now-text.ts';
import { supersededStatusLabel } from '../../../src/lib/rules/superseded-labels.ts';
import type { Answers } from '../../../src/lib/eligibility/questions.ts';
import { allCombinations, data, rules, walk } from './fixture.ts';

// 复制为文字 as the wizard builds it: the outcome's strings, formatted when the reader asks.
const outcomeText = (o: Outcome, answers: Answers, d: typeof data, url: string) => formatOutcomeText(outcomeTextInput(o, answers, d), url);

const fee = `${rules.limits.certification.enterpriseFeeYuan} 元`;
const days = `${rules.limits.remittance.deadlineDays} 天`;
const card = (answers: Answers) => {
  const rows = outcomeSummary(evaluate(answers, data), answers, data);
  return Object.fromEntries(rows.map((r) => [r.id, r])) as Partial<Record<SummaryRowId, (typeof rows)[number]>>;
};

const cases: [name: string, answers: Answers, expect: Partial<Record<SummaryRowId, RegExp>>][] = [
  ['个体户, 微信支付, 微信认证', { subject: 'individual-business', email: 'yes', payment: 'yes', path: 'certification', unionid: 'no' },
    { register: /^可以/, path: /^微信认证：/, cost: new RegExp(`^需支付 ${fee}认证费。$`), deadline: /尽快.*原文未规定期限/, review: /^指南未说明/,
      changes: /^成员名额与成员管理已调整（现行规则已变化；可信度中）；.*上架前须完成小程序备案（指南之后新增的要求；可信度中）/ }],
  ['企业, 微信支付, 对公打款: the later 认证, its fee not stated', { subject: 'enterprise', email: 'yes', payment: 'yes', path: 'remittance', unionid: 'no' },
    { path: /^对公打款：.*对公账户/,
      cost: new RegExp(`^向指定帐号汇入页面指定的金额（原文未写明金额）。要微信支付还须另行申请微信认证（R40、R43）；其费用指南未说明（作为验证方式的微信认证为 ${fee}，R14），现行以平台为准。$`),
      deadline: new RegExp(`${days}内完成汇款`) }],
  ['企业, no 微信支付, 对公打款: no fee', { subject: 'enterprise', email: 'yes', payment: 'no', path: 'remittance', unionid: 'no' },
    { cost: /^向指定帐号汇入页面指定的金额（原文未写明金额）。$/ }],
  ['媒体: 认证 required, fee not stated', { subject: 'media', email: 'yes', payment: 'yes', unionid: 'no' },
    { path: /媒体类型必须/, cost: /^指南未说明/, deadline: /尽快/ }],
  ['个人 wanting 微信支付', { subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'yes', unionid: 'no' },
    { register: /^可以/, path: /没有为个人主体规定/, cost: /^指南未说明（指南写的是“个人类型帐号暂不支持微信认证”）。$/, deadline: /^指南未说明/,
      changes: /个人帐号现在可以申请微信认证（现行规则已变化；可信度中、高）/ }],
  // What 认证 makes available: by the guide, with today's beside it.
  ['个人: 认证 not applicable by the guide', { subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'no', unionid: 'no' },
    { certification: /^不适用：个人类型帐号暂不支持微信认证。$/ }],
  ['企业 by 认证: 微信支付, the certified tier, the profile after it', { subject: 'enterprise', email: 'yes', payment: 'no', path: 'certification', unionid: 'no' },
    { certification: /^可申请微信支付；成员名额按已认证一档（最多 20 个开发者、40 个体验者）；以微信认证验证主体的，认证完成后才能补充名称、头像等。$/ }],
  ['个人 under age without an email', { subject: 'personal', age: 'no', identity: 'yes', realname: 'yes', email: 'no' },
    { register: /^暂时不能，2 项不符合：年满 18 岁、注册邮箱。$/ }],
  ['企业 with a bad email: both methods, both costs', { subject: 'enterprise', email: 'no' },
    { register: /^暂时不能/, path: /二选一/, cost: new RegExp(`原文未写明金额.*${fee}`), deadline: new RegExp(`${days}.*尽快`) }],
];
for (const [name, answers, expect] of cases) {
  test(`summary: ${name}`, () => {
    const rows = card(answers);
    for (const [id, re] of Object.entries(expect)) {
      assert.match(rows[id as SummaryRowId]?.text ?? '', re, id);
    }
  });
}

test('the 认证之后 row gives today\'s beside the guide for every subject group', () => {
  const personal = card({ subject: 'personal', age: 'yes', identity: 'yes', realname: 'yes', email: 'yes', payment: 'no', unionid: 'no' }).certification!;
  assert.deepEqual(personal.rules, ['R41']);
  assert.deepEqual(todayValues(personal.now).map((n) => n.topic), ['certification', 'certification-effects']);
  assert.match(todayValues(personal.now)[1]!.text, /仍不能开通微信支付/);
  const media = card({ subject: 'media', email: 'yes', payment: 'no', unionid: 'no' }).certification!;
  assert.match(todayValues(media.now)[0]!.text, /申请微信支付的前提/);
  assert.ok(media.rules.includes('R43') && media.rules.includes('R32') && media.rules.includes('R25'), media.rules.join());
});

test('个体工商户: the 300 元 and 10 天 rows carry D2 (treated as an enterprise type); 企业 rows do not', () => {
  const decisions = (answers: Answers) => Object.fromEntries(Object.entries(card(answers)).map(([id, r]) => [id, r!.decisions ?? []]));
  const ib = { subject: 'individual-business', email: 'yes', unionid: 'no' } as const;
  assert.deepEqual(decisions({ ...ib, payment: 'no', path: 'certification' }).cost, ['D2']);
  assert.deepEqual(decisions({ ...ib, payment: 'no', path: 'certification' }).deadline, []);
  assert.deepEqual(decisions({ ...ib, payment: 'no', path: 'remittance' }).deadline, ['D4', 'D2']);
  assert.deepEqual(decisions({ ...ib, payment: 'no', path: 'remittance' }).cost, []);
  assert.deepEqual(decisions({ ...ib, payment: 'yes', path: 'remittance' }).cost, ['D2']);
  assert.deepEqual(decisions({ subject: 'individual-business', email: 'no' }).cost, ['D2']);
  assert.deepEqual(decisions({ subject: 'individual-business', email: 'no' }).deadline, ['D4', 'D2']);
  assert.deepEqual(decisions({ subject: 'enterprise', email: 'yes', unionid: 'no', payment: 'yes', path: 'remittance' }).cost, []);
  assert.deepEqual(decisions({ subject: 'enterprise', email: 'yes', unionid: 'no', payment: 'no', path: 'certification' }).cost, []);
});

test('over every outcome: 300 元 only with the enterprise fee rule, 10 天 only with R20, every cited rule and decision is shown on the page', () => {
  for (const held of allCombinations) {
    const { answers } = walk(held);
    const o = evaluate(answers, data);
    const rows = outcomeSummary(o, answers, data);
    const label = JSON.stringify(answers);
    for (const r of rows) {
      if (r.text.includes(fee)) assert.ok(r.rules.includes('R14'), `${label}: ${r.id} states the fee with R14`);
      if (r.text.includes(days)) assert.ok(r.rules.includes('R20'), `${label}: ${r.id} states the deadline with R20`);
      if (o.subject.decisions.includes('D2') && (r.text.includes(fee) || r.text.includes(days))) assert.ok(r.decisions?.includes('D2'), `${label}: ${r.id} with D2`);
      // A fee for a 认证 applied for later is not in the guide: 300 元 is said only of the verification method.
      if (r.text.includes('另行申请微信认证')) assert.match(r.text, new RegExp(`其费用指南未说明（作为验证方式的微信认证为 ${fee}，R14），现行以平台为准`), label);
      for (const id of r.rules) assert.ok(data.rules[id], `${label}: ${id} linkable`);
      for (const id of r.decisions ?? []) assert.ok(o.decisions.includes(id), `${label}: ${id} explained below`);
    }
    assert.ok(rows.some((r) => r.id === 'review' && r.text.includes('指南未说明')), label);
    // Each change since 2018 with its kind and confidence on the card; in the copied text, one line each with its sources.
    const changes = rows.find((r) => r.id === 'changes')!;
    const text = outcomeText(o, answers, data, 'https://example.org/x/');
    for (const id of o.knownChanges) {
      const n = data.superseded.find((x) => x.id === id)!;
      assert.ok(changes.text.includes(`${n.title}（${supersededStatusLabel[n.status]}；可信度`), `${label}: ${id} on the card`);
      const noteLine = text.split('\n').find((l) => l.startsWith(`- ${n.title}（`));
      assert.ok(noteLine, `${label}: ${id} in the text`);
      for (const src of n.sources) assert.ok(noteLine.includes(`${src.title}（${src.date}），可信度：`), `${label}: ${id} names ${src.title}`);
    }
    if (o.subject.group === 'organisation') assert.ok(!rows.some((r) => r.text.includes(fee)), `${label}: no fee for ${o.subject.label} (D6)`);
  }
});

test('复制为文字: headline, summary, next steps and the link, as plain text', () => {
  const answers: Answers = { subject: 'individual-business', email: 'yes', payment: 'yes', path: 'certification', unionid: 'no' };
  const url = 'https://example.org/tools/eligibility/subject-individual-business/email-yes/path-certification/payment-yes/unionid-no/';
  const text = outcomeText(evaluate(answers, data), answers, data, url);
  const lines = text.split('\n');
  assert.equal(lines[0], '微信小程序资格自查：可以注册小程序（企业(个体工商户)主体，微信认证）');
  // The guide's answer and today's on one line, today's with its source and confidence.
  assert.match(text, new RegExp(`费用：指南（${data.source.asOfDate}）：需支付 ${fee}认证费。 · 现在：现行接入指南仍写“需支付300元认证费”；.*年审.*（微信小程序接入指南.*可信度中；.*可信度中；\\d{4}-\\d{2}-\\d{2} 核对）`));
  assert.match(text, /微信支付：指南（2018-04-16）：已认证的小程序可申请。 · 现在：仍须已认证/);
  assert.match(text, /上架前完成小程序备案.* · 现在：2023 年 9 月 1 日起/);
  assert.match(text, /审核时长：指南未说明/);
  assert.match(text, /\n2018 年后的变化：\n- 成员名额与成员管理已调整（现行规则已变化；来源：微信小程序接入指南（现行版本，本站经第三方存档读取正文）（存档 2026-07-29），可信度：中；微信开放社区：小程序成员管理（日期不详），可信度：中）\n/);
  assert.match(text, /\n- 上架前须完成小程序备案（指南之后新增的要求；来源：微信公众平台：关于开展微信小程序备案的通知（本站读到的是多处逐字转载）（2023-08-09），可信度：中；.*可信度：中）\n/);
  assert.match(text, /接下来怎么做：\n1\. /);
  assert.equal(lines.at(-1), `每条结论的依据和原文：${url}`);
  assert.doesNotMatch(text, /<|undefined|\[object/);
});

test('复制为文字 for a reader who cannot register names what is not met and how to fix it', () => {
  const answers: Answers = { subject: 'enterprise', email: 'no' };
  const text = outcomeText(evaluate(answers, data), answers, data, 'https://example.org/x/');
  assert.match(text, /能否注册：暂时不能/);
  assert.match(text, /不符合的条件：\n- .*邮箱.*换用一个符合要求的邮箱即可。/);
  assert.match(text, /满足条件后的步骤：\n1\. /);
  assert.match(text, /（选择对公打款时）/);
});
