// The category browser's logic: the tree flattened for search, and its address (?edition=&q=&c=).
// Pure and browser-safe. The editions themselves (diffs, ?edition=) are in category-editions.ts.
import { splitSyllables } from './search/pinyin-fields.ts';

/** A category as the island receives it. */
export interface CategoryProp { name: string; syllables: string; children: CategoryProp[] }

export interface CategoryItem {
  /** the path joined by ">", e.g. "快递业与邮政>快递、物流>查件" */
  id: string;
  name: string;
  path: string[];
  syllables: string[];
  /** 1, 2 or 3 */
  level: number;
  children: CategoryItem[];
}

export const pathSeparator = '>';
export const maxQueryLength = 64;

export function toItems(tree: readonly CategoryProp[], parent: string[] = []): CategoryItem[] {
  return tree.map((node) => {
    const path = [...parent, node.name];
    return {
      id: path.join(pathSeparator), name: node.name, path, syllables: splitSyllables(node.syllables),
      level: path.length, children: toItems(node.children, path),
    };
  });
}

export const flatten = (items: readonly CategoryItem[]): CategoryItem[] => items.flatMap((i) => [i, ...flatten(i.children)]);

export interface TreeCounts { level1: number; level2: number; level3: number }
export function countLevels(items: readonly CategoryItem[]): TreeCounts {
  const all = flatten(items);
  return { level1: all.filter((i) => i.level === 1).length, level2: all.filter((i) => i.level === 2).length, level3: all.filter((i) => i.level === 3).length };
}

/** A category's context in search results and its keywords: its parents' path, or 一级类目. */
export const categoryContext = (path: readonly string[]) => (path.length > 1 ? path.slice(0, -1).join(' > ') : '一级类目');

/** A filter's ?q=: control characters dropped, capped at maxQueryLength with a notice when cut. */
export function readFilterQuery(params: URLSearchParams, notices: string[]): string {
  const q = (params.get('q') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (q.length <= maxQueryLength) return q;
  notices.push(`链接中的筛选词太长，只保留了前 ${maxQueryLength} 个字。`);
  return q.slice(0, maxQueryLength);
}

export interface CategoryParams { q: string; c: string | null; notices: string[] }

/** Reads ?q=&c= from a query string. Unknown keys are dropped; a bad value gets a notice, never a crash. */
export function parseCategoryParams(search: string, ids: ReadonlySet<string>): CategoryParams {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const q = readFilterQuery(params, notices);
  let c: string | null = params.get('c');
  if (c !== null) {
    const normal = c.split(pathSeparator).map((s) => s.trim()).join(pathSeparator);
    if (ids.has(normal)) c = normal;
    else {
      const shown = c.length > 30 ? `${c.slice(0, 30)}…` : c;
      notices.push(c.trim() === '' ? '链接中的类目是空的，已显示全部类目。' : `链接中的类目“${shown}”不在类目表中（类目可能已调整，或链接不完整），已显示全部类目。`);
      c = null;
    }
  }
  return { q, c, notices };
}

/** The canonical query string for a state ("" when there is nothing to keep); edition null for the default (newest) one. */
export function categorySearch(q: string, c: string | null, edition: string | null = null): string {
  const params = new URLSearchParams();
  if (edition) params.set('edition', edition);
  if (q.trim()) params.set('q', q.trim());
  if (c) params.set('c', c);
  const text = params.toString();
  return text ? `?${text}` : '';
}
