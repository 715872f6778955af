// Shapes shared by the search index (built at build time) and the browser code that reads it.

export type SearchKind = 'section' | 'rule' | 'history' | 'category' | 'tool';

export const kindLabels: Record<SearchKind, string> = {
  section: '指南章节', rule: '规则', history: '规则变迁', category: '类目', tool: '工具',
};
export const kindOrder: SearchKind[] = ['section', 'rule', 'history', 'category', 'tool'];

/** What a result shows. */
export interface SearchDoc {
  /** kind */
  k: SearchKind;
  /** title as shown */
  t: string;
  /** site-relative address, without the deploy base */
  h: string;
  /** context: chapter title, category path or rule id */
  c: string;
  /** pinyin of each character of the title, space separated ("" for none), for highlighting */
  s: string;
}

/** What Fuse searches (normalised text, pinyin and initials computed at build time). */
export interface SearchRecord {
  /** title, normalised */
  t: string;
  /** keywords: ids such as R30, context */
  k: string;
  /** the title's full pinyin and initials ("kuaidiwuliu", "kdwl"), for titles short enough to type */
  y: string[];
  /** full pinyin of the domain terms the record contains, without spaces */
  p: string[];
  /** initials of the same */
  i: string[];
  /** body text, normalised */
  b: string;
}

export const searchKeys = [
  { name: 't', weight: 4 },
  { name: 'y', weight: 3 },
  { name: 'k', weight: 1 },
  { name: 'p', weight: 2 },
  { name: 'i', weight: 1.5 },
  { name: 'b', weight: 1 },
] as const;

export interface SerialisedIndex {
  version: 1;
  docs: SearchDoc[];
  /** Fuse.createIndex(...).toJSON() */
  index: {
    keys: readonly unknown[];
    records: { i: number; $: Record<string, { v: string } | { v: string; i: number }[]> }[];
  };
}
