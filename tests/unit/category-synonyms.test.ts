import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categorySynonyms, understandFilter } from '../../src/lib/category-synonyms.ts';
import { loadSynonyms } from '../../src/lib/search/synonyms-load.ts';
import { loadCategoryEditions } from '../../src/lib/rules/category-editions-load.ts';
import type { CategoryNode } from '../../src/lib/rules/types.ts';

const names = (nodes: readonly CategoryNode[]): string[] => nodes.flatMap((n) => [n.name, ...names(n.children)]);
// Every official edition's names, as the browser gets them (丽人 is in later editions only).
const allNames = [...new Set(loadCategoryEditions().editions.flatMap((e) => names(e.tree)))];
const synonyms = categorySynonyms(loadSynonyms(), allNames);

test('only the synonyms that mean a category reach the page, with only those meanings', () => {
  const table: [synonyms: Record<string, string[]>, names: string[], expected: Record<string, string[]>][] = [
    [{ 外卖: ['外送'], 打钱: ['汇款', '打款'] }, ['外送', '家政'], { 外卖: ['外送'] }],
    [{ 健身: ['在线健身', '体育培训'] }, ['在线健身'], { 健身: ['在线健身'] }],
    [{ 拍照: ['摄影'], 寄件: ['快递'] }, ['摄影/扩印', '快递、物流'], { 拍照: ['摄影'], 寄件: ['快递'] }],
    [{ 公司: ['企业'] }, ['企业管理'], {}],
    [{ 账户: ['帐号'] }, ['帐号服务'], {}],
    [{ 账户: ['帐号'] }, ['帐号'], { 帐户: ['帐号'] }],
    [{}, ['外送'], {}],
  ];
  for (const [raw, ns, expected] of table) assert.deepEqual(categorySynonyms(raw, ns), expected, JSON.stringify(raw));
});

test('the curated shop owners\' words mean categories of the official tables', () => {
  const table: [word: string, category: string][] = [
    ['外卖', '外送'], ['送餐', '外送'], ['搬家', '装卸搬运'], ['保洁', '家政'], ['保姆', '家政'], ['充话费', '生活缴费'],
    ['婚庆', '婚庆服务'], ['拍照', '摄影'], ['门票', '票务'], ['跑腿', '快递'], ['律师', '法律咨询'], ['美甲', '丽人'],
  ];
  for (const [word, category] of table) assert.ok(synonyms[word]?.includes(category), `${word} → ${category}`);
  assert.equal(synonyms['打钱'], undefined, 'a synonym for guide text is no category synonym');
  assert.ok(JSON.stringify(synonyms).length < 1500, 'small enough for a data attribute');
});

test('a filter text also searches the categories its words mean', () => {
  const table: [query: string, also: string[]][] = [
    ['外卖', ['外送']],
    [' 外卖 ', ['外送']],
    ['送外卖', ['外送']],
    ['我做外卖和搬家', ['外送', '装卸搬运']],
    ['健身房', ['在线健身', '体育培训']],
    ['律师 打官司', ['法律咨询', '法律服务']],
    ['外送', []],
    ['外卖外送', []],
    ['快递', []],
    ['kuaidi', []],
    ['', []],
  ];
  for (const [query, also] of table) assert.deepEqual(understandFilter(query, synonyms).also, also, query);
});
