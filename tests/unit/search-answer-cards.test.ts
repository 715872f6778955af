// The answer cards over the real index, as the dialog makes them (query, terms, uncovered topics): every
// documents card against the table it quotes, the number cards' scope and edition and the values asked
// for, and the questions the guide does not cover (issue 22, item 3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRealIndex, guideChapters, realHomophones, realVariants, siteTools } from '../support/search-index.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { loadQualifications } from '../../src/lib/rules/qualifications-load.ts';
import { loadAnswerData } from '../../src/lib/search/answer-data-load.ts';
import { buildAnswerTexts } from '../../src/lib/search/build-index.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import { answerFor, type Answer } from '../../src/lib/search/answer.ts';
import { qualificationDocs } from '../../src/lib/search/qualification-docs.ts';
import { lookupQualification, subjectLabels } from '../../src/lib/qualifications.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';

const index = JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex;
const data = loadQualifications();
const answerData = loadAnswerData();
const texts = buildAnswerTexts({ ruleSet: loadRuleSet(), chapters: guideChapters(), tools: siteTools, qualifications: data, answerData });
const searcher = createSiteSearcher(index);
searcher.setVariants(await realVariants());
searcher.setHomophones(await realHomophones());
const qualified = qualificationDocs(index.qualifications).docs;

/** The card for a query, as the dialog makes it. */
function card(query: string): Answer | null {
  const { hits, understood } = searcher.search(query);
  return answerFor(understood.intents, hits, index.answers, index.docs, 5, index.qualifications?.editions,
    { query, terms: understood.terms, uncovered: index.uncovered ?? [] });
}
/** What a documents card shows as the table's text. */
const quoted = (a: Answer) => (a.kind === 'documents' ? texts.rows[a.ref - index.docs.length] : undefined);

test('every documents card repeats its table exactly: each cell\'s lines verbatim, "或" and "、" as written, its subject and edition', () => {
  const latest = data.editions.at(-1)!;
  assert.equal(texts.rows.length, qualified.length);
  let checked = 0;
  qualified.forEach((doc, n) => {
    const ref = index.docs.length + n;
    const a = answerFor(['documents'], [{ doc, ref }], index.answers, index.docs, 5, index.qualifications?.editions, { terms: [] });
    assert.ok(a?.kind === 'documents', doc.t);
    const table = latest.tables.find((t) => doc.t.endsWith(` · ${subjectLabels[t.subject]}`))!;
    assert.equal(a.scope, subjectLabels[table.subject]);
    assert.deepEqual(a.source, { d: latest.date, t: latest.pageTitle, u: latest.url });
    // The category's rows as the category pages read them (src/lib/qualifications.ts), not the index's.
    const [level1, level2] = doc.t.slice(0, doc.t.lastIndexOf(' · ')).split(' › ');
    const lookup = lookupQualification(data, table.subject, level2 ? [level1!, level2] : [level1!], latest.id)!;
    const shown = quoted(a)!;
    for (const r of lookup.records) {
      const cell = r.documents.length ? r.documents.join('\n') : '未列出资质文件';
      assert.ok(shown.includes(cell), `${doc.t}: ${JSON.stringify(cell)} in ${JSON.stringify(shown)}`);
      if (r.note) assert.ok(shown.includes(`备注：${r.note}`), `${doc.t}: 备注`);
    }
    // Nothing but the table: every line of the card is a line of a cell, a note, or names the rows a cell is for.
    const lines = new Set(lookup.records.flatMap((r) => [...r.documents, ...(r.note ? [`备注：${r.note}`] : [])]));
    for (const line of shown.split('\n')) assert.ok(lines.has(line) || line === '未列出资质文件' || /^[^：]+：/.test(line), `${doc.t}: ${line}`);
    checked++;
  });
  assert.ok(checked > 300, `${checked} cards`);
});

test('the cards the issue found wrong: 律所 keeps "或", 医疗器械经营 lists both documents, selling devices is not the manufacturing row', () => {
  const lawyers = card('律所需要什么资质');
  assert.equal(lawyers?.kind === 'documents' && lawyers.category.t, '商业服务 › 律所 · 非个人主体');
  assert.equal(quoted(lawyers!), '《律师事务所执业许可证书》或\n经司法厅批准成立法律服务机构的文件');
  const firm = card('律师事务所需要什么资质');
  assert.equal(firm?.kind === 'documents' && firm.category.t, '商业服务 › 律所 · 非个人主体');
  const devices = card('医疗器械经营需要什么资质');
  assert.equal(devices?.kind === 'documents' && devices.category.t, '医疗 › 医疗器械经营、销售 · 非个人主体');
  assert.equal(quoted(devices!), '《医疗器械经营许可证》、市食品药品监督管理部门备案凭证');
  // 卖医疗器械 fits 生产企业, 经营、销售 and 信息展示 alike: no card rather than the first of them.
  const selling = card('卖医疗器械需要什么证');
  assert.ok(selling === null || (selling.kind === 'documents' && selling.category.t.includes('经营、销售')), JSON.stringify(selling));
  // One category, several subject types: the business table unless the query names one.
  const named = card('个人 律师 需要什么证');
  assert.equal(named?.kind === 'documents' && named.scope, '个人主体');
});

test('a number card names whom it applies to and the guide\'s edition, and gives the number asked for', () => {
  const table: [query: string, rule: string, values: string[], scope: string][] = [
    ['一个公众号能关联几个小程序', '/rules/#R50', ['10个同主体的小程序', '3个不同主体的小程序'], '所有公众号'],
    ['公众号每月能关联几次小程序', '/rules/#R52', ['13次', '500次'], '所有公众号和小程序'],
    ['一个小程序能关联几个公众号', '/rules/#R51', ['500个公众号'], '所有小程序'],
    ['认证要多少钱', '/rules/#R14', ['300元认证费'], '企业类型（选择微信认证验证主体）'],
    ['个人小程序最多几个开发者', '/rules/#R30', ['5个开发者'], '个人主体'],
    ['体验者最多能加多少人', '/rules/#R30', ['10个体验者'], '个人主体'],
    ['已认证的小程序能加多少体验者', '/rules/#R32', ['40个体验者'], '已认证的小程序'],
    ['汇款期限是几天', '/rules/#R20', ['10天内完成汇款'], '企业类型（选择对公打款验证主体）'],
  ];
  for (const [query, rule, values, scope] of table) {
    const a = card(query);
    assert.ok(a?.kind === 'value', `${query}: ${JSON.stringify(a)}`);
    assert.equal(a.rule.h, rule, query);
    assert.deepEqual(a.values, values, query);
    assert.equal(a.scope, scope, query);
    assert.equal(a.edition, '指南（2018-04-16）', query);
  }
  // Today's line beside the guide's number, from what the card fetches.
  const fee = card('认证要多少钱');
  assert.ok(fee?.kind === 'value' && fee.now === 1);
  assert.match(texts.now[fee.ref]!, /^现在：.*可信度.*核对）$/);
});

test('every rule that gives a number has its scope, and every scope is a rule that gives one', () => {
  const rules = Object.keys(index.answers).map((n) => index.docs[Number(n)]!.c.split(' · ')[0]!);
  assert.deepEqual([...rules].sort(), Object.keys(answerData.scopes).sort());
  for (const a of Object.values(index.answers)) assert.ok(a.s && a.e === '指南（2018-04-16）', JSON.stringify(a));
});

test('questions the guide does not cover get the 指南未涉及 card: the closest topic on the site, where the official answer lives', () => {
  const uncovered: [query: string, label: string][] = [
    ['名字被占用了怎么办', '小程序名称被占用或重名'],
    ['小程序名称已被注册怎么办', '小程序名称被占用或重名'],
    ['认证失败怎么办', '微信认证失败或被驳回后怎么办'],
    ['微信认证没通过', '微信认证失败或被驳回后怎么办'],
    ['管理员换人', '更换小程序管理员'],
    ['管理员离职了怎么办', '更换小程序管理员'],
    ['注销小程序', '注销小程序帐号'],
    ['小程序改名次数', '修改小程序名称（改名的次数和办法）'],
    ['小程序名称可以修改吗', '修改小程序名称（改名的次数和办法）'],
    ['找回密码', '找回或重置登录密码'],
    ['忘记密码了怎么登录', '找回或重置登录密码'],
    ['怎么更换登录邮箱', '更换小程序的登录邮箱'],
    ['小程序被封了怎么申诉', '小程序被封禁、违规处罚和申诉'],
  ];
  const hrefs = new Set([...index.docs, ...qualified].map((d) => d.h));
  for (const [query, label] of uncovered) {
    const a = card(query);
    assert.ok(a?.kind === 'uncovered', `${query}: ${JSON.stringify(a)}`);
    const topic = texts.topics[a.topic]!;
    assert.equal(topic.l, label, query);
    assert.ok(hrefs.has(topic.c), topic.c);
    assert.ok(topic.w.length > 0 && topic.w.every((p) => p.n && p.h), query);
  }
  // Questions the guide does answer are not "not covered".
  for (const query of ['提示该邮箱已被占用，换哪个邮箱才行', '邮箱被占用了怎么办', '体验者最多能加多少人', '主体信息能改吗', '注销备案', '认证要多少钱', '管理员信息怎么填']) {
    assert.notEqual(card(query)?.kind, 'uncovered', query);
  }
});
