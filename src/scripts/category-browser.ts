// Brings the server-rendered category tree (src/components/CategoryBrowser.astro) to life: the edition
// switch, instant filtering with highlighted paths, selection with a deep link, expand/collapse, and
// ?edition=&q=&c= in the address; loaded on first use (category-browser-loader.ts). A thin view over
// src/lib (categories.ts, category-editions.ts, search/*). Every edition's categories are already in
// the page (hidden unless in the chosen edition, each with its position per edition in data-pos), so
// switching needs no data request. Further code loads on demand: the edition switch (category-editions-view.ts) when an edition is named or picked, or with
// the filter; Fuse and the query code on the reader's first use of the filter. A shop owner's word
// (外卖) also searches the category it means (外送), from the synonyms in data-synonyms
// (category-synonyms.ts, loaded with Fuse).
import { categoryRecord, categorySearch, parseCategoryParams, pathSeparator, type CategoryItem } from '../lib/categories.ts';
import { fullPinyin } from '../lib/search/pinyin-fields.ts';
import { highlightRanges, rangesFromPinyinIndices, toSegments, type Range } from '../lib/search/highlight.ts';
import type { Searcher } from '../lib/search/query.ts';
import type { Item } from './category-editions-view.ts';

type View = typeof import('./category-editions-view.ts');
type Understand = typeof import('../lib/category-synonyms.ts');

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: { class?: string; text?: string } = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.class) node.className = props.class;
  if (props.text !== undefined) node.textContent = props.text;
  node.append(...children);
  return node;
}

/** A name with its matched characters in <mark> (text nodes only; nothing is parsed as HTML). */
function marked(item: CategoryItem, query: string, pinyinIndices: readonly (readonly [number, number])[] = []): Node[] {
  let ranges: Range[] = highlightRanges(item.name, query, item.syllables);
  if (ranges.length === 0) ranges = rangesFromPinyinIndices(item.syllables, pinyinIndices);
  return toSegments(item.name, ranges)
    .map((s) => (s.hit ? el('mark', { text: s.text }) : document.createTextNode(s.text)));
}

export async function initCategoryBrowser(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-category-browser]');
  if (!root) return;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const input = q<HTMLInputElement>('#category-filter');
  const status = q<HTMLElement>('[data-status]');
  const hitsList = q<HTMLUListElement>('[data-hits]');
  const elsewhere = q<HTMLUListElement>('[data-elsewhere]');
  const empty = q<HTMLElement>('[data-empty]');
  const alsoNote = q<HTMLElement>('[data-also]');
  const tree = q<HTMLElement>('[data-tree]');
  const current = q<HTMLElement>('[data-current]');
  const notices = q<HTMLElement>('[data-notices]');
  const toolHref = root.dataset.toolHref ?? '';
  const guide = root.dataset.guideEdition ?? '';
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="category-edition"]')];
  const editionIds = radios.map((r) => r.value);

  // Every edition's tree, read back from the links the server rendered.
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.tree a[data-cat-id]')];
  const byId = new Map<string, Item>();
  for (const a of links) {
    const id = a.dataset.catId!;
    const path = id.split(pathSeparator);
    const li = a.closest<HTMLElement>('li[data-pos]')!;
    const pos = (li.dataset.pos ?? '').split(',').map((p) => (p === '' ? null : Number(p)));
    byId.set(id, { id, name: a.dataset.name ?? path[path.length - 1]!, path, syllables: (a.dataset.syllables ?? '').split(' '), level: path.length, children: [], li, pos });
  }
  for (const item of byId.values()) {
    const parent = byId.get(item.path.slice(0, -1).join(pathSeparator));
    if (parent) parent.children.push(item);
  }
  const items = [...byId.values()];

  let edition = guide;
  let index = editionIds.indexOf(guide);
  const has = (item: Item) => item.pos[index] !== null;
  const shownChildren = (item: Item) => item.children.filter(has).length;
  const editionParam = () => (edition === guide ? null : edition);

  // A chunk that fails to load shows the page's "未能加载 · 重试" bar (see src/lib/theme-init.ts).
  const failed = () => document.documentElement.classList.add('js-failed');
  let view: View | null = null;
  let viewLoading: Promise<View> | null = null;
  const loadView = () => (viewLoading ??= import('./category-editions-view.ts').then((m) => (view = m)).catch((e: unknown) => {
    viewLoading = null;
    failed();
    status.textContent = '版本切换功能加载失败；下方是指南所附的类目表。';
    throw e;
  }));

  let query = '';
  let selected: string | null = null;
  let searcher: Searcher<Item> | null = null;
  let understand: Understand | null = null;
  let synonyms: Record<string, string[]> = {};
  try { synonyms = JSON.parse(root.dataset.synonyms ?? '{}') as Record<string, string[]>; } catch { /* no synonyms */ }
  let loading: Promise<void> | null = null;
  const loadSearcher = () => {
    loading ??= Promise.all([import('../lib/search/query.ts'), import('../lib/category-synonyms.ts'), loadView()]).then(([{ createIndex, createSearcher }, u]) => {
      searcher = createSearcher(items, createIndex(items.map(categoryRecord)));
      understand = u;
      render();
    }).catch(() => {
      loading = null;
      failed();
      status.textContent = '筛选功能加载失败；下方仍是完整类目表。';
    });
    return loading;
  };

  const deepLink = (id: string) => `${toolHref}${categorySearch(query, id, editionParam())}`;
  const writeUrl = () => {
    const search = categorySearch(query, selected, editionParam());
    if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
  };
  /** The badge ("新增", "改名（…）") a category has in the chosen edition, if any; a new category's children are new too. */
  const badge = (item: Item | undefined): HTMLElement | null => {
    const own = item?.li.querySelector<HTMLElement>(':scope > [data-badge-in]:not([hidden])');
    if (own || !item) return own ?? null;
    const up = badge(byId.get(item.path.slice(0, -1).join(pathSeparator)));
    return up?.textContent === '新增' ? up : null;
  };

  function render() {
    const text = query.trim();
    const filtering = text !== '';
    tree.hidden = filtering;
    root!.classList.toggle('filtering', filtering); // the edition's lists of changes give way to the results
    for (const a of links) {
      const on = a.dataset.catId === selected;
      if (on) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
    let notes: string[] = [];
    let also: string[] = [];
    if (!filtering) {
      hitsList.hidden = true; empty.hidden = true;
      if (status.dataset.kind !== 'edition') status.textContent = '';
    } else if (!searcher || !view || !understand) {
      status.textContent = '正在加载筛选…';
    } else {
      delete status.dataset.kind;
      const found = understand.filterCategories((t) => searcher!.search(t, 100), text, synonyms);
      also = found.also;
      const all = found.hits;
      notes = view.notesFor(all.map((h) => h.doc), editionIds, edition, guide);
      const hits = all.filter((h) => has(h.doc)).slice(0, 60);
      status.textContent = hits.length ? `找到 ${hits.length} 个类目` : '没有找到匹配的类目';
      if (!all.length) also = []; // said whenever something was found, in this edition or (notes) in another
      hitsList.replaceChildren(...hits.map(({ doc, matches, by }) => {
        const pinyinIndices = matches.filter((m) => m.key === 'y' && m.value === fullPinyin(doc.syllables)).flatMap((m) => m.indices);
        const parts: Node[] = [];
        doc.path.forEach((_, i) => {
          const node = byId.get(doc.path.slice(0, i + 1).join(pathSeparator))!;
          if (i > 0) parts.push(el('span', { class: 'sep', text: ' › ' }));
          const own = i === doc.path.length - 1;
          parts.push(el('span', { class: own ? 'hit-name' : 'hit-parent' }, ...marked(node, by, own ? pinyinIndices : [])));
        });
        const a = el('a', {}, ...parts);
        a.href = deepLink(doc.id);
        a.dataset.catId = doc.id;
        if (doc.id === selected) a.setAttribute('aria-current', 'true');
        const kids = shownChildren(doc);
        const meta = `${doc.level === 1 ? '一' : doc.level === 2 ? '二' : '三'}级类目` +
          (doc.level === 2 && kids === 0 ? '，无三级类目' : '') +
          (kids > 0 ? `，含 ${kids} 个下级类目` : '');
        const mark = badge(doc);
        const li = el('li', {}, a);
        if (mark) li.append(' ', mark.cloneNode(true));
        li.append(el('span', { class: 'hit-meta', text: meta }));
        return li;
      }));
      hitsList.hidden = hits.length === 0;
      empty.hidden = hits.length > 0;
      q<HTMLElement>('[data-empty-query]').textContent = text;
    }
    alsoNote.textContent = also.length ? `也搜索了：${also.join('、')}` : '';
    elsewhere.replaceChildren(...notes.map((n) => el('li', { text: n })));
    elsewhere.hidden = notes.length === 0;
    const item = selected ? byId.get(selected) : undefined;
    current.hidden = !item;
    if (item) {
      const kids = shownChildren(item);
      q<HTMLElement>('[data-current-path]').textContent = item.path.join(' › ');
      q<HTMLElement>('[data-current-note]').textContent = item.level === 2 && kids === 0
        ? '（无三级类目）' : kids ? `（含 ${kids} 个${item.level === 1 ? '二' : '三'}级类目）` : '';
      q<HTMLAnchorElement>('[data-current-link]').href = deepLink(item.id);
    }
    writeUrl();
  }

  /** Switches to an edition (the view module must be loaded); announces it when the reader chose it. */
  const setEdition = (id: string, announce: boolean) => {
    edition = id;
    index = editionIds.indexOf(id);
    const item = selected ? byId.get(selected) : undefined;
    if (item && !has(item)) selected = null;
    const said = view!.showEdition(root, items, index, edition, guide, toolHref);
    if (announce && !query.trim()) { status.dataset.kind = 'edition'; status.textContent = said; }
    render();
  };

  const setQuery = (value: string) => {
    query = value;
    if (value.trim()) void loadSearcher();
    render();
  };

  const select = (id: string | null, focus: boolean) => {
    selected = id;
    const item = id ? byId.get(id) : undefined;
    if (item) {
      const details = links.find((a) => a.dataset.catId === item.path[0])?.closest('details');
      if (details) details.open = true;
    }
    render();
    if (item && focus) {
      const target = (query.trim() ? hitsList : tree).querySelector<HTMLElement>(`a[data-cat-id="${CSS.escape(item.id)}"]`);
      target?.scrollIntoView({ block: 'center' });
      target?.focus({ preventScroll: true });
    }
  };

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a[data-cat-id]');
    if (link && !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0)) {
      event.preventDefault();
      select(link.dataset.catId!, false);
      return;
    }
    const button = target?.closest<HTMLButtonElement>('button');
    if (!button) return;
    if (button.dataset.example !== undefined) { input.value = button.dataset.example; setQuery(input.value); input.focus(); }
    else if (button.hasAttribute('data-clear')) { input.value = ''; setQuery(''); input.focus(); }
    else if (button.hasAttribute('data-unselect')) { select(null, false); input.focus(); }
    else if (button.hasAttribute('data-dismiss')) { notices.hidden = true; input.focus(); }
    else if (button.dataset.expand) {
      const open = button.dataset.expand === 'all';
      for (const d of root.querySelectorAll('details')) d.open = open;
    }
  });
  root.addEventListener('change', (event) => {
    const radio = event.target instanceof HTMLInputElement && event.target.name === 'category-edition' ? event.target : null;
    if (radio?.checked) void loadView().then(() => setEdition(radio.value, true), () => {});
  });
  input.addEventListener('focus', () => { void loadSearcher(); }, { once: true });
  input.addEventListener('input', () => setQuery(input.value));
  // From here the filter and the edition switch work; markup that renders them disabled (so they take
  // no input before this code has run) is enabled now.
  input.disabled = false;
  for (const r of radios) r.disabled = false;

  // What the reader typed or picked before this code ran (it loads on first use, see
  // category-browser-loader.ts) is kept; the address wins where it says otherwise.
  const typed = input.value;
  // The radios are left as the reader set them until the edition is settled: resetting them here
  // would undo a pick made a moment ago (and the click that made it) while the view loads.
  const picked = radios.find((r) => r.checked)?.value ?? guide;
  const search = location.search;
  const problems: string[] = [];
  const named = new URLSearchParams(search).has('edition');
  if (!named && picked !== guide) {
    try {
      const said = (await loadView()).showEdition(root, items, editionIds.indexOf(picked), picked, guide, toolHref);
      edition = picked;
      index = editionIds.indexOf(edition);
      status.dataset.kind = 'edition';
      status.textContent = said;
    } catch { /* the guide's edition stays, with the message loadView wrote */ }
  } else if (named) {
    try {
      const { parseEditionParam, showEdition } = await loadView();
      const chosen = parseEditionParam(search, radios.map((r) => ({ id: r.value, date: r.dataset.date ?? '' })), guide);
      if (chosen.notice) problems.push(chosen.notice);
      edition = chosen.edition;
      index = editionIds.indexOf(edition);
      if (edition !== guide) showEdition(root, items, index, edition, guide, toolHref);
    } catch { /* the guide's edition stays, with the message loadView wrote */ }
  }
  for (const r of radios) r.checked = r.value === edition;
  const parsed = parseCategoryParams(search, new Set(items.filter(has).map((i) => i.id)));
  problems.push(...parsed.notices);
  if (problems.length) {
    q<HTMLElement>('[data-notice-text]').replaceChildren(...problems.map((n) => el('p', { text: n })));
    notices.hidden = false;
  }
  input.value = parsed.q || typed;
  query = input.value;
  if (query) void loadSearcher().then(() => { if (parsed.c) select(parsed.c, true); });
  if (parsed.c) select(parsed.c, !query); else render();
}
