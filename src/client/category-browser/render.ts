// How the category browser's state is shown: the results or the tree, the notes on other editions,
// the selected category, the address.
import { categorySearch } from '../../lib/categories.ts';
import type { Item } from '../category-editions-view.ts';
import { hitRow } from './hits.ts';
import type { Loaded } from './loaders.ts';
import { el, type BrowserState, type Parts, type Tree } from './parts.ts';

/** The browser's render(): shows the state `s` with the code loaded so far; `has` says whether a category is in the chosen edition. */
export function createRender(parts: Parts, tree: Tree, s: BrowserState, loaded: Loaded, has: (item: Item) => boolean, loadApprox: () => void) {
  const { root, q, status, hitsList, elsewhere, empty, alsoNote, current, toolHref, fallback } = parts;
  const { links, byId } = tree;

  const shownChildren = (item: Item) => item.children.filter(has).length;
  const editionParam = () => (s.edition === fallback ? null : s.edition);
  const deepLink = (id: string) => `${toolHref}${categorySearch(s.query, id, editionParam())}`;
  const writeUrl = () => {
    const search = categorySearch(s.query, s.selected, editionParam());
    if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
  };
  /** The filter's results; returns the notes on other editions and the words also searched. */
  function showHits(text: string): { notes: string[]; also: string[] } {
    delete status.dataset.kind;
    const { matcher } = loaded;
    // A word of letters found nowhere as written (kuadi): Fuse is loaded, and the filter runs again.
    if (matcher!.wantsApprox(text)) loadApprox();
    const found = matcher!.filter(text, 100);
    const notes = loaded.view!.notesFor(found.hits.map((h) => h.doc), s.index);
    const hits = found.hits.filter((h) => has(h.doc)).slice(0, 60);
    status.textContent = hits.length ? `找到 ${hits.length} 个类目` : '没有找到匹配的类目';
    const context = { byId, selected: s.selected, href: deepLink, shownChildren };
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
    // In which editions it was open, as its row says it (and in its row's colour).
    const row = item.li.querySelector('.cat-history')!;
    const said = q<HTMLElement>('[data-current-history]');
    said.textContent = row.textContent;
    said.className = row.className;
    q<HTMLAnchorElement>('[data-current-link]').href = deepLink(item.id);
  }

  return function render() {
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
    } else if (!loaded.matcher || !loaded.view) {
      status.textContent = '正在加载筛选…';
    } else {
      shown = showHits(text);
    }
    alsoNote.textContent = shown.also.length ? `也搜索了：${shown.also.join('、')}` : '';
    elsewhere.replaceChildren(...shown.notes.map((n) => el('li', { text: n })));
    elsewhere.hidden = shown.notes.length === 0;
    showSelected();
    writeUrl();
  };
}
