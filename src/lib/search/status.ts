// What the search dialog says about its results: the status line (read out by screen readers) and the
// notes on the key terms a question was read as and the synonyms also searched. Pure.
import type { SearchResult } from './rank.ts';
import { maxLength } from './understand.ts';
import { normaliseQuery } from '../text-normalise.ts';

export interface StatusInput {
  /** the index failed to load */
  failed: boolean;
  /** the index is loaded */
  loaded: boolean;
  query: string;
  result: SearchResult | null;
  /** the most results shown */
  maxResults: number;
}

/** The status line: loading, failed, how many results (and how many partial), or why there are none. */
export function statusText({ failed, loaded, query, result, maxResults }: StatusInput): string {
  const trimmed = query.trim();
  if (failed) return '搜索索引加载失败。';
  if (!loaded) return trimmed ? '正在加载搜索索引…' : '';
  if (!trimmed) return '';
  const hits = result?.hits ?? [];
  const partial = hits.filter((h) => h.partial).length;
  const chars = [...trimmed];
  const shown = chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : trimmed;
  if (hits.length) return `找到 ${hits.length} 条结果${partial ? `，其中 ${partial} 条部分匹配` : ''}${hits.length >= maxResults ? '（只显示最相关的）' : ''}`;
  if (result && result.understood.terms.length === 0) return '没有找到可搜索的文字：请输入汉字、拼音、字母或数字';
  return `没有找到与“${shown}”相关的内容`;
}

/** The synonyms also searched, said when something was found ("" otherwise). */
export const expandedNote = (result: SearchResult | null) =>
  result?.understood.expanded.length && result.hits.length ? `也搜索了：${result.understood.expanded.join('、')}` : '';

/**
 * The key terms a whole question was read as ("按“个人、认证”查找"), when they are not simply what was
 * typed: the reader sees what was understood, and what was left out (请问、怎么办 …). "" otherwise.
 */
export function termsNote(query: string, result: SearchResult | null): string {
  const terms = result?.understood.terms.filter((t) => !t.implied).map((t) => t.text) ?? [];
  if (terms.length === 0) return '';
  return terms.join('') === normaliseQuery(query, maxLength).replace(/ /g, '') ? '' : `按“${terms.join('、')}”查找`;
}
