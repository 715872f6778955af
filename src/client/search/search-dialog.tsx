// Site search: a modal dialog with a WAI-ARIA combobox (arrow keys move, Enter opens, Esc closes),
// results grouped by kind and announced in a live region. Loaded with import() on first open; the
// index (/search-index.json) is fetched at the same moment and parsed once. This file mounts the
// dialog and wires its parts: state (search-state.ts, search-selection.ts, search-address.ts) and
// rendering (search-input.tsx, search-answer.tsx, search-results.tsx, search-empty.tsx).
import { render } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { groupHits } from '../../lib/search/results.ts';
import { sharedQuery } from '../../lib/search/share.ts';
import { expandedNote, statusText, termsNote } from '../../lib/search/status.ts';
import type { SearchDoc } from '../../lib/search/types.ts';
import { shareQuery } from './search-address.ts';
import { withBase } from './search-data.ts';
import { NoResults, StartHint } from './search-empty.tsx';
import { SearchInput } from './search-input.tsx';
import { SearchResults } from './search-results.tsx';
import { maxResults, useSearch } from './search-state.ts';
import { useSelection } from './search-selection.ts';

type Open = (opener: HTMLElement, query?: string) => void;

function SearchDialog({ register }: { register: (open: Open) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const { query, setQuery, loaded, failed, load, result, answer, cards, texts, marked } = useSearch();

  useEffect(() => {
    register((from, shared) => {
      opener.current = from;
      if (shared !== undefined) setQuery(shared);
      const d = dialog.current;
      if (d && !d.open) d.showModal();
      input.current?.focus();
      input.current?.select();
    });
    load();
  }, []);

  const hits = result?.hits ?? [];
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = groups.flatMap((g) => g.hits.map((h) => h.hit));
  const { active, setActive, move } = useSelection(query, hits);
  useEffect(() => { if (dialog.current?.open) shareQuery(query); }, [query]);

  const close = () => dialog.current?.close();
  const onClose = () => {
    shareQuery('');
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
      move(e.key === 'ArrowDown', ordered.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const doc = ordered[active]?.doc;
      if (doc) go(doc);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };
  const onExample = (x: string) => { setQuery(x); input.current?.focus(); };

  const trimmed = query.trim();
  const status = statusText({ failed, loaded: loaded !== null, query, result, maxResults });
  const note = [termsNote(query, result), expandedNote(result)].filter(Boolean).join('；');
  const expanded = hits.length > 0;
  return (
    <dialog ref={dialog} class="search-dialog" aria-label="搜索全站" onClose={onClose}
      onClick={(e) => { if (e.target === dialog.current) close(); }}>
      <div class="search-panel">
        <SearchInput input={input} query={query} onQuery={setQuery} expanded={expanded} active={active}
          onKeyDown={onKeyDown} onDismiss={close} />
        <p id="search-help" class="visually-hidden">可输入汉字、拼音或拼音首字母。上下方向键选择结果，回车打开，Esc 关闭。</p>
        <p class="search-status" role="status" aria-live="polite">{status}</p>
        {note && <p class="search-also">{note}</p>}
        {answer && cards && <cards.AnswerCard answer={answer} texts={texts} onGo={close} />}
        {failed && <p class="search-error"><button type="button" onClick={load}>重新加载</button>请检查网络后重试。</p>}
        <SearchResults groups={groups} expanded={expanded} active={active} marked={marked} onGo={go} onHover={setActive} />
        {loaded && trimmed && hits.length === 0 && <NoResults onExample={onExample} />}
        {!trimmed && !failed && <StartHint onExample={onExample} />}
        <p class="search-keys" aria-hidden="true"><kbd>↑</kbd><kbd>↓</kbd> 选择　<kbd>Enter</kbd> 打开　<kbd>Esc</kbd> 关闭</p>
      </div>
    </dialog>
  );
}

let openDialog: Open | null = null;
let pending: [HTMLElement, string | undefined] | null = null;

/**
 * Opens the search dialog, mounting it on first use; focus returns to `opener` when it closes. With
 * `fromAddress`, the query is the page address's `?q=` (a shared search); nothing opens if it is blank.
 * `typed`: a question typed elsewhere (the home page's 问一句 box), searched as the dialog opens.
 */
export function openSearch(opener: HTMLElement, fromAddress?: boolean, typed?: string): void {
  const query = fromAddress ? sharedQuery(location.search) : typed?.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim().slice(0, 256);
  if (fromAddress && !query) return;
  if (openDialog) { openDialog(opener, query); return; }
  pending = [opener, query];
  if (document.getElementById('search-root')) return;
  const root = document.createElement('div');
  root.id = 'search-root';
  document.body.append(root);
  render(<SearchDialog register={(fn) => { openDialog = fn; if (pending) fn(...pending); pending = null; }} />, root);
}
