// The rule history (history.yaml) as built: /history/ lists every entry with an external source link
// and a confidence badge, each /history/<topic>/ exactly its topic's entries; a rule that has changed
// since the guide carries "2018 年后已变化" wherever a chapter cites it; every chapter has the
// disclosure of each rule with history it cites; every page says which version the rules follow.
// Lists read newest first; a range of archived copies reads "A 至 B 期间各版相同", never "此后未变".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allPages, decodeEntities, idsOf, pageReader, textOf } from './helpers.ts';
import { loadRuleSet } from '../../src/lib/rules/load.ts';
import { sitemapPaths } from '../../scripts/dist-files.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';
import { changedRules, entriesForRules, summary } from '../../src/lib/history.ts';
import type { HistoryEntry } from '../../src/lib/rules/types.ts';

const ruleSet = loadRuleSet();
const { history, source } = ruleSet;
const pages = allPages();
const page = pageReader(pages);
const confidenceWord = { high: '高', medium: '中', low: '低' } as const;
const kindWord = { added: '新增', changed: '变更', removed: '删除', superseded: '已被取代', unverified: '未核实' } as const;
/** The kind of entry as a reader should read it: copies that agreed over a range say so of that range only. */
const changeWord = (e: HistoryEntry) => (e.change === 'same' ? (e.from === 'now' ? '与指南相同' : '期间各版相同') : kindWord[e.change]);
/** The dates as a reader should read them: "现行", "不晚于 2019-05", "2017-06-16 至 2018-11-12". */
function dateWords(e: HistoryEntry): string {
  const from = e.from === 'now' ? '现行' : e.from === 'undated' ? '日期不详' : `${e.noLaterThan ? '不晚于 ' : ''}${e.from}`;
  return e.until && e.until !== e.from ? `${from} 至 ${e.until}` : from;
}

/** Each rendered entry on a page: its index in history.yaml and its <li>. */
const entriesIn = (html: string) =>
  [...html.matchAll(/<li\b[^>]*\sdata-history-entry="(\d+)"[^>]*>[\s\S]*?<\/li>/g)].map((m) => ({ index: Number(m[1]), html: m[0] }));
/** Each <RuleHistory> disclosure on a page: the rules it covers and its markup. */
const disclosuresIn = (html: string) =>
  [...html.matchAll(/<details\b[^>]*\sdata-rule-history[\s>][^>]*>[\s\S]*?<\/details>/g)].map((m) => ({
    rules: (/\sdata-rules="([^"]*)"/.exec(m[0])?.[1] ?? '').split(' ').filter(Boolean), html: m[0],
  }));
const ruleTopic = (rule: string) => history.topics.find((t) => t.rules.includes(rule))!.id;
const withHistory = new Set(history.entries.flatMap((e) => e.rules));
const changed = changedRules(history, ruleSet.superseded, source.asOfDate);
const guidePages = [...pages.keys()].filter((p) => /^\/guide\/[a-z-]+\/$/.test(p));

/** Problems with one rendered entry: its value, date, change, external source link (and commit), confidence badge. */
function checkEntry(where: string, index: number, li: string): string[] {
  const e = history.entries[index]!;
  const problems: string[] = [];
  const text = textOf(li);
  if (!text.includes(e.value.replace(/\s+/g, ' '))) problems.push(`${where} #${index}: no value`);
  const when = textOf(/<p class="history-when"[\s\S]*?<\/p>/.exec(li)?.[0] ?? '');
  if (!when.startsWith(dateWords(e))) problems.push(`${where} #${index}: "${when}" does not begin with "${dateWords(e)}"`);
  if (!when.includes(changeWord(e))) problems.push(`${where} #${index}: "${when}" has no change label "${changeWord(e)}"`);
  const link = [...li.matchAll(/<a\s[^>]*>[\s\S]*?<\/a>/g)].map((m) => m[0])
    .find((a) => decodeEntities(/\shref="([^"]*)"/.exec(a)?.[1] ?? '') === e.source.url);
  if (!link) problems.push(`${where} #${index}: no link to ${e.source.url}`);
  else {
    if (!URL.canParse(e.source.url) || !/^https:\/\//.test(e.source.url)) problems.push(`${where} #${index}: ${e.source.url} is not an absolute https address`);
    if (!/rel="[^"]*noopener/.test(link) || !/class="[^"]*external/.test(link)) problems.push(`${where} #${index}: source link not marked external`);
    if (!textOf(link).includes(e.source.title)) problems.push(`${where} #${index}: source link not titled "${e.source.title}"`);
  }
  if (e.source.commit && !text.includes(e.source.commit.slice(0, 7))) problems.push(`${where} #${index}: no short commit`);
  if (!li.includes(`data-confidence="${e.confidence}"`) || !new RegExp(`可信度：${confidenceWord[e.confidence]}`).test(text)) {
    problems.push(`${where} #${index}: no badge "可信度：${confidenceWord[e.confidence]}"`);
  }
  return problems;
}

test('/history/ lists every entry of history.yaml once, with its date, change, value, external source and confidence', () => {
  const found = entriesIn(page('/history/'));
  assert.deepEqual(found.map((f) => f.index).sort((a, b) => a - b), history.entries.map((_, i) => i));
  assert.deepEqual(found.flatMap((f) => checkEntry('/history/', f.index, f.html)), []);
});

test('/history/ shows the topics in the order of history.yaml, each a section with its heading', () => {
  const html = page('/history/');
  const order = [...html.matchAll(/\sdata-history-topic="([^"]+)"/g)].map((m) => m[1]);
  assert.deepEqual(order, history.topics.map((t) => t.id));
  const ids = idsOf(html);
  for (const t of history.topics) assert.ok(ids.has(t.id), `#${t.id}`);
});

test('each /history/<topic>/ page lists exactly its topic\'s entries, with the same topic navigation', () => {
  const problems: string[] = [];
  for (const t of history.topics) {
    const path = `/history/${t.id}/`;
    const html = page(path);
    const expected = history.entries.flatMap((e, i) => (e.topic === t.id ? [i] : []));
    const found = entriesIn(html);
    if (JSON.stringify(found.map((f) => f.index).sort((a, b) => a - b)) !== JSON.stringify(expected)) {
      problems.push(`${path}: lists ${found.map((f) => f.index).join(',')}, expected ${expected.join(',')}`);
    }
    problems.push(...found.flatMap((f) => checkEntry(path, f.index, f.html)));
    const nav = /<nav\b[^>]*class="history-topics"[^>]*>[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    for (const other of history.topics) if (!nav.includes(`href="/history/${other.id}/"`)) problems.push(`${path}: no link to /history/${other.id}/`);
    if (!nav.includes('href="/history/"')) problems.push(`${path}: no link to all topics`);
    if (!new RegExp(`href="/history/${t.id}/" aria-current="page"`).test(nav)) problems.push(`${path}: its own topic is not marked current`);
  }
  assert.deepEqual(problems, []);
});

test('the summary on /history/ names every note and every change after the guide, each linking to its topic', () => {
  const html = page('/history/');
  const section = /<section\b[^>]*class="history-summary"[^>]*>[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  const text = textOf(section);
  const problems: string[] = [];
  for (const item of summary(history, ruleSet.superseded, source.asOfDate)) {
    const li = new RegExp(`<li\\b[^>]*data-summary-topic="${item.topic.id}"[^>]*>[\\s\\S]*?</li>`).exec(section)?.[0];
    if (!li) { problems.push(`${item.topic.id}: no summary item`); continue; }
    if (!li.includes(`href="#${item.topic.id}"`)) problems.push(`${item.topic.id}: does not link to its section`);
    for (const n of item.notes) if (!text.includes(n.title)) problems.push(`${item.topic.id}: note "${n.title}" missing`);
  }
  // The summary is about what changed: 2018-07-04's category change and 备案 are in it.
  if (!/丽人|类目/.test(text)) problems.push('no category change');
  if (!/备案/.test(text)) problems.push('no 备案');
  assert.deepEqual(problems, []);
});

test('a rule that has changed since the guide shows "2018 年后已变化" where its chapter cites it, linking to its history', () => {
  assert.ok(changed.has('R41') && changed.has('R46'), 'R41 and R46 have changed');
  const problems: string[] = [];
  for (const [rule, topic] of changed) {
    const path = `/guide/${ruleSet.rules.find((r) => r.id === rule)!.page}/`;
    const marker = new RegExp(`<a\\b[^>]*class="rule-changed"[^>]*data-rule-changed="${rule}"[^>]*>[\\s\\S]*?</a>`).exec(page(path))?.[0];
    if (!marker) { problems.push(`${rule} on ${path}: no marker`); continue; }
    if (!textOf(marker).includes('2018 年后已变化')) problems.push(`${rule} on ${path}: marker does not say "2018 年后已变化"`);
    if (!marker.includes(`href="/history/#${topic}"`)) problems.push(`${rule} on ${path}: marker does not link to /history/#${topic}`);
  }
  for (const [rule, path] of [['R41', '/guide/certification/'], ['R46', '/guide/open-platform/']] as const) {
    if (!page(path).includes(`data-rule-changed="${rule}"`)) problems.push(`${rule}: no marker on ${path}`);
  }
  assert.deepEqual(problems, []);
});

test('no page marks a rule as changed that has not', () => {
  const wrong: string[] = [];
  for (const [path, html] of pages) {
    for (const m of html.matchAll(/\sdata-rule-changed="([^"]+)"/g)) if (!changed.has(m[1]!)) wrong.push(`${path}: ${m[1]}`);
  }
  assert.deepEqual(wrong, []);
});

test('every guide chapter has, once, the history disclosure of each rule with history it cites', () => {
  const problems: string[] = [];
  for (const path of guidePages) {
    const html = page(path);
    const disclosures = disclosuresIn(html);
    // Citations in the chapter, not the ones inside the disclosures' own entries.
    const text = html.replace(/<details\b[^>]*\sdata-rule-history[\s>][^>]*>[\s\S]*?<\/details>/g, '');
    const cited = new Set([...text.matchAll(/href="\/rules\/#(R\d+)"/g)].map((m) => m[1]!));
    for (const rule of cited) {
      if (!withHistory.has(rule)) continue;
      const count = disclosures.filter((d) => d.rules.includes(rule)).length;
      if (count !== 1) problems.push(`${path}: ${rule} is in ${count} disclosures`);
    }
    for (const d of disclosures) {
      const entries = entriesForRules(history, d.rules);
      const summaryText = textOf(/<summary>[\s\S]*?<\/summary>/.exec(d.html)?.[0] ?? '');
      if (!summaryText.includes(`的变迁（${entries.length} 个版本）`)) problems.push(`${path} [${d.rules}]: summary "${summaryText}" does not count ${entries.length} versions`);
      const listed = entriesIn(d.html).map((e) => e.index);
      if (listed.length !== entries.length) problems.push(`${path} [${d.rules}]: lists ${listed.length} entries, expected ${entries.length}`);
      problems.push(...entriesIn(d.html).flatMap((e) => checkEntry(`${path} [${d.rules}]`, e.index, e.html)));
      for (const topic of new Set(d.rules.map(ruleTopic))) {
        if (!d.html.includes(`href="/history/#${topic}"`)) problems.push(`${path} [${d.rules}]: no link to /history/#${topic}`);
      }
      if (/\sopen(=|\s|>)/.test(/<details\b[^>]*>/.exec(d.html)![0])) problems.push(`${path} [${d.rules}]: open by default`);
    }
  }
  assert.deepEqual(problems, []);
});

test('every page says the rules follow the guide of its date and links to /history/', () => {
  const line = `规则依据：官方指南 ${source.asOfDate} 版`;
  const problems: string[] = [];
  for (const [path, html] of pages) {
    const asOf = /<p\b[^>]*\sdata-as-of="[^"]*"[^>]*>[\s\S]*?<\/p>/.exec(html)?.[0];
    if (!asOf) { problems.push(`${path}: no as-of line`); continue; }
    if (!textOf(asOf).includes(line)) problems.push(`${path}: the as-of line does not say "${line}"`);
    if (!asOf.includes('href="/history/"')) problems.push(`${path}: the as-of line does not link to /history/`);
  }
  assert.deepEqual(problems, []);
});

test('the rules page links each rule with history to its topic, and the home page explains what today means', () => {
  const html = page('/rules/');
  const problems: string[] = [];
  for (const rule of ruleSet.rules) {
    const row = new RegExp(`<tr\\b[^>]*\\sid="${rule.id}"[^>]*>[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    const link = new RegExp(`<a\\b[^>]*data-history-link="${rule.id}"[^>]*>`).exec(row)?.[0];
    if (withHistory.has(rule.id) !== Boolean(link)) problems.push(`${rule.id}: ${link ? 'a history link without history' : 'no history link'}`);
    if (link && !link.includes(`href="/history/#${ruleTopic(rule.id)}"`)) problems.push(`${rule.id}: history link goes elsewhere`);
    if ((row.match(/2018 年后已变化/g) ?? []).length > 0) problems.push(`${rule.id}: a second marker in the row`);
  }
  const home = textOf(page('/'));
  if (!home.includes(`官方指南 ${source.asOfDate} 版`) || !/data-today[\s\S]*?href="\/history\/"/.test(page('/'))) problems.push('home: no paragraph on today with a link to /history/');
  assert.deepEqual(problems, []);
});

test('the history page is in the site navigation and the page list (the sitemap when an address is set)', () => {
  for (const path of ['/guide/registration/', '/rules/', '/history/filing/']) assert.match(page(path), /class="site-nav"[\s\S]*?href="\/history\/"/, path);
  assert.ok(sitemapPaths().includes('/history/'));
});

test('no page says "此后未变": a range of archived copies reads "A 至 B 期间各版相同", an unread current page "未核实"', () => {
  const problems: string[] = [];
  for (const [path, html] of pages) if (textOf(html).includes('此后未变')) problems.push(`${path}: says 此后未变`);
  for (const { index, html } of entriesIn(page('/history/'))) {
    const e = history.entries[index]!;
    const when = textOf(/<p class="history-when"[\s\S]*?<\/p>/.exec(html)?.[0] ?? '');
    if (e.until && /^\d{4}-/.test(e.until) && e.change === 'same' && !when.includes(`${e.from} 至 ${e.until}期间各版相同`)) {
      problems.push(`#${index}: "${when}"`);
    }
    // A current page that could not be read is never said to agree with the guide.
    if (e.from === 'now' && /未能读取|未经核实/.test(e.value) && /与指南相同|各版相同/.test(when)) problems.push(`#${index}: "${when}" for an unread page`);
    if (e.change === 'unverified' && !when.includes('现行未核实')) problems.push(`#${index}: "${when}" does not read 现行 未核实`);
  }
  assert.ok(entriesIn(page('/history/')).some(({ index }) => history.entries[index]!.change === 'unverified'), 'an unverified entry is shown');
  assert.deepEqual(problems, []);
});

/** The dates an entry holds to, for the reader's order: today's page last-seen latest. */
const lastKey = (e: HistoryEntry) => (e.until ?? e.from).replace(/^now$/, '9999-99').replace(/^undated$/, '9999-00');

test('history lists read newest first: on /history/, each topic page and every disclosure', () => {
  const problems: string[] = [];
  const lists: [string, string][] = [];
  for (const [path, html] of pages) {
    if (path.startsWith('/history/')) lists.push(...[...html.matchAll(/<ol class="history-list"[\s\S]*?<\/ol>/g)].map((m): [string, string] => [path, m[0]]));
    else lists.push(...disclosuresIn(html).map((d): [string, string] => [path, d.html]));
  }
  assert.ok(lists.length > 20);
  for (const [path, html] of lists) {
    const keys = entriesIn(html).map((f) => lastKey(history.entries[f.index]!));
    for (let i = 1; i < keys.length; i++) if (keys[i]! > keys[i - 1]!) problems.push(`${path}: ${keys[i - 1]} before ${keys[i]}`);
  }
  assert.deepEqual([...new Set(problems)], []);
});

test('the 2023-12-25 fast registration is not shown as a change to the email path: it sits in its own topic, beside no rule', () => {
  const fast = history.entries.findIndex((e) => e.from === '2023-12-25');
  assert.equal(history.entries[fast]!.topic, 'fast-registration');
  for (const path of ['/guide/registration/', '/guide/preparation/']) {
    for (const d of disclosuresIn(page(path))) if (entriesIn(d.html).some((f) => f.index === fast)) assert.fail(`${path} [${d.rules}] lists it`);
  }
  assert.ok(entriesIn(page('/history/fast-registration/')).some((f) => f.index === fast));
  assert.match(textOf(page('/history/fast-registration/')), /指南没有涉及这一主题/);
});

test('the category editions say which copies had the same categories, and the 2018-09 note names 2018-09-17 for 律师', () => {
  const html = page('/tools/categories/');
  const text = textOf(html);
  assert.doesNotMatch(text, /存档中到 [\d-]+ 未变/);
  for (const e of loadCategoryEditions().editions) {
    if (e.lastSeen.date !== e.date) assert.ok(text.includes(`${e.date} 至 ${e.lastSeen.date} 期间各版的类目相同`), e.id);
  }
  const notes = /<p class="edition-notes">[^]*?原表另有“法务建议的资质文件”一列[^]*?<\/p>/.exec(html)?.[0] ?? '';
  assert.match(textOf(notes), /2018-09-11 的存档各行均为“\/”；2018-09-17 起“商业服务 › 律师”一行为“《律师执业资格证》”/);
  assert.doesNotMatch(textOf(notes), /4cba2ae/, 'the commit is in the link, not the sentence');
});

test('history entries give the old name 企业号 with today\'s name 企业微信 beside it', () => {
  const problems: string[] = [];
  for (const [path, html] of pages) {
    for (const { index, html: li } of entriesIn(html)) {
      const text = textOf(li);
      if (/企业号(?!（企业微信）)/.test(text)) problems.push(`${path} #${index}`);
    }
  }
  assert.deepEqual([...new Set(problems)], []);
});
