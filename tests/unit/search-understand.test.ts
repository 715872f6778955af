// Issue 22: a whole question read as its key terms, and what those terms find first (the real index).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRealIndex, realHomophones, realVariants } from '../support/search-index.ts';
import { createSiteSearcher } from '../../src/lib/search/rank.ts';
import { termsNote } from '../../src/lib/search/status.ts';
import type { SearchIndex } from '../../src/lib/search/types.ts';

const searcher = createSiteSearcher(JSON.parse(JSON.stringify(buildRealIndex())) as SearchIndex);
searcher.setVariants(await realVariants());
searcher.setHomophones(await realHomophones());
/** The typed key terms, in order, each with the guide's words it also searches ("学生>个人"). */
const keyTerms = (query: string) => searcher.understand(query).terms.filter((t) => !t.implied)
  .map((t) => (t.alts.length > 1 ? `${t.text}>${t.alts.slice(1).join('+')}` : t.text));

test('a question is read as its key terms: the frame goes, everyday and English words bring the guide\'s', () => {
  const table: [question: string, terms: string[], unmatched: string[], first: string | null][] = [
    ['我是学生，想用自己的身份证注册个小程序做课程表，可以吗？要交钱吗？', ['学生>个人', '身份证>身份信息', '注册', '小程序'], ['课程表'], '/rules/#R6'],
    ['提示该邮箱已被占用，换哪个邮箱才行', ['邮箱', '被占用>注册过+绑定'], [], '/rules/#R3'],
    ['请问一下各位大佬，我们公司想做个小程序，企业注册的时候验证主体有几种方式啊', ['公司>企业', '小程序', '企业', '注册', '验证', '主体', '方式'], [], '/rules/#R12'],
    ['个人developer能注册吗', ['个人', 'developer>开发者', '注册'], [], null],
    ['mini program 怎么注册', ['mini>小程序', '注册'], [], '/guide/registration/#注册小程序帐号'],
    ['小程式備案', ['小程式>小程序', '备案'], [], '/history/filing/'],
    ['對公打款', ['对公打款'], [], null],
    ['系统提示个人类型帐号暂不支持微信认证，为什么', ['个人', '类型', '帐号', '暂不', '支持', '微信认证'], [], '/rules/#R41'],
    ['注销小程序', ['小程序'], ['注销'], null],
    ['管理员换人', ['管理员'], ['换人'], null],
  ];
  for (const [question, terms, unmatched, first] of table) {
    assert.deepEqual(keyTerms(question), terms, question);
    assert.deepEqual(searcher.understand(question).unmatched, unmatched, question);
    if (first) assert.equal(searcher.search(question).hits[0]?.doc.h, first, question);
  }
});

test('a slip of the input method beside a function word is read by sound (对工打款 → 对公打款)', () => {
  for (const typo of ['对工打款', '对公大款']) {
    const u = searcher.understand(typo);
    assert.deepEqual(u.terms.map((t) => t.text), ['对公打款'], typo);
    assert.ok(u.expanded.includes('对公打款'), typo);
  }
});

test('traditional phrases are read as phrases, not character by character ("小程式" is no 城市)', () => {
  const u = searcher.understand('小程式備案');
  assert.ok(!u.expanded.includes('城市'), u.expanded.join());
  assert.deepEqual(u.expanded, ['小程序']);
});

test('a result covers part of a question: partial when a typed term is missing, a word is unknown, or the terms lie apart', () => {
  // 认证 and 失败 are both on the site, but in different sentences: no answer to "认证失败".
  const failed = searcher.search('认证失败怎么办').hits;
  assert.ok(failed.length > 0 && failed.every((h) => h.partial));
  // Nothing but a common word beside one the site does not know: nothing, not 小程序 everywhere.
  assert.deepEqual(searcher.search('注销小程序').hits, []);
  // A long question with one unknown word still finds its answer, marked partial.
  const student = searcher.search('我是学生，想用自己的身份证注册个小程序做课程表，可以吗？要交钱吗？').hits;
  assert.equal(student[0]?.doc.h, '/rules/#R6');
  assert.equal(student[0]?.partial, true);
});

test('never "nothing found" while a key term of the question names something on the site', () => {
  for (const q of ['你好，我想问一下小程序注册完以后在哪里可以看到AppID呢', '请教一下，对公打款验证要在多少天之内打完钱，超时了会怎样', '小程序的appid在哪里看']) {
    assert.ok(searcher.search(q).hits.length > 0, q);
  }
});

test('a 150-character question is read within its budget of terms', () => {
  const long = '请问各位大佬，'.repeat(5) + '我是学生，想用自己的身份证注册个小程序做课程表，可以吗？要交钱吗？'.repeat(4);
  assert.ok(long.length >= 150);
  const { hits, understood } = searcher.search(long);
  assert.ok(understood.terms.length <= 9);
  assert.equal(hits[0]?.doc.h, '/rules/#R6');
});

test('the dialog says which key terms a question was read as, only when they differ from what was typed', () => {
  const note = (q: string) => termsNote(q, searcher.search(q));
  assert.equal(note('提示该邮箱已被占用，换哪个邮箱才行'), '按“邮箱、被占用”查找');
  assert.equal(note('个人 认证'), '');
  assert.equal(note('体验者'), '');
  assert.equal(note('体验者最多能加多少人'), '按“体验者”查找');
  assert.equal(termsNote('x', null), '');
});
