// Site search: a modal dialog with a WAI-ARIA combobox (arrow keys move, Enter opens, Esc closes),
// results grouped by kind and announced in a live region. Loaded with import() on first open; the
// index (/search-index.json) is fetched at the same moment and parsed once.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { highlightRanges, rangesFromPinyinIndices, snippet, toSegments, type Segment } from '../lib/search/highlight.ts';
import { fullPinyin, splitSyllables } from '../lib/search/pinyin-fields.ts';
import { createSearcher, type Hit, type Searcher } from '../lib/search/query.ts';
import { kindLabels, type SearchDoc, type SearchKind, type SerialisedIndex } from '../lib/search/types.ts';
import { withBase as joinBase } from '../lib/paths.ts';

const withBase = (path: string) => joinBase(import.meta.env.BASE_URL, path);
const examples = ['体验者', 'kuaidi', '300', 'UnionID', 'duigongdakuan'];
const maxResults = 20;

let searcherPromise: Promise<Searcher<SearchDoc>> | null = null;
function loadSearcher(): Promise<Searcher<SearchDoc>> {
  searcherPromise ??= fetch(withBase('/search-index.json'))
    .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.json() as Promise<SerialisedIndex>; })
    .then((data) => {
      if (data?.version !== 1 || !Array.isArray(data.docs)) throw new Error('unknown index format');
      return createSearcher(data.docs, data.index);
    });
  searcherPromise.catch(() => { searcherPromise = null; });
  return searcherPromise;
}

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

interface Group { kind: SearchKind; hits: { hit: Hit<SearchDoc>; index: number }[] }

function group(hits: Hit<SearchDoc>[]): Group[] {
  const groups: Group[] = [];
  for (const hit of hits) {
    let g = groups.find((x) => x.kind === hit.doc.k);
    if (!g) groups.push(g = { kind: hit.doc.k, hits: [] });
    g.hits.push({ hit, index: 0 });
  }
  let i = 0;
  for (const g of groups) for (const h of g.hits) h.index = i++;
  return groups;
}

function SearchDialog({ register }: { register: (open: (opener: HTMLElement) => void) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [searcher, setSearcher] = useState<Searcher<SearchDoc> | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);

  const load = () => {
    setFailed(false);
    loadSearcher().then(setSearcher, () => setFailed(true));
  };

  useEffect(() => {
    register((from) => {
      opener.current = from;
      const d = dialog.current;
      if (d && !d.open) d.showModal();
      input.current?.focus();
      input.current?.select();
    });
    load();
  }, []);

  const hits = useMemo(() => (searcher && query.trim() ? searcher.search(query, maxResults) : []), [searcher, query]);
  const groups = useMemo(() => group(hits), [hits]);
  const ordered = groups.flatMap((g) => g.hits.map((h) => h.hit));
  useEffect(() => setActive(0), [query]);

  const close = () => dialog.current?.close();
  const onClose = () => {
    const back = opener.current;
    if (back && back.isConnected) back.focus();
  };
  const go = (doc: SearchDoc) => {
    close();
    location.assign(withBase(doc.h));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (ordered.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : ordered.length - 1)) % ordered.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const doc = ordered[active]?.doc;
      if (doc) go(doc);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  useEffect(() => {
    document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active, hits]);

  const trimmed = query.trim();
  let status = '';
  if (failed) status = '搜索索引加载失败。';
  else if (!searcher) status = trimmed ? '正在加载搜索索引…' : '';
  else if (trimmed) status = hits.length ? `找到 ${hits.length} 条结果${hits.length >= maxResults ? '（只显示最相关的）' : ''}` : `没有找到与“${trimmed}”相关的内容`;

  const expanded = hits.length > 0;
  const suggestions = (
    <div class="search-suggest">
      <p>试试：</p>
      <ul class="search-examples">
        {examples.map((x) => <li key={x}><button type="button" onClick={() => { setQuery(x); input.current?.focus(); }}>{x}</button></li>)}
      </ul>
    </div>
  );

  return (
    <dialog ref={dialog} class="search-dialog" aria-label="搜索全站" onClose={onClose}
      onClick={(e) => { if (e.target === dialog.current) close(); }}>
      <div class="search-panel">
        <div class="search-head">
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24"><circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" /><path d="M15.5 15.5L21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" /></svg>
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label="搜索指南、规则、类目和工具"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls="search-listbox"
            aria-activedescendant={expanded ? `search-option-${active}` : undefined}
            aria-describedby="search-help"
            autocomplete="off"
            spellcheck={false}
            enterkeyhint="search"
            placeholder="搜索：体验者、kuaidi、300…"
            maxLength={64}
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={onKeyDown}
          />
          <button type="button" class="search-close" onClick={close}>关闭<span class="visually-hidden">搜索</span></button>
        </div>
        <p id="search-help" class="visually-hidden">可输入汉字、拼音或拼音首字母。上下方向键选择结果，回车打开，Esc 关闭。</p>
        <p class="search-status" role="status" aria-live="polite">{status}</p>
        {failed && <p class="search-error"><button type="button" onClick={load}>重新加载</button>请检查网络后重试。</p>}
        <div id="search-listbox" role="listbox" aria-label="搜索结果" class="search-results" hidden={!expanded}>
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-label={kindLabels[g.kind]} class="search-group">
              <p class="search-group-label" aria-hidden="true">{kindLabels[g.kind]}</p>
              {g.hits.map(({ hit, index }) => {
                const doc = hit.doc;
                const syllables = doc.s ? splitSyllables(doc.s) : [];
                let ranges = highlightRanges(doc.t, query, syllables);
                if (ranges.length === 0 && syllables.length) {
                  // A typo in pinyin ("kuadi"): mark the characters behind Fuse's match in the title's pinyin.
                  const own = fullPinyin(syllables);
                  ranges = rangesFromPinyinIndices(syllables, hit.matches.filter((m) => m.key === 'y' && m.value === own).flatMap((m) => m.indices));
                }
                const title = toSegments(doc.t, ranges);
                const body = hit.matches.find((m) => m.key === 'b' && typeof m.value === 'string')?.value;
                return (
                  <div
                    key={doc.h + doc.t}
                    id={`search-option-${index}`}
                    role="option"
                    aria-selected={index === active}
                    class="search-option"
                    onClick={() => go(doc)}
                    onPointerMove={() => { if (index !== active) setActive(index); }}
                  >
                    <span class="search-option-title"><Marked segments={title} /></span>
                    <span class="search-option-context">{doc.c}</span>
                    {body && doc.k !== 'tool' && <span class="search-option-snippet"><Marked segments={snippet(body, query)} /></span>}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
        {searcher && trimmed && hits.length === 0 && (
          <div class="search-empty">
            <p>换个说法再试试：汉字、全拼（kuaidi）和拼音首字母（kd）都可以。</p>
            {suggestions}
            <p>也可以直接浏览：<a href={withBase('/tools/categories/')}>类目查询</a> · <a href={withBase('/rules/')}>规则依据</a> · <a href={withBase('/guide/registration/')}>从注册开始读</a></p>
          </div>
        )}
        {!trimmed && !failed && (
          <div class="search-empty">
            <p>搜索指南章节、规则与数字、服务类目和工具。可以输入汉字、拼音或拼音首字母。</p>
            {suggestions}
          </div>
        )}
        <p class="search-keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> 选择　<kbd>Enter</kbd> 打开　<kbd>Esc</kbd> 关闭</p>
      </div>
    </dialog>
  );
}

let openDialog: ((opener: HTMLElement) => void) | null = null;
let pending: HTMLElement | null = null;

/** Opens the search dialog, mounting it on first use; focus returns to `opener` when it closes. */
export function openSearch(opener: HTMLElement): void {
  if (openDialog) { openDialog(opener); return; }
  pending = opener;
  if (document.getElementById('search-root')) return;
  const root = document.createElement('div');
  root.id = 'search-root';
  document.body.append(root);
  render(<SearchDialog register={(fn) => { openDialog = fn; if (pending) fn(pending); pending = null; }} />, root);
}
