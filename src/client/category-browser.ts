// Brings the server-rendered category tree (src/components/CategoryBrowser.astro) to life: the edition
// switch, instant filtering with highlighted paths, selection with a deep link, expand/collapse, and
// ?edition=&q=&c= in the address; loaded on first use (category-browser-loader.ts). A thin view over
// src/lib (categories.ts, category-editions.ts, search/*). Every edition's categories are already in
// the page (hidden unless in the chosen edition, each with its position per edition in data-pos), so
// switching needs no data request. Further code loads on demand: the edition switch
// (category-editions-view.ts) when an edition is named or picked, or with the filter; the filter's
// matcher, the site search's one engine (category-match.ts), on the reader's first use of the filter,
// and Fuse.js only for a filter text with a typo. A shop owner's word (外卖) also searches the category
// it means (外送), from the synonyms in data-synonyms (category-synonyms.ts), as the site search reads its own.
// Parts: category-browser/parts.ts (elements, the tree), state.ts (state and setters), render.ts (showing
// it), loaders.ts (the code loaded on demand), hits.ts (a result row).
import { parseCategoryParams } from '../lib/categories.ts';
import { createBrowser, type Browser } from './category-browser/state.ts';
import { el, findParts, readTree, type Parts, type Tree } from './category-browser/parts.ts';

type View = typeof import('./category-editions-view.ts');

function listen(parts: Parts, b: Browser): void {
  const { root, input, notices } = parts;
  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-cat-id]');
    if (link && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0)) {
      event.preventDefault();
      b.select(link.dataset.catId!, false);
      return;
    }
    const button = target?.closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.example !== undefined) { input.value = button.dataset.example; b.setQuery(input.value); input.focus(); }
    else if (button.hasAttribute('data-clear')) { input.value = ''; b.setQuery(''); input.focus(); }
    else if (button.hasAttribute('data-unselect')) { b.select(null, false); input.focus(); }
    else if (button.hasAttribute('data-dismiss')) { notices.hidden = true; input.focus(); }
    else if (button.dataset.expand) {
      const open = button.dataset.expand === 'all';
      for (const d of root.querySelectorAll('details')) d.open = open;
    }
  });
  root.addEventListener('change', (event) => {
    const radio = event.target instanceof HTMLInputElement && event.target.name === 'category-edition' ? event.target : null;
    if (radio?.checked) void b.loadView().then(() => b.setEdition(radio.value, true), () => {});
  });
  input.addEventListener('focus', () => { void b.loadSearcher(); }, { once: true });
  input.addEventListener('input', () => b.setQuery(input.value));
  // From here the filter and the edition switch work; markup that renders them disabled (so they take
  // no input before this code has run) is enabled now.
  input.disabled = false;
  for (const r of parts.radios) r.disabled = false;
}

/**
 * The edition to start with: the one the reader picked before this code ran, or the address's
 * ?edition= (with a notice when it names none). A category link without ?edition= (?c=) to a category
 * the newest edition lacks opens an edition that has it, with a notice: such links meant the guide's
 * table until the default became the newest (editionHolding). Returns the notices.
 */
async function restoreEdition(parts: Parts, b: Browser, tree: Tree): Promise<string[]> {
  const { root, radios, guide, fallback, editionIds, toolHref, status } = parts;
  const s = b.state;
  // The radios are left as the reader set them until the edition is settled: resetting them here
  // would undo a pick made a moment ago (and the click that made it) while the view loads.
  const picked = radios.find((r) => r.checked)?.value ?? fallback;
  const search = location.search;
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const linked = tree.byId.get((params.get('c') ?? '').split('>').map((x) => x.trim()).join('>'));
  const set = (view: View, id: string) => {
    s.edition = id;
    s.index = editionIds.indexOf(id);
    return id === fallback ? '' : view.showEdition(root, tree.items, s.index, id, fallback, guide, toolHref);
  };
  try {
    if (params.has('edition')) {
      const view = await b.loadView();
      const chosen = view.parseEditionParam(search, radios.map((r) => ({ id: r.value, date: r.dataset.date ?? '' })), fallback, guide);
      if (chosen.notice) problems.push(chosen.notice);
      set(view, chosen.edition);
    } else if (linked && picked === fallback && linked.pos[s.index] === null) {
      const view = await b.loadView();
      const holding = view.editionHolding(linked.pos, editionIds, fallback, guide)!;
      problems.push(`链接中的类目“${linked.path.join(' › ')}”不在 ${view.editionName(fallback, guide)}类目表中，已显示含有它的 ${view.editionName(holding, guide)}类目表。`);
      set(view, holding);
    } else if (picked !== fallback) {
      status.textContent = set(await b.loadView(), picked);
      status.dataset.kind = 'edition';
    }
  } catch { /* the default edition stays, with the message loadView wrote */ }
  for (const r of radios) r.checked = r.value === s.edition;
  return problems;
}

export async function initCategoryBrowser(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-category-browser]');
  if (!root) return;
  const parts = findParts(root);
  const tree = readTree(root);
  const b = createBrowser(parts, tree);
  listen(parts, b);

  // What the reader typed or picked before this code ran (it loads on first use, see
  // category-browser-loader.ts) is kept; the address wins where it says otherwise.
  const typed = parts.input.value;
  const problems = await restoreEdition(parts, b, tree);
  const parsed = parseCategoryParams(location.search, new Set(tree.items.filter(b.has).map((i) => i.id)));
  problems.push(...parsed.notices);
  if (problems.length) {
    parts.q<HTMLElement>('[data-notice-text]').replaceChildren(...problems.map((n) => el('p', { text: n })));
    parts.notices.hidden = false;
  }
  parts.input.value = parsed.q || typed;
  b.state.query = parts.input.value;
  if (b.state.query) void b.loadSearcher().then(() => { if (parsed.c) b.select(parsed.c, true); });
  if (parsed.c) b.select(parsed.c, !b.state.query); else b.render();
}
