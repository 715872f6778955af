import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guideSections, headingSlug, mdxToText } from '../../src/lib/search/guide-sections.ts';

test('heading ids follow the ids Astro gives headings', () => {
  const table: [string, string][] = [['获取AppID', '获取appid'], ['UnionID机制说明', 'unionid机制说明'], ['关联规则：', '关联规则'], ['A b', 'a-b']];
  for (const [text, slug] of table) assert.equal(headingSlug(text), slug);
});

const data = {
  fact: (k: string) => ({ 'a.b': '10', 'a.list': '甲、乙' } as Record<string, string>)[k] ?? '?',
  ruleText: (id: string) => ({ R41: '个人类型帐号暂不支持微信认证。' } as Record<string, string>)[id] ?? '?',
};
const none = { fact: () => '', ruleText: () => '' };

test('MDX becomes plain text with numbers filled in', () => {
  assert.equal(
    mdxToText('请在<V k="a.b" />天内完成。<Rule id="R20" />\n\n<Admonition type="note" title="注意">\n见[指南](/guide/x/)，**重要**\n</Admonition>\n- 列表项', data),
    '请在10天内完成。 见指南，重要 列表项',
  );
});

test('what components print from data is in the text: facts, lists and rule sentences', () => {
  const table: [mdx: string, text: string][] = [
    ['<V k="a.b" />', '10'],
    ['在<V k="a.list"/>中', '在甲、乙中'],
    ['<RuleText id="R41" /><Rule id="R41" />', '个人类型帐号暂不支持微信认证。'],
    ['见：<RuleText id="R41"/>', '见：个人类型帐号暂不支持微信认证。'],
    ['<Rule id="R41" />', ''],
  ];
  for (const [mdx, text] of table) assert.equal(mdxToText(mdx, data), text, mdx);
});

test('a chapter splits at its headings; text before the first heading belongs to the chapter', () => {
  const sections = guideSections('章', '---\ntitle: 章\n---\n\n开头。\n\n## 甲\n\n甲的内容。\n\n### 获取AppID\n\n乙。\n', none);
  assert.deepEqual(sections, [
    { title: '章', anchor: '', text: '开头。' },
    { title: '甲', anchor: '甲', text: '甲的内容。' },
    { title: '获取AppID', anchor: '获取appid', text: '乙。' },
  ]);
});
