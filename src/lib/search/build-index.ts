// Build time only: the site search index, from the rule data and the guide's MDX. Imports pinyin.ts
// (pinyin-pro), so only the /search-index.json endpoint, scripts and tests import this module.
import { groupByTopic, isChange } from '../history.ts';
import { factText, lookupFactValue } from '../rules/facts.ts';
import type { CategoryNode, RuleSet } from '../rules/types.ts';
import { normaliseChars } from '../text-normalise.ts';
import { guideSections, type MdxData } from './guide-sections.ts';
import { storeSyllables, syllablesOf } from './pinyin.ts';
import { functionWords, intentWords, questionVocabulary } from './intent.ts';
import { answersOf, type AnswerTexts, type RuleAnswer } from './answer.ts';
import { guideLabel, nowLine } from '../now-text.ts';
import { qualificationDocs } from './qualification-docs.ts';
import { qualificationIndex, qualificationTexts } from './qualification-entries.ts';
import { packSynonyms } from './synonym-pack.ts';
import type { QualificationData } from '../qualifications.ts';
import { AnswerDataError, uncoveredTopics, uncoveredTriggers, type AnswerFile } from './answer-data.ts';
import { closedPart, editionHistories, flattenUnion, unionTree } from '../category-editions.ts';
import { categoryContext, categorySearch } from '../categories.ts';
import type { SearchDoc, SearchIndex, SearchKind } from './types.ts';

export interface GuideChapter { slug: string; title: string; body: string }
/** A tool, or a reference page (context 参考: /rules/, /history/, /filing/). */
export interface ToolEntry { href: string; title: string; description: string; context?: string }

/** Words readers search for in pinyin; with every heading, subject and category name they form the pinyin vocabulary. */
const domainWords = [
  '体验者', '开发者', '管理员', '对公打款', '汇款', '微信认证', '认证费', '微信支付', '公众号', '小程序', '开放平台',
  '公众平台', '企业号', '资质材料', '服务类目', '类目', '测试帐号', '审核', '发布', '邮箱', '主体', '注册', '头像',
  '名称', '关联', '绑定', '图文消息', '自定义菜单', '模板消息', '开发版本', '审核版本', '用户信息', '个人', '企业',
  '政府', '媒体', '其他组织', '个体工商户', '帐号', '密码', '激活', '登录', '开发设置', '功能页面', '拒绝',
];

/** A category in 类目查询; `edition` when the browser's default (the newest table) lacks it. */
export const categoryHref = (path: readonly string[], edition: string | null = null) =>
  `/tools/categories/${categorySearch('', path.join('>'), edition)}`;

/** The official editions of the personal table, oldest first (content/categories/personal-editions.yaml). */
export interface PersonalEditions { guideEdition: string; editions: { id: string; tree: CategoryNode[] }[] }

/**
 * For a category of the guide's table that the newest personal table lacks: when it stopped being open
 * ("2018-07 版起不再对个人开放"), said beside it in the results, and the edition its link opens.
 */
function closedCategories(p: PersonalEditions | undefined): Map<string, { closed: string; edition: string }> {
  const out = new Map<string, { closed: string; edition: string }>();
  if (!p) return out;
  const histories = editionHistories(p.editions.map((e) => e.tree), p.editions.map((e) => e.id), p.guideEdition);
  const newest = new Set(flattenUnion(unionTree([p.editions.at(-1)!.tree])).map((n) => n.id));
  for (const [id, line] of histories) {
    const closed = closedPart(line);
    if (!newest.has(id) && closed) out.set(id, { closed, edition: p.guideEdition });
  }
  return out;
}

function flattenCategories(nodes: CategoryNode[]): CategoryNode[] {
  return nodes.flatMap((n) => [n, ...flattenCategories(n.children)]);
}

/** Text for the index: its phrases once each, without web addresses (developers.weixin.qq.com/…) or quotation marks. */
export const compactText = (text: string) => [...new Set(text
  .replace(/(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^\s，。；、）)“”]*)?/gi, '')
  .replace(/[“”"《》]/g, '')
  .split(/[，。；：、\s（）()>/]+/)
  .filter(Boolean))].join(' ');

export interface IndexInput {
  ruleSet: RuleSet; chapters: GuideChapter[]; tools: ToolEntry[];
  /** content/search/synonyms.yaml, flattened: a reader's word → the guide's words */
  synonyms?: Record<string, string[]>;
  /** content/categories/qualifications.yaml: the latest edition's tables are indexed, one entry per second-level category */
  qualifications?: QualificationData;
  /** content/categories/personal-editions.yaml: a category the newest table lacks says since when */
  personalEditions?: PersonalEditions;
  /** content/search/answers.yaml: the subjects each answering rule applies to, and the questions the guide does not cover */
  answerData?: AnswerFile;
}

interface Entry { kind: SearchKind; title: string; href: string; context: string; keywords?: string; body?: string; ruleId?: string }

export function searchEntries({ ruleSet, chapters, tools, personalEditions }: IndexInput): Entry[] {
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
    entries.push({
      kind: 'rule', title: rule.text, href: `/rules/#${rule.id}`, context: `${rule.id} · ${chapter}`, keywords: `${rule.id} ${rule.anchor}`, ruleId: rule.id,
    });
  }
  for (const d of ruleSet.decisions) {
    entries.push({ kind: 'rule', title: d.title, href: `/rules/#${d.id}`, context: `${d.id} · 解读说明`, keywords: d.id, body: d.text });
  }
  // The rule history, one record per topic pointing at the topic's page: its label, the titles of
  // the notes on it and what changed (the values of entries that tell of a change), each
  // phrase once and without addresses, to keep the index small.
  for (const { topic, entries: versions } of groupByTopic(ruleSet.history)) {
    const notes = ruleSet.superseded.filter((n) => n.topic === topic.id).map((n) => n.title);
    const changes = versions.filter(isChange).map((e) => e.value);
    entries.push({
      kind: 'history', title: topic.label, href: `/history/${topic.id}/`, context: '规则变迁',
      body: compactText([...notes, ...changes].join(' ')),
    });
  }
  const closed = closedCategories(personalEditions);
  for (const node of flattenCategories(ruleSet.categories)) {
    const ended = closed.get(node.path.join('>'));
    const where = categoryContext(node.path);
    entries.push({
      kind: 'category', title: node.name, href: categoryHref(node.path, ended?.edition ?? null),
      context: ended ? `${where} · ${ended.closed}` : where,
    });
  }
  for (const tool of tools) entries.push({ kind: 'tool', title: tool.title, href: tool.href, context: tool.context ?? '工具', body: tool.description });
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

/**
 * The query segmentation vocabulary: the words Node's Intl.Segmenter (full ICU, so the same on every
 * build machine) finds in the indexed text, plus the pinyin vocabulary (domain words, short titles,
 * subjects, categories) and the rule data's terms; words of two to twelve characters, Chinese only,
 * without the function words (the browser adds those itself).
 */
export function segmentationWords(texts: readonly string[], extra: readonly string[]): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const words = new Set<string>();
  const keep = (w: string) => /^\p{Script=Han}{2,12}$/u.test(w) && !functionWords.has(w) && !(w in intentWords);
  for (const text of texts) for (const s of segmenter.segment(text)) if (s.isWordLike && keep(s.segment)) words.add(s.segment);
  for (const w of extra) if (keep(w)) words.add(w);
  return [...words].sort();
}

export function buildSearchIndex(input: IndexInput): SearchIndex {
  const entries = searchEntries(input);
  // The qualification tables: the latest edition only, whose tables are per subject type (open or
  // not, and with which documents); the guide's 2018-04 table would repeat most of their rows.
  const latest = input.qualifications?.editions.at(-1);
  const qualifications = latest ? qualificationIndex([latest]) : undefined;
  const qualified = qualificationDocs(qualifications);
  // Words found in a quarter of the records or more (小程序, 帐号) tell records apart no better than
  // noise; leaving them out of the pinyin vocabulary keeps pinyin matching precise. Counted over the
  // guide's records (every qualification title names its subject type, 个人主体).
  const guideTexts = entries.map((e) => normaliseChars(`${e.title} ${e.body ?? ''}`));
  const texts = [...guideTexts, ...qualified.docs.map((d, n) => normaliseChars(`${d.t} ${d.q ?? ''} ${qualified.bodies[n]}`))];
  const domain = vocabulary(input, entries);
  const pinyin = domain.map((w) => normaliseChars(w))
    .filter((w) => guideTexts.filter((t) => t.includes(w)).length < guideTexts.length / 4)
    .map((w): [string, string] => [w, storeSyllables(syllablesOf(w))]);
  const ruleTerms = input.ruleSet.rules.map((r) => r.anchor);
  const words = segmentationWords(texts, [...domain, ...ruleTerms].map(normaliseChars))
    .filter((w) => !pinyin.some(([p]) => p === w));
  const docs: SearchDoc[] = entries.map((e) => {
    // Title pinyin: for highlighting, and (titles of up to 16 characters) for searching by pinyin.
    const s = e.kind !== 'rule' || e.title.length <= 16 ? storeSyllables(syllablesOf(e.title)) : '';
    return { k: e.kind, t: e.title, h: e.href, c: e.context, s, ...(e.keywords ? { w: e.keywords } : {}) };
  });
  const synonyms: Record<string, string[]> = {};
  const missing: string[] = [];
  for (const [from, to] of Object.entries(input.synonyms ?? {})) {
    synonyms[normaliseChars(from)] = to.map(normaliseChars);
    for (const w of to) if (!texts.some((t) => t.includes(normaliseChars(w))) && !missing.includes(w)) missing.push(w);
  }
  if (missing.length) throw new Error(`content/search/synonyms.yaml: means: ${missing.map((w) => `“${w}”`).join('、')}在本站内容中没有出现，这个同义词永远搜不到结果`);
  const { answers } = ruleAnswers(input, entries);
  const uncovered = input.answerData ? checkedTopics(input.answerData, docs, qualified.docs) : undefined;
  return {
    version: 2, docs, answers, bodies: entries.map((e) => normaliseChars(e.body ?? '')),
    // A reader's word of the synonyms joins the vocabulary from there (rank.ts): not twice.
    words: words.filter((w) => !(w in synonyms)).join(' '), pinyin, synonyms: packSynonyms(synonyms),
    ...(qualifications ? { qualifications } : {}), ...(uncovered ? { uncovered } : {}),
  };
}

/**
 * What answer cards quote, fetched when one shows (/search-answers.json): the qualification rows' exact
 * documents (as the index's rows, in order), the 指南未涉及 topics (as the index's triggers) and today's
 * line for each rule that answers a number where today's rule differs, by record position.
 */
export function buildAnswerTexts(input: IndexInput): AnswerTexts {
  const latest = input.qualifications?.editions.at(-1);
  return {
    rows: latest ? qualificationTexts([latest]) : [], topics: input.answerData ? uncoveredTopics(input.answerData) : [],
    now: ruleAnswers(input, searchEntries(input)).now,
  };
}

/** The numbers of limits.yaml, which the rules print. */
function limitValuesOf(ruleSet: RuleSet): Set<number> {
  const values = new Set<number>();
  const collect = (v: unknown): void => {
    if (typeof v === 'number') values.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  collect(ruleSet.limits);
  return values;
}

/** The answer cards' values, by record position: the rules that print a number of limits.yaml, with their scope and edition; and today's lines. */
function ruleAnswers(input: IndexInput, entries: Entry[]): { answers: Record<string, RuleAnswer>; now: Record<string, string> } {
  const answers: Record<string, RuleAnswer> = {};
  const nowLines: Record<string, string> = {};
  const limitValues = limitValuesOf(input.ruleSet);
  const edition = guideLabel(input.ruleSet.source.asOfDate);
  const unscoped: string[] = [];
  entries.forEach((e, n) => {
    const rule = e.ruleId ? input.ruleSet.rules.find((r) => r.id === e.ruleId) : undefined;
    const a = rule ? answersOf(rule.text, limitValues) : null;
    if (!rule || !a) return;
    // One voice on the card: the first of today's statements that answers beside this rule.
    const now = input.ruleSet.today.find((st) => st.rules.includes(rule.id));
    if (now) nowLines[n] = nowLine(now);
    const scope = input.answerData?.scopes[rule.id];
    if (input.answerData && !scope) unscoped.push(rule.id);
    answers[n] = { ...a, g: `/guide/${rule.page}/#${rule.anchor}`, e: edition, ...(scope ? { s: scope } : {}), ...(now ? { n: 1 as const } : {}) };
  });
  // A card names whom its number applies to: every rule that gives one needs its scope.
  if (unscoped.length) throw new AnswerDataError(`content/search/answers.yaml: scopes：没有写明 ${unscoped.join('、')} 适用于哪类主体`);
  return { answers, now: nowLines };
}

/** The uncovered topics, each closest topic checked to be a search result. */
function checkedTopics(data: AnswerFile, docs: readonly SearchDoc[], qualified: readonly SearchDoc[]) {
  const hrefs = new Set([...docs, ...qualified].map((d) => d.h));
  const missing = data.uncovered.filter((t) => !hrefs.has(t.closest)).map((t) => `${t.id}：“${t.closest}”`);
  if (missing.length) throw new AnswerDataError(`content/search/answers.yaml: closest 不是搜索结果中的地址：${missing.join('；')}`);
  return uncoveredTriggers(data);
}

/** Every text of the index that a query is matched against (for the traditional-character table). */
export const siteText = (index: SearchIndex): string => {
  const qualified = qualificationDocs(index.qualifications);
  return [
    ...[...index.docs, ...qualified.docs].map((d) => `${d.t} ${d.c} ${d.w ?? ''} ${d.q ?? ''}`), ...index.bodies, ...qualified.bodies, index.words,
    index.synonyms, ...questionVocabulary(),
  ].join(' ');
};
