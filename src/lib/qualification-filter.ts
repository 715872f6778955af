// The filter of the qualification tables (/tools/categories/enterprise/ …): which rows a reader's words
// find (category names and documents, with the site's query normalisation and everyday words), the
// address (?q=&only=documents), and what to say when the chosen subject's table has no such category
// but another subject's has. Pure and browser-safe; src/client/qualification-filter.ts is the DOM side.
import { normaliseChars, normaliseQuery, stripInvisible } from './text-normalise.ts';
import { understandFilter, type CategorySynonyms } from './category-synonyms.ts';
import { readFilterQuery } from './categories.ts';

/** ?only=documents: only the rows whose documents cell lists something (R26's tip links there). */
export const onlyDocumentsValue = 'documents';

/**
 * Text as the filter compares it: normalised like a query (NFKC, lower case, 帐/账), punctuation and
 * spaces dropped, so "IT 科技" and "IT科技" compare equal and "打车（网约车）" holds 网约车. Parts stay
 * apart (a newline between them), so a word never matches across two names.
 */
export const haystack = (parts: readonly string[]) =>
  parts.map((p) => normaliseChars(stripInvisible(p).normalize('NFKC')).replace(/[\p{P}\p{S}\s]+/gu, '')).join('\n');

export interface UnderstoodQuery {
  /** The words typed, each must occur (empty: no filter). */
  terms: string[];
  /** The category names the words also mean (外卖 → 外送); any one of them is enough. */
  also: string[];
}

export function understandQuery(query: string, synonyms: CategorySynonyms): UnderstoodQuery {
  const terms = normaliseQuery(query).split(' ').filter((t) => t !== '');
  if (terms.length === 0) return { terms: [], also: [] };
  const also = understandFilter(query, synonyms).also.map((m) => haystack([m])).filter((m) => m !== '');
  return { terms, also };
}

/** Does a row's haystack match? Every typed word, or one of the names they mean. */
export const matches = (text: string, q: UnderstoodQuery) =>
  q.terms.length === 0 || q.terms.every((t) => text.includes(t)) || q.also.some((m) => text.includes(m));

export interface QualificationParams { q: string; onlyDocuments: boolean; notices: string[] }

/** Reads ?q=&only= (control characters dropped, q capped); a bad value gets a notice, never a crash. */
export function parseQualificationParams(search: string): QualificationParams {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const q = readFilterQuery(params, notices);
  const only = params.get('only');
  if (only !== null && only !== onlyDocumentsValue) notices.push('链接中的 only 参数无法识别，已显示全部类目。');
  return { q, onlyDocuments: only === onlyDocumentsValue, notices };
}

/** The canonical query string of a state ("" when there is nothing to keep). */
export function qualificationSearch(q: string, onlyDocuments: boolean): string {
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (onlyDocuments) params.set('only', onlyDocumentsValue);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Another subject's table, by its category names only (paths joined with ">"). */
export interface OtherTable { label: string; href: string; paths: string[] }
export interface ElsewhereHit { label: string; href: string; total: number; paths: string[][] }

/** Where else the words find categories, by name: at most `limit` paths per table, in the source's order. */
export function findElsewhere(others: readonly OtherTable[], q: UnderstoodQuery, limit = 5): ElsewhereHit[] {
  if (q.terms.length === 0) return [];
  return others.flatMap((t) => {
    const hits = t.paths.map((p) => p.split('>')).filter((path) => matches(haystack(path), q));
    return hits.length ? [{ label: t.label, href: t.href, total: hits.length, paths: hits.slice(0, limit) }] : [];
  });
}

/** "2018-11-15 版非个人主体类目表中没有“律师”" + "；个人主体表中有：" or "，其他主体的类目表中也没有。" */
export function missingText(tableName: string, query: string, elsewhere: readonly ElsewhereHit[]): string {
  const head = `${tableName}中没有“${query.trim()}”`;
  if (elsewhere.length === 0) return `${head}，其他主体的类目表中也没有。可以换个说法，或清除筛选查看全部类目。`;
  return `${head}；${elsewhere.map((e) => e.label).join('、')}中有：`;
}
