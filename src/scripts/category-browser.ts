// Brings the server-rendered category tree (src/components/CategoryBrowser.astro) to life: instant
// filtering with highlighted paths, selection with a deep link, expand/collapse, and ?q=&c= in the
// address. A thin view over src/lib (categories.ts, search/*). Fuse and the query code load on the
// reader's first use of the filter (or at once when the address carries a filter).
import { categoryRecord, categorySearch, parseCategoryParams, pathSeparator, type CategoryItem } from '../lib/categories.ts';
import { fullPinyin } from '../lib/search/pinyin-fields.ts';
import { highlightRanges, rangesFromPinyinIndices, toSegments, type Range } from '../lib/search/highlight.ts';
import type { Searcher } from '../lib/search/query.ts';

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

export function initCategoryBrowser(): void {
  const root = document.querySelector<HTMLElement>('[data-category-browser]');
  if (!root) return;
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const input = q<HTMLInputElement>('#category-filter');
  const status = q<HTMLElement>('[data-status]');
  const hitsList = q<HTMLUListElement>('[data-hits]');
  const empty = q<HTMLElement>('[data-empty]');
  const tree = q<HTMLElement>('[data-tree]');
  const current = q<HTMLElement>('[data-current]');
  const notices = q<HTMLElement>('[data-notices]');
  const toolHref = root.dataset.toolHref ?? '';

  // The tree, read back from the links the server rendered.
  const links = [...root.querySelectorAll<HTMLAnchorElement>('.tree a[data-cat-id]')];
  const byId = new Map<string, CategoryItem>();
  for (const a of links) {
    const id = a.dataset.catId!;
    const path = id.split(pathSeparator);
    byId.set(id, { id, name: a.dataset.name ?? path[path.length - 1]!, path, syllables: (a.dataset.syllables ?? '').split(' '), level: path.length, children: [] });
  }
  for (const item of byId.values()) {
    const parent = byId.get(item.path.slice(0, -1).join(pathSeparator));
    if (parent) parent.children.push(item);
  }
  const items = [...byId.values()];

  let query = '';
  let selected: string | null = null;
  let searcher: Searcher<CategoryItem> | null = null;
  let loading: Promise<void> | null = null;
  const loadSearcher = () => {
    loading ??= import('../lib/search/query.ts').then(({ createIndex, createSearcher }) => {
      searcher = createSearcher(items, createIndex(items.map(categoryRecord)));
      render();
    }).catch(() => {
      loading = null;
      status.textContent = '筛选功能加载失败，请检查网络后刷新页面；下方仍是完整类目表。';
    });
    return loading;
  };

  const deepLink = (id: string) => `${toolHref}${categorySearch(query, id)}`;
  const writeUrl = () => {
    const search = categorySearch(query, selected);
    if (search !== location.search) history.replaceState(history.state, '', location.pathname + search + location.hash);
  };

  function render() {
    const text = query.trim();
    const filtering = text !== '';
    tree.hidden = filtering;
    for (const a of links) {
      const on = a.dataset.catId === selected;
      if (on) a.setAttribute('aria-current', 'true'); else a.removeAttribute('aria-current');
    }
    if (!filtering) {
      hitsList.hidden = true; empty.hidden = true; status.textContent = '';
    } else if (!searcher) {
      status.textContent = '正在加载筛选…';
    } else {
      const hits = searcher.search(text, 60);
      status.textContent = hits.length ? `找到 ${hits.length} 个类目` : '没有找到匹配的类目';
      hitsList.replaceChildren(...hits.map(({ doc, matches }) => {
        const pinyinIndices = matches.filter((m) => m.key === 'y' && m.value === fullPinyin(doc.syllables)).flatMap((m) => m.indices);
        const parts: Node[] = [];
        doc.path.forEach((_, i) => {
          const node = byId.get(doc.path.slice(0, i + 1).join(pathSeparator))!;
          if (i > 0) parts.push(el('span', { class: 'sep', text: ' › ' }));
          const own = i === doc.path.length - 1;
          parts.push(el('span', { class: own ? 'hit-name' : 'hit-parent' }, ...marked(node, text, own ? pinyinIndices : [])));
        });
        const a = el('a', {}, ...parts);
        a.href = deepLink(doc.id);
        a.dataset.catId = doc.id;
        if (doc.id === selected) a.setAttribute('aria-current', 'true');
        const meta = `${doc.level === 1 ? '一' : doc.level === 2 ? '二' : '三'}级类目` +
          (doc.level === 2 && doc.children.length === 0 ? '，无三级类目' : '') +
          (doc.children.length > 0 ? `，含 ${doc.children.length} 个下级类目` : '');
        return el('li', {}, a, el('span', { class: 'hit-meta', text: meta }));
      }));
      hitsList.hidden = hits.length === 0;
      empty.hidden = hits.length > 0;
      q<HTMLElement>('[data-empty-query]').textContent = text;
    }
    const item = selected ? byId.get(selected) : undefined;
    current.hidden = !item;
    if (item) {
      q<HTMLElement>('[data-current-path]').textContent = item.path.join(' › ');
      q<HTMLElement>('[data-current-note]').textContent = item.level === 2 && item.children.length === 0
        ? '（无三级类目）' : item.children.length ? `（含 ${item.children.length} 个${item.level === 1 ? '二' : '三'}级类目）` : '';
      q<HTMLAnchorElement>('[data-current-link]').href = deepLink(item.id);
    }
    writeUrl();
  }

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
  input.addEventListener('focus', () => { void loadSearcher(); }, { once: true });
  input.addEventListener('input', () => setQuery(input.value));

  const parsed = parseCategoryParams(location.search, new Set(byId.keys()));
  if (parsed.notices.length) {
    q<HTMLElement>('[data-notice-text]').replaceChildren(...parsed.notices.map((n) => el('p', { text: n })));
    notices.hidden = false;
  }
  input.value = parsed.q;
  query = parsed.q;
  if (parsed.q) void loadSearcher().then(() => { if (parsed.c) select(parsed.c, true); });
  if (parsed.c) select(parsed.c, !parsed.q); else render();
}
