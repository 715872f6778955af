// The category browser's page parts: the elements it writes to, and every edition's tree read back
// from the links the server rendered (src/components/CategoryBrowser.astro).
import { highlightRanges, rangesFromPinyinIndices, toSegments, type Range } from '../../lib/search/highlight.ts';
import { pathSeparator, type CategoryItem } from '../../lib/categories.ts';
import type { Item } from '../category-editions-view.ts';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** A name with its matched characters in <mark> (text nodes only; nothing is parsed as HTML). */
export function marked(item: CategoryItem, query: string, pinyinIndices: readonly (readonly [number, number])[] = []): Node[] {
  let ranges: Range[] = highlightRanges(item.name, query, item.syllables);
  if (ranges.length === 0) ranges = rangesFromPinyinIndices(item.syllables, pinyinIndices);
  return toSegments(item.name, ranges)
    .map((s) => (s.hit ? el('mark', { text: s.text }) : document.createTextNode(s.text)));
}

export function findParts(root: HTMLElement) {
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="category-edition"]')];
  return {
    root, q, radios,
    input: q<HTMLInputElement>('#category-filter'),
    status: q<HTMLElement>('[data-status]'),
    hitsList: q<HTMLUListElement>('[data-hits]'),
    elsewhere: q<HTMLUListElement>('[data-elsewhere]'),
    empty: q<HTMLElement>('[data-empty]'),
    alsoNote: q<HTMLElement>('[data-also]'),
    tree: q<HTMLElement>('[data-tree]'),
    current: q<HTMLElement>('[data-current]'),
    notices: q<HTMLElement>('[data-notices]'),
    toolHref: root.dataset.toolHref ?? '',
    guide: root.dataset.guideEdition ?? '',
    /** The edition shown when the address names none: the newest. */
    fallback: root.dataset.defaultEdition ?? '',
    // The data's order (oldest first), which data-pos follows; the switch lists the newest first.
    editionIds: (root.dataset.editions ?? '').split(' '),
  };
}
export type Parts = ReturnType<typeof findParts>;

/** Every edition's tree, read back from the links the server rendered. */
export function readTree(root: HTMLElement) {
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.tree a[data-cat-id]')];
  const byId = new Map<string, Item>();
  for (const a of links) {
    const id = a.dataset.catId!;
    const path = id.split(pathSeparator);
    const li = a.closest<HTMLElement>('li[data-pos]')!;
    const pos = (li.dataset.pos ?? '').split(',').map((p) => (p === '' ? null : Number(p)));
    const name = a.dataset.name ?? path[path.length - 1]!;
    byId.set(id, { id, name, path, syllables: (a.dataset.syllables ?? '').split(' '), level: path.length, children: [], li, pos });
  }
  for (const item of byId.values()) {
    const parent = byId.get(item.path.slice(0, -1).join(pathSeparator));
    if (parent) parent.children.push(item);
  }
  return { links, byId, items: [...byId.values()] };
}
export type Tree = ReturnType<typeof readTree>;

/** What the reader has chosen: the edition (and its index among the editions), the filter text, the selected category. */
export interface BrowserState { edition: string; index: number; query: string; selected: string | null }
