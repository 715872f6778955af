// One row of the filter's results: the category's path with its matched characters marked, what it
// holds, and in which editions it was open.
import { pathSeparator } from '../../lib/categories.ts';
import { fullPinyin } from '../../lib/search/pinyin-fields.ts';
import type { FilterHit } from '../../lib/category-match.ts';
import type { Item } from '../category-editions-view.ts';
import { el, marked } from './parts.ts';

export interface HitContext {
  byId: Map<string, Item>;
  selected: string | null;
  href: (id: string) => string;
  shownChildren: (item: Item) => number;
}

const levelNames = ['一', '二', '三'];

export function hitRow({ doc, matches, by }: FilterHit<Item>, c: HitContext): HTMLLIElement {
  const pinyinIndices = matches.filter((m) => m.key === 'y' && m.value === fullPinyin(doc.syllables)).flatMap((m) => m.indices);
  const parts: Node[] = [];
  doc.path.forEach((_, i) => {
    const node = c.byId.get(doc.path.slice(0, i + 1).join(pathSeparator))!;
    if (i > 0) parts.push(el('span', { class: 'sep', text: ' › ' }));
    const own = i === doc.path.length - 1;
    parts.push(el('span', { class: own ? 'hit-name' : 'hit-parent' }, ...marked(node, by, own ? pinyinIndices : [])));
  });
  const a = el('a', {}, ...parts);
  a.href = c.href(doc.id);
  a.dataset.catId = doc.id;
  if (doc.id === c.selected) a.setAttribute('aria-current', 'true');
  const kids = c.shownChildren(doc);
  const meta = `${levelNames[doc.level - 1]}级类目` +
    (doc.level === 2 && kids === 0 ? '，无三级类目' : '') +
    (kids > 0 ? `，含 ${kids} 个下级类目` : '');
  // In which editions it was open: its row's own line, in its row's colour.
  return el('li', {}, a, el('span', { class: 'hit-meta', text: meta }), doc.li.querySelector('.cat-history')!.cloneNode(true));
}
