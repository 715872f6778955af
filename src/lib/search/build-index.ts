// Build time only: the site search index, from the rule data and the guide's MDX. Imports pinyin.ts
// (pinyin-pro), so only the /search-index.json endpoint, scripts and tests import this module.
import Fuse from 'fuse.js/basic';
import { groupByTopic } from '../history.ts';
import { factText, lookupFactValue } from '../rules/facts.ts';
import type { CategoryNode, RuleSet } from '../rules/types.ts';
import { normaliseChars } from '../text-normalise.ts';
import { guideSections, type MdxData } from './guide-sections.ts';
import { fullPinyin, initials } from './pinyin-fields.ts';
import { storeSyllables, syllablesOf } from './pinyin.ts';
import { searchKeys, type SearchDoc, type SearchKind, type SearchRecord, type SerialisedIndex } from './types.ts';

export interface GuideChapter { slug: string; title: string; body: string }
export interface ToolEntry { href: string; title: string; description: string }

/** Words readers search for in pinyin; with every heading, subject and category name they form the pinyin vocabulary. */
const domainWords = [
  '体验者', '开发者', '管理员', '对公打款', '汇款', '微信认证', '认证费', '微信支付', '公众号', '小程序', '开放平台',
  '公众平台', '企业号', '资质材料', '服务类目', '类目', '测试帐号', '审核', '发布', '邮箱', '主体', '注册', '头像',
  '名称', '关联', '绑定', '图文消息', '自定义菜单', '模板消息', '开发版本', '审核版本', '用户信息', '个人', '企业',
  '政府', '媒体', '其他组织', '个体工商户', '帐号', '密码', '激活', '登录', '开发设置', '功能页面', '拒绝',
];

export const categoryHref = (path: readonly string[]) =>
  `/tools/categories/?c=${encodeURIComponent(path.join('>'))}`;

function flattenCategories(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flattenCategories(n.children)]);
}

/** Text for the index: its phrases once each, without web addresses (developers.weixin.qq.com/…) or quotation marks. */
export const compactText = (text: string) => [...new Set(text
  .replace(/(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s，。；、）)“”]*)?/gi, '')
  .replace(/[“”"《》]/g, '')
  .split(/[，。；：、\s（）()>/]+/)
  .filter(Boolean))].join(' ');

export interface IndexInput { ruleSet: RuleSet; chapters: GuideChapter[]; tools: ToolEntry[] }

interface Entry { kind: SearchKind; title: string; href: string; context: string; keywords?: string; body?: string }

export function searchEntries({ ruleSet, chapters, tools }: IndexInput): Entry[] {
  const data: MdxData = {
    fact: (key) => factText(lookupFactValue(ruleSet.limits, key)),
    ruleText: (id) => {
      const rule = ruleSet.rules.find((r) => r.id === id);
      if (!rule) throw new Error(`<RuleText id="${id}" />: no rule ${id} in rules.yaml`);
      return rule.text;
    },
  };
  const entries: Entry[] = [];
  for (const chapter of chapters) {
    for (const s of guideSections(chapter.title, chapter.body, data)) {
      entries.push({
        kind: 'section', title: s.title, context: s.anchor ? chapter.title : '指南章节',
        href: `/guide/${chapter.slug}/${s.anchor ? `#${s.anchor}` : ''}`, body: s.text,
      });
    }
  }
  for (const rule of ruleSet.rules) {
    const chapter = chapters.find((c) => c.slug === rule.page)?.title ?? rule.page;
    entries.push({ kind: 'rule', title: rule.text, href: `/rules/#${rule.id}`, context: `${rule.id} · ${chapter}`, keywords: `${rule.id} ${rule.anchor}` });
  }
  for (const d of ruleSet.decisions) {
    entries.push({ kind: 'rule', title: d.title, href: `/rules/#${d.id}`, context: `${d.id} · 解读说明`, keywords: d.id, body: d.text });
  }
  // The rule history, one record per topic pointing at the topic's page: its label, the titles of
  // the notes on it and what changed (the values of entries that are not "unchanged-since"), each
  // phrase once and without addresses, to keep the index small.
  for (const { topic, entries: versions } of groupByTopic(ruleSet.history)) {
    const notes = ruleSet.superseded.filter((n) => n.topic === topic.id).map((n) => n.title);
    const changes = versions.filter((e) => e.change !== 'unchanged-since').map((e) => e.value);
    entries.push({
      kind: 'history', title: topic.label, href: `/history/${topic.id}/`, context: '规则变迁',
      body: compactText([...notes, ...changes].join(' ')),
    });
  }
  for (const node of flattenCategories(ruleSet.categories)) {
    entries.push({
      kind: 'category', title: node.name, href: categoryHref(node.path),
      context: node.path.length > 1 ? node.path.slice(0, -1).join(' > ') : '一级类目',
    });
  }
  for (const tool of tools) entries.push({ kind: 'tool', title: tool.title, href: tool.href, context: '工具', body: tool.description });
  return entries;
}

export function vocabulary(input: IndexInput, entries: Entry[]): string[] {
  const words = new Set(domainWords);
  for (const e of entries) if (e.kind !== 'rule' && e.title.length <= 12) words.add(e.title);
  for (const s of input.ruleSet.subjects) words.add(s.label);
  for (const m of Object.values(input.ruleSet.verificationMethods)) words.add(m.label);
  for (const w of [...input.ruleSet.limits.association.surfaces, ...input.ruleSet.limits.email.notRegisteredOn]) words.add(w);
  return [...words].filter((w) => /\p{Script=Han}/u.test(w));
}

export function buildSearchIndex(input: IndexInput): SerialisedIndex {
  const entries = searchEntries(input);
  // Words found in a quarter of the records or more (小程序, 帐号) tell records apart no better than
  // noise; leaving them out keeps the pinyin fields short and fuzzy search fast.
  const texts = entries.map((e) => normaliseChars(`${e.title} ${e.body ?? ''}`));
  const words = vocabulary(input, entries).map((w) => ({ w: normaliseChars(w), s: syllablesOf(w) }))
    .filter(({ w }) => texts.filter((t) => t.includes(w)).length < entries.length / 4);
  const docs: SearchDoc[] = [];
  const records: SearchRecord[] = [];
  for (const e of entries) {
    const title = normaliseChars(e.title);
    const body = normaliseChars(e.body ?? '');
    const titleSyllables = syllablesOf(e.title);
    // Whole-title pinyin only for short titles: long pinyin strings would match nonsense fuzzily.
    const short = e.title.length <= 16;
    const pin = new Set<string>();
    const ini = new Set<string>();
    // History records are found by their Chinese text and their title's full pinyin only: their long
    // bodies and topic titles (开发者与体验者名额: "kfzytyzme") would otherwise carry domain terms'
    // pinyin and initials and crowd out the rules a pinyin query means.
    if (e.kind !== 'history') for (const { w, s } of words) {
      if (title.includes(w) || body.includes(w)) { pin.add(fullPinyin(s)); ini.add(initials(s)); }
    }
    docs.push({ k: e.kind, t: e.title, h: e.href, c: e.context, s: e.kind === 'rule' ? '' : storeSyllables(titleSyllables) });
    const y = short ? [fullPinyin(titleSyllables), ...(e.kind === 'history' ? [] : [initials(titleSyllables)])].filter(Boolean) : [];
    records.push({ t: title, k: normaliseChars(`${e.keywords ?? ''} ${e.context}`.trim()), y, p: [...pin].filter(Boolean), i: [...ini].filter(Boolean), b: body });
  }
  const index = Fuse.createIndex([...searchKeys], records);
  return { version: 1, docs, index: index.toJSON() as SerialisedIndex['index'] };
}
