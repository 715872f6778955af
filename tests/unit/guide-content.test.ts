// Cross-checks between the guide pages and the rule data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRuleSet } from '../../src/lib/rules/load.ts';

const rules = loadRuleSet();
const read = (dir: string, ext: RegExp) => readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && ext.test(e.name))
  .map((e) => ({ file: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
const guide = read('content/guide', /\.mdx$/);
const site = [...guide, ...read('src', /\.(astro|tsx?)$/)];

test('every guide chapter of the seed has a page', () => {
  const titles = guide.map((g) => /^title: (.+)$/m.exec(g.text)?.[1]);
  for (const chapter of ['产品定位及功能介绍', '小程序注册', '小程序信息完善及开发前准备', '代码审核与发布', '小程序申请微信认证', '小程序申请微信支付', '小程序绑定微信开放平台帐号', '公众号关联小程序']) {
    assert.ok(titles.includes(chapter), chapter);
  }
});

test('every reading decision is shown to readers somewhere', () => {
  const shown = new Set(site.flatMap((f) => [...f.text.matchAll(/<Decision id="(D\d+)"/g)].map((m) => m[1])));
  assert.deepEqual(rules.decisions.map((d) => d.id).filter((id) => !shown.has(id)), []);
});

test('D11 (rules changed since 2018) is said on the registration and review chapters, as one line at their top', () => {
  for (const page of ['registration', 'review-and-release']) {
    assert.match(guide.find((g) => g.file.endsWith(`${page}.mdx`))!.text, /<Decision id="D11" compact \/>/, page);
  }
});

test('no guide page types a number by hand: numbers come from <V k="…" />', () => {
  const typed = guide.flatMap((g) => {
    const body = g.text.replace(/^---[\s\S]*?---/, '')          // frontmatter
      .replace(/<[A-Z][^>]*\/?>/g, '')                          // components and their props
      .replace(/\]\([^)]*\)/g, ']')                             // link targets
      .replace(/^\d+\. /gm, '');                                // ordered-list markers
    return [...body.matchAll(/[0-9０-９]+/g)].map((m) => `${g.file}: "${m[0]}"`);
  });
  assert.deepEqual(typed, []);
});

test('lists and quoted sentences are written once in the data, never retyped in a page or component', () => {
  const lists = [rules.limits.email.notRegisteredOn, rules.limits.association.surfaces].map((list) => list.join('、'));
  const sentences = ['R41'].map((id) => rules.rules.find((r) => r.id === id)!.text.replace(/。$/, ''));
  const retyped = site.flatMap((f) => [...lists, ...sentences].filter((s) => f.text.includes(s)).map((s) => `${f.file}: "${s}"`));
  assert.deepEqual(retyped, []);
});

test('<RuleText id="…" /> names a rule that exists, and the chapter cites it', () => {
  const ids = new Set(rules.rules.map((r) => r.id));
  const problems = guide.flatMap((g) => [...g.text.matchAll(/<RuleText id="([^"]+)"/g)].flatMap(([, id]) => [
    ...(ids.has(id!) ? [] : [`${g.file}: no rule ${id}`]),
    ...(g.text.includes(`<Rule id="${id}" />`) ? [] : [`${g.file}: ${id} is quoted but not cited`]),
  ]));
  assert.deepEqual(problems, []);
});

test('a <RuleText /> that starts a line sits in a <p>: MDX makes a line of only components no paragraph', () => {
  const bare = guide.flatMap((g) => g.text.split('\n').filter((line) => line.startsWith('<RuleText')).map((line) => `${g.file}: ${line}`));
  assert.deepEqual(bare, []);
});
