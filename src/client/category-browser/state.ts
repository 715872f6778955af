// The category browser's state (edition, filter text, selection) and its setters. How it is shown is
// in render.ts; the edition view and the filter's code load on demand (loaders.ts).
import type { CategorySynonyms } from '../../lib/category-synonyms.ts';
import type { Item } from '../category-editions-view.ts';
import { createLoaders } from './loaders.ts';
import type { BrowserState, Parts, Tree } from './parts.ts';
import { createRender } from './render.ts';

export function createBrowser(parts: Parts, tree: Tree) {
  const { root, hitsList, status, toolHref, guide, fallback, editionIds } = parts;
  const { links, byId, items } = tree;
  const s: BrowserState = { edition: fallback, index: editionIds.indexOf(fallback), query: '', selected: null };
  const has = (item: Item) => item.pos[s.index] !== null;
  let synonyms: CategorySynonyms = {};
  try { synonyms = JSON.parse(root.dataset.synonyms ?? '{}') as CategorySynonyms; } catch { /* no synonyms */ }
  const { loaded, loadView, loadSearcher, loadApprox } = createLoaders(status, items, synonyms, () => render());
  const render = createRender(parts, tree, s, loaded, has, loadApprox);

  /** Switches to an edition (the view module must be loaded); announces it when the reader chose it. */
  const setEdition = (id: string, announce: boolean) => {
    s.edition = id;
    s.index = editionIds.indexOf(id);
    const item = s.selected ? byId.get(s.selected) : undefined;
    if (item && !has(item)) s.selected = null;
    const said = loaded.view!.showEdition(root, items, s.index, s.edition, fallback, guide, toolHref);
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
