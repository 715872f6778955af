// The category browser's state (edition, filter text, selection) and how it is shown: the results or
// the tree, the selected category, the address. The edition view and the filter's code load on
// demand through the one loader (../load-once.ts).
import { categoryRecord, categorySearch, pathSeparator } from '../../lib/categories.ts';
import type { Searcher } from '../../lib/search/query.ts';
import type { Item } from '../category-editions-view.ts';
import { once } from '../load-once.ts';
import { hitRow } from './hits.ts';
import { el, type Parts, type Tree } from './parts.ts';

type View = typeof import('../category-editions-view.ts');
type Understand = typeof import('../../lib/category-synonyms.ts');

const viewCode = once(() => import('../category-editions-view.ts'));
const filterCode = once(() => Promise.all([import('../../lib/search/query.ts'), import('../../lib/category-synonyms.ts')]));

export function createBrowser(parts: Parts, tree: Tree) {
  const { root, q, status, hitsList, elsewhere, empty, alsoNote, current, toolHref, guide, editionIds } = parts;
  const { links, byId, items } = tree;
  const s = { edition: guide, index: editionIds.indexOf(guide), query: '', selected: null as string | null };
  let view: View | null = null;
  let searcher: Searcher<Item> | null = null;
  let understand: Understand | null = null;
  let synonyms: Record<string, string[]> = {};
  try { synonyms = JSON.parse(root.dataset.synonyms ?? '{}') as Record<string, string[]>; } catch { /* no synonyms */ }

  const has = (item: Item) => item.pos[s.index] !== null;
  const shownChildren = (item: Item) => item.children.filter(has).length;
  const editionParam = () => (s.edition === guide ? null : s.edition);
  const deepLink = (id: string) => `${toolHref}${categorySearch(s.query, id, editionParam())}`;
  const writeUrl = () => {
    const search = categorySearch(s.query, s.selected, editionParam());
    if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
  };
  /** The badge ("新增", "改名（…）") a category has in the chosen edition, if any; a new category's children are new too. */
  const badge = (item: Item | undefined): HTMLElement | null => {
    const own = item?.li.querySelector<HTMLElement>(':scope > [data-badge-in]:not([hidden])');
    if (own || !item) return own ?? null;
    const up = badge(byId.get(item.path.slice(0, -1).join(pathSeparator)));
    return up?.textContent === '新增' ? up : null;
  };

  const loadView = () => viewCode().then((m) => (view = m), (e: unknown) => {
    status.textContent = '版本切换功能加载失败；下方是指南所附的类目表。';
    throw e;
  });
  const filterReady = once(() => Promise.all([filterCode(), loadView()]).then(([[{ createIndex, createSearcher }, u]]) => {
    searcher = createSearcher(items, createIndex(items.map(categoryRecord)));
    understand = u;
    render();
  }));
  const loadSearcher = () => filterReady().catch(() => { status.textContent = '筛选功能加载失败；下方仍是完整类目表。'; });

  /** The filter's results; returns the notes on other editions and the words also searched. */
  function showHits(text: string): { notes: string[]; also: string[] } {
    delete status.dataset.kind;
    const found = understand!.filterCategories((t) => searcher!.search(t, 100), text, synonyms);
    const notes = view!.notesFor(found.hits.map((h) => h.doc), editionIds, s.edition, guide);
    const hits = found.hits.filter((h) => has(h.doc)).slice(0, 60);
    status.textContent = hits.length ? `找到 ${hits.length} 个类目` : '没有找到匹配的类目';
    const context = { byId, selected: s.selected, href: deepLink, shownChildren, badge };
    hitsList.replaceChildren(...hits.map((hit) => hitRow(hit, context)));
    hitsList.hidden = hits.length === 0;
    empty.hidden = hits.length > 0;
    q<HTMLElement>('[data-empty-query]').textContent = text;
    // "也搜索了" is said whenever something was found, in this edition or (notes) in another.
    return { notes, also: found.hits.length ? found.also : [] };
  }

  function showSelected() {
    const item = s.selected ? byId.get(s.selected) : undefined;
    current.hidden = !item;
    if (!item) return;
    const kids = shownChildren(item);
    q<HTMLElement>('[data-current-path]').textContent = item.path.join(' › ');
    q<HTMLElement>('[data-current-note]').textContent = item.level === 2 && kids === 0
      ? '（无三级类目）' : kids ? `（含 ${kids} 个${item.level === 1 ? '二' : '三'}级类目）` : '';
    q<HTMLAnchorElement>('[data-current-link]').href = deepLink(item.id);
  }

  function render() {
    const text = s.query.trim();
    const filtering = text !== '';
    parts.tree.hidden = filtering;
    root.classList.toggle('filtering', filtering); // the edition's lists of changes give way to the results
    for (const a of links) {
      if (a.dataset.catId === s.selected) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
    let shown = { notes: [] as string[], also: [] as string[] };
    if (!filtering) {
      hitsList.hidden = true; empty.hidden = true;
      if (status.dataset.kind !== 'edition') status.textContent = '';
    } else if (!searcher || !view || !understand) {
      status.textContent = '正在加载筛选…';
    } else {
      shown = showHits(text);
    }
    alsoNote.textContent = shown.also.length ? `也搜索了：${shown.also.join('、')}` : '';
    elsewhere.replaceChildren(...shown.notes.map((n) => el('li', { text: n })));
    elsewhere.hidden = shown.notes.length === 0;
    showSelected();
    writeUrl();
  }

  /** Switches to an edition (the view module must be loaded); announces it when the reader chose it. */
  const setEdition = (id: string, announce: boolean) => {
    s.edition = id;
    s.index = editionIds.indexOf(id);
    const item = s.selected ? byId.get(s.selected) : undefined;
    if (item && !has(item)) s.selected = null;
    const said = view!.showEdition(root, items, s.index, s.edition, guide, toolHref);
    if (announce && !s.query.trim()) { status.dataset.kind = 'edition'; status.textContent = said; }
    render();
  };

  const setQuery = (value: string) => {
    s.query = value;
    if (value.trim()) void loadSearcher();
    render();
  };

  const select = (id: string | null, focus: boolean) => {
    s.selected = id;
    const item = id ? byId.get(id) : undefined;
    if (item) {
      const details = links.find((a) => a.dataset.catId === item.path[0])?.closest('details');
      if (details) details.open = true;
    }
    render();
    if (item && focus) {
      const target = (s.query.trim() ? hitsList : parts.tree).querySelector<HTMLElement>(`a[data-cat-id="${CSS.escape(item.id)}"]`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    }
  };

  return { state: s, has, render, setEdition, setQuery, select, loadView, loadSearcher };
}
export type Browser = ReturnType<typeof createBrowser>;
