// Site search: a modal dialog with a WAI-ARIA combobox (arrow keys move, Enter opens, Esc closes),
// results grouped by kind and announced in a live region. Loaded with import() on first open; the
// index (/search-index.json) is fetched at the same moment and parsed once.
import { render } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { highlightRanges, rangesFromPinyinIndices, snippet, toSegments, type Segment } from '../lib/search/highlight.ts';
import { fullPinyin, splitSyllables } from '../lib/search/pinyin-fields.ts';
import { answerFor, intentLabels, type Answer } from '../lib/search/answer.ts';
import { kindLabels, type RankedHit } from '../lib/search/results.ts';
import type { SearchDoc, SearchKind } from '../lib/search/types.ts';
import { sharedQuery, withSharedQuery } from '../lib/search/share.ts';
import { loadHomophones, loadSearcher, loadVariants, withBase, type Loaded } from './search-data.ts';

const examples = ['体验者最多能加多少人', '认证要多少钱', 'kuaidi', '上架', 'UnionID'];
const maxResults = 20;

function Marked({ segments }: { segments: Segment[] }) {
  return <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>;
}

interface Group { kind: SearchKind | 'best'; hits: { hit: RankedHit; index: number }[] }

/** The best results shown first, in rank order (whatever their kind), when more follow; then the rest by kind. */
const bestCount = 3;
const groupLabel = (kind: Group['kind']) => (kind === 'best' ? '最相关' : kindLabels[kind]);

function group(hits: RankedHit[]): Group[] {
  const groups: Group[] = [];
  const mixed = new Set(hits.map((h) => h.doc.k)).size > 1;
  const best = mixed && hits.length > bestCount ? hits.slice(0, bestCount) : [];
  if (best.length) groups.push({ kind: 'best', hits: best.map((hit) => ({ hit, index: 0 })) });
  for (const hit of hits.slice(best.length)) {
    let g = groups.find((x) => x.kind === hit.doc.k);
    if (!g) groups.push(g = { kind: hit.doc.k, hits: [] });
    g.hits.push({ hit, index: 0 });
  }
  let i = 0;
  for (const g of groups) for (const h of g.hits) h.index = i++;
  return groups;
}

type Open = (opener: HTMLElement, query?: string) => void;

function SearchDialog({ register }: { register: (open: Open) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);

  const load = () => {
    setFailed(false);
    loadSearcher().then(setLoaded, () => setFailed(true));
  };

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

  const [variantsReady, setVariantsReady] = useState(0);
  const result = useMemo(() => (loaded && query.trim() ? loaded.searcher.search(query, maxResults) : null), [loaded, query, variantsReady]);
  useEffect(() => {
    // A character the site does not use (開, 眾): the traditional table, then search again.
    if (!loaded) return;
    const { searcher: s } = loaded;
    if (s.wantsVariants(query)) {
      loadVariants().then((table) => { s.setVariants(table); setVariantsReady((n) => n + 1); }, () => {});
    }
    // Characters the site does not know (开法者): the homophone table, then search again. After the
    // traditional table, which may already explain them.
    else if (s.wantsHomophones(query)) {
      loadHomophones().then((chars) => { s.setHomophones(chars); setVariantsReady((n) => n + 1); }, () => {});
    }
  }, [loaded, query, variantsReady]);
  const hits = result?.hits ?? [];
  const answer = useMemo(() => (result && loaded ? answerFor(result.understood.intents, result.hits, loaded.index.answers, loaded.index.docs, 5, loaded.index.qualifications?.editions) : null), [result]);
  const searcher = loaded?.searcher;
  // Highlight what was matched: the query's content words and their synonyms, not its question words.
  const marked = result ? result.understood.terms.flatMap((t) => t.alts).join(' ') : query;
  const groups = useMemo(() => group(hits), [hits]);
  const ordered = groups.flatMap((g) => g.hits.map((h) => h.hit));
  useEffect(() => setActive(0), [query]);
  // The address carries the query while search is open (`?q=`), so it can be copied and shared; a page
  // whose category browser owns `?q=` keeps its own.
  const ownsQuery = () => !document.querySelector('[data-category-browser], [data-q-browser]');
  const share = (q: string) => {
    if (!ownsQuery()) return;
    const next = withSharedQuery(location.href, q);
    if (next !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', next);
  };
  useEffect(() => { if (dialog.current?.open) share(query); }, [query]);

  const close = () => dialog.current?.close();
  const onClose = () => {
    share('');
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
  else if (trimmed) {
    const partial = hits.filter((h) => h.partial).length;
    const chars = [...trimmed];
    const shown = chars.length > 24 ? `${chars.slice(0, 24).join('')}…` : trimmed;
    status = hits.length ? `找到 ${hits.length} 条结果${partial ? `，其中 ${partial} 条部分匹配` : ''}${hits.length >= maxResults ? '（只显示最相关的）' : ''}`
      : result && result.understood.terms.length === 0 ? '没有找到可搜索的文字：请输入汉字、拼音、字母或数字'
      : `没有找到与“${shown}”相关的内容`;
  }
  const expandedNote = result?.understood.expanded.length && hits.length ? `也搜索了：${result.understood.expanded.join('、')}` : '';

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
        {expandedNote && <p class="search-also">{expandedNote}</p>}
        {answer && <AnswerCard answer={answer} onGo={close} />}
        {failed && <p class="search-error"><button type="button" onClick={load}>重新加载</button>请检查网络后重试。</p>}
        <div id="search-listbox" role="listbox" aria-label="搜索结果" class="search-results" hidden={!expanded}>
          {groups.map((g) => (
            <div key={g.kind} role="group" aria-label={groupLabel(g.kind)} class="search-group">
              <p class="search-group-label" aria-hidden="true">{groupLabel(g.kind)}</p>
              {g.hits.map(({ hit, index }) => {
                const doc = hit.doc;
                const syllables = doc.s ? splitSyllables(doc.s) : [];
                let ranges = highlightRanges(doc.t, marked, syllables);
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
                    data-href={doc.h}
                    onClick={() => go(doc)}
                    onPointerMove={() => { if (index !== active) setActive(index); }}
                  >
                    <span class="search-option-title"><Marked segments={title} />{hit.partial && <span class="search-partial">部分匹配</span>}</span>
                    <span class="search-option-context">{g.kind === 'best' ? `${kindLabels[doc.k]} · ${doc.c}` : doc.c}</span>
                    {doc.q ? <span class="search-option-snippet"><Marked segments={snippet(doc.q, marked, 64)} /></span>
                      : body && doc.k !== 'tool' && <span class="search-option-snippet"><Marked segments={snippet(body, marked)} /></span>}
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

/** The number a question asks for, from the rule data, or "指南未说明" and the nearest section; or a category's documents. */
function AnswerCard({ answer, onGo }: { answer: Answer; onGo: () => void }) {
  if (answer.kind === 'documents') {
    const { category, source } = answer;
    return (
      <section class="search-answer" aria-label="答案：资质文件">
        <p class="search-answer-context">{category.t}</p>
        <p class="search-answer-value">{answer.documents}</p>
        <p class="search-answer-link">
          {source ? <>官方“{source.t}” {source.d} 版，仅供参考，现行以平台为准 · <a href={source.u} rel="noopener">来源存档</a> · </> : null}
          <a href={withBase(category.h)} onClick={onGo}>查看类目表</a>
        </p>
      </section>
    );
  }
  if (answer.kind === 'value') {
    return (
      <section class="search-answer" aria-label={`答案：${intentLabels[answer.intent]}`}>
        <p class="search-answer-value">{answer.values.join('、')}</p>
        <p class="search-answer-context">{answer.context}</p>
        <p class="search-answer-link"><a href={withBase(answer.heading)} onClick={onGo}>查看指南原文</a> · <a href={withBase(answer.rule.h)} onClick={onGo}>{answer.rule.c.split(' · ')[0]}</a></p>
      </section>
    );
  }
  return (
    <section class="search-answer" aria-label={`答案：${intentLabels[answer.intent]}`}>
      <p class="search-answer-value">指南未说明</p>
      <p class="search-answer-context">2018 年版指南没有给出这个{intentLabels[answer.intent]}，本站不作猜测。最相关的内容：</p>
      <p class="search-answer-link"><a href={withBase(answer.nearest.h)} onClick={onGo}>{answer.nearest.t}</a></p>
    </section>
  );
}

let openDialog: Open | null = null;
let pending: [HTMLElement, string | undefined] | null = null;

/**
 * Opens the search dialog, mounting it on first use; focus returns to `opener` when it closes. With
 * `fromAddress`, the query is the page address's `?q=` (a shared search); nothing opens if it is blank.
 */
export function openSearch(opener: HTMLElement, fromAddress?: boolean): void {
  const query = fromAddress ? sharedQuery(location.search) : undefined;
  if (fromAddress && !query) return;
  if (openDialog) { openDialog(opener, query); return; }
  pending = [opener, query];
  if (document.getElementById('search-root')) return;
  const root = document.createElement('div');
  root.id = 'search-root';
  document.body.append(root);
  render(<SearchDialog register={(fn) => { openDialog = fn; if (pending) fn(...pending); pending = null; }} />, root);
}
