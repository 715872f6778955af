// How the category browser's state is shown: the results or the tree, the notes on other editions,
// the selected category, the address.
import { categorySearch, pathSeparator } from '../../lib/categories.ts';
import type { Item } from '../category-editions-view.ts';
import { hitRow } from './hits.ts';
import type { Loaded } from './loaders.ts';
import { el, type Parts, type Tree } from './parts.ts';
import type { BrowserState } from './state.ts';

/** What rendering reads: the page's parts and tree, the state, the code loaded so far. */
export interface RenderContext {
  parts: Parts;
  tree: Tree;
  state: BrowserState;
  loaded: Loaded;
  synonyms: Record<string, string[]>;
  /** Whether a category is in the chosen edition. */
  has: (item: Item) => boolean;
}

const shownChildren = (c: RenderContext, item: Item) => item.children.filter(c.has).length;
const editionParam = ({ state, parts }: RenderContext) => (state.edition === parts.guide ? null : state.edition);
const deepLink = (c: RenderContext, id: string) => `${c.parts.toolHref}${categorySearch(c.state.query, id, editionParam(c))}`;

function writeUrl(c: RenderContext): void {
  const search = categorySearch(c.state.query, c.state.selected, editionParam(c));
  if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
}

/** The badge ("新增", "改名（…）") a category has in the chosen edition, if any; a new category's children are new too. */
function badge(byId: Map<string, Item>, item: Item | undefined): HTMLElement | null {
  const own = item?.li.querySelector<HTMLElement>(':scope > [data-badge-in]:not([hidden])');
  if (own || !item) return own ?? null;
  const up = badge(byId, byId.get(item.path.slice(0, -1).join(pathSeparator)));
  return up?.textContent === '新增' ? up : null;
}

/** The filter's results; returns the notes on other editions and the words also searched. */
function showHits(c: RenderContext, text: string): { notes: string[]; also: string[] } {
  const { parts: { status, hitsList, empty, editionIds, guide, q }, tree: { byId }, state: s } = c;
  const { view, searcher, understand } = c.loaded;
  delete status.dataset.kind;
  const found = understand!.filterCategories((t) => searcher!.search(t, 100), text, c.synonyms);
  const notes = view!.notesFor(found.hits.map((h) => h.doc), editionIds, s.edition, guide);
  const hits = found.hits.filter((h) => c.has(h.doc)).slice(0, 60);
  status.textContent = hits.length ? `找到 ${hits.length} 个类目` : '没有找到匹配的类目';
  const context = {
    byId, selected: s.selected,
    href: (id: string) => deepLink(c, id),
    shownChildren: (item: Item) => shownChildren(c, item),
    badge: (item: Item) => badge(byId, item),
  };
  hitsList.replaceChildren(...hits.map((hit) => hitRow(hit, context)));
  hitsList.hidden = hits.length === 0;
  empty.hidden = hits.length > 0;
  q<HTMLElement>('[data-empty-query]').textContent = text;
  // "也搜索了" is said whenever something was found, in this edition or (notes) in another.
  return { notes, also: found.hits.length ? found.also : [] };
}

function showSelected(c: RenderContext): void {
  const { current, q } = c.parts;
  const item = c.state.selected ? c.tree.byId.get(c.state.selected) : undefined;
  current.hidden = !item;
  if (!item) return;
  const kids = shownChildren(c, item);
  q<HTMLElement>('[data-current-path]').textContent = item.path.join(' › ');
  q<HTMLElement>('[data-current-note]').textContent = item.level === 2 && kids === 0
    ? '（无三级类目）' : kids ? `（含 ${kids} 个${item.level === 1 ? '二' : '三'}级类目）` : '';
  q<HTMLAnchorElement>('[data-current-link]').href = deepLink(c, item.id);
}

export function render(c: RenderContext): void {
  const { root, status, hitsList, empty, alsoNote, elsewhere } = c.parts;
  const { view, searcher, understand } = c.loaded;
  const text = c.state.query.trim();
  const filtering = text !== '';
  c.parts.tree.hidden = filtering;
  root.classList.toggle('filtering', filtering); // the edition's lists of changes give way to the results
  for (const a of c.tree.links) {
    if (a.dataset.catId === c.state.selected) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
  }
  let shown = { notes: [] as string[], also: [] as string[] };
  if (!filtering) {
    hitsList.hidden = true; empty.hidden = true;
    if (status.dataset.kind !== 'edition') status.textContent = '';
  } else if (!searcher || !view || !understand) {
    status.textContent = '正在加载筛选…';
  } else {
    shown = showHits(c, text);
  }
  alsoNote.textContent = shown.also.length ? `也搜索了：${shown.also.join('、')}` : '';
  elsewhere.replaceChildren(...shown.notes.map((n) => el('li', { text: n })));
  elsewhere.hidden = shown.notes.length === 0;
  showSelected(c);
  writeUrl(c);
}
