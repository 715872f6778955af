// The category browser's edition switch, loaded on demand by category-browser.ts (when the address
// names an edition, when the reader picks one, or with the filter, for the "open in which editions"
// notes), so the guide pages that embed the browser do not pay for it up front.
import { categorySearch, pathSeparator, type CategoryItem } from '../lib/categories.ts';
import { editionName } from '../lib/category-editions.ts';

export { editionHolding, editionName, parseEditionParam } from '../lib/category-editions.ts';

/** A category of any edition, with its list item and its position in each edition (null: absent). */
export interface Item extends CategoryItem { children: Item[]; li: HTMLElement; pos: (number | null)[] }

export const positions = (li: HTMLElement) => (li.dataset.pos ?? '').split(',').map((p) => (p === '' ? null : Number(p)));

/**
 * Shows one edition in the server-rendered tree: which categories, in which order, the counts, the
 * edition's facts (date, source, differences), and links that keep the edition (none for `fallback`,
 * the edition an address without ?edition= opens).
 */
export function showEdition(root: HTMLElement, items: readonly Item[], index: number, edition: string, fallback: string, guide: string, toolHref: string) {
  const param = edition === fallback ? null : edition;
  for (const item of items) item.li.hidden = item.pos[index] === null;
  for (const list of root.querySelectorAll<HTMLElement>('.tree, .tree ul')) {
    const lis = [...list.children] as HTMLElement[];
    const key = (li: HTMLElement) => positions(li)[index] ?? Infinity;
    const sorted = [...lis].sort((a, b) => key(a) - key(b));
    if (sorted.some((li, i) => li !== lis[i])) list.append(...sorted);
  }
  for (const item of items) {
    const n = item.children.filter((c) => c.pos[index] !== null).length;
    if (item.level === 1) item.li.querySelector('[data-count]')!.textContent = `${n} 个二级类目`;
    if (item.level === 2) {
      item.li.querySelector<HTMLElement>(':scope > .no-third')!.hidden = n > 0;
      const sub = item.li.querySelector<HTMLElement>(':scope > .level3');
      if (sub) sub.hidden = n === 0;
    }
  }
  for (const a of root.querySelectorAll<HTMLAnchorElement>('.tree a[data-cat-id]')) a.href = `${toolHref}${categorySearch('', a.dataset.catId!, param)}`;
  let info: HTMLElement | undefined;
  for (const block of root.querySelectorAll<HTMLElement>('[data-edition-info]')) {
    block.hidden = block.dataset.editionInfo !== edition;
    if (!block.hidden) info = block;
  }
  root.querySelector('[data-summary]')!.textContent = info?.dataset.counts ?? '';
  root.querySelector('[data-edition-name]')!.textContent = editionName(edition, guide);
  for (const r of root.querySelectorAll<HTMLInputElement>('input[name="category-edition"]')) r.checked = r.value === edition;
  // What a screen reader hears after the switch: the edition, its counts and its difference from the guide's.
  const label = info?.querySelector('.edition-label')?.textContent ?? edition;
  return `已显示${label}。${info?.dataset.counts ?? ''}${info?.querySelector('.edition-diff')?.textContent ?? ''}`;
}

/**
 * For filter hits missing from the chosen edition (at `index`): in which editions they were open, in
 * their rows' own words ("生活服务 › 外送：…；2018-07 版起不再对个人开放"), at most three.
 */
export function notesFor(hits: readonly Item[], index: number): string[] {
  const noted = new Map<string, string>();
  const out: string[] = [];
  for (const item of [...hits].sort((a, b) => a.level - b.level)) {
    if (item.pos[index] !== null) continue;
    const key = item.pos.map((p) => p !== null).join();
    // A child that comes and goes with its parent is told by the parent's note.
    if (noted.get(item.path.slice(0, -1).join(pathSeparator)) === key) { noted.set(item.id, key); continue; }
    noted.set(item.id, key);
    if (out.length < 3) out.push(`${item.path.join(' › ')}：${item.li.querySelector('.cat-history')?.textContent}。`);
  }
  return out;
}
