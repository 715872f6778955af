// The search dialog's state: the query, the index (loaded on first open; failed, it can be loaded
// again), the results and the answer card. A query that needs the traditional or the homophone table,
// or Fuse.js for a typo, loads it, then is searched again; a documents or 指南未涉及 card fetches what it quotes.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Answer } from '../../lib/search/answer.ts';
import type { SearchResult } from '../../lib/search/rank.ts';
import {
  loadAnswerTexts, loadApprox, loadCards, loadHomophones, loadSearcher, loadVariants, type Cards, type Quoted, type Loaded,
} from './search-data.ts';

export const maxResults = 20;

export interface SearchState {
  query: string;
  setQuery(query: string): void;
  loaded: Loaded | null;
  failed: boolean;
  /** Loads the index (again, after a failure). */
  load(): void;
  result: SearchResult | null;
  answer: Answer | null;
  /** the answer cards' code, loaded with the first query */
  cards: Cards | null;
  /** what documents and 指南未涉及 cards quote (null until one shows) */
  texts: Quoted;
  /** What to highlight: the query's content words and their synonyms, not its question words. */
  marked: string;
}

export function useSearch(): SearchState {
  const [query, setQuery] = useState('');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const load = () => {
    setFailed(false);
    loadSearcher().then(setLoaded, () => setFailed(true));
  };

  const [tablesReady, setTablesReady] = useState(0);
  const result = useMemo(() => (loaded && query.trim() ? loaded.searcher.search(query, maxResults) : null), [loaded, query, tablesReady]);
  useEffect(() => {
    // A character the site does not use (開, 眾): the traditional table, then search again.
    if (!loaded) return;
    const { searcher: s } = loaded;
    if (s.wantsVariants(query)) {
      loadVariants().then((table) => { s.setVariants(table); setTablesReady((n) => n + 1); }, () => {});
    }
    // Characters the site does not know (开法者): the homophone table, then search again. After the
    // traditional table, which may already explain them.
    else if (s.wantsHomophones(query)) {
      loadHomophones().then((chars) => { s.setHomophones(chars); setTablesReady((n) => n + 1); }, () => {});
    }
    // A word of letters found nowhere as written (kuadi): Fuse.js, then search again.
    if (s.wantsApprox(query)) loadApprox().then((make) => { s.setApprox(make); setTablesReady((n) => n + 1); }, () => {});
  }, [loaded, query, tablesReady]);
  const [cards, setCards] = useState<Cards | null>(null);
  useEffect(() => { if (result && !cards) loadCards().then(setCards, () => {}); }, [result]);
  const answer = useMemo(() => {
    if (!result || !loaded || !cards) return null;
    const { index } = loaded;
    const ask = { query, terms: result.understood.terms, uncovered: index.uncovered ?? [] };
    return cards.answerFor(result.understood.intents, result.hits, index.answers, index.docs, 5, index.qualifications?.editions, ask);
  }, [result, cards]);
  // What a card quotes (a table's documents exactly, where to look, today's line): fetched when one first shows.
  const [texts, setTexts] = useState<Quoted>(null);
  useEffect(() => {
    if (!answer || answer.kind === 'unknown' || (answer.kind === 'value' && !answer.now) || (texts && texts !== 'failed')) return;
    const { docs } = loaded!.index;
    loadAnswerTexts().then((t) => setTexts({ ...t, offset: docs.length, titleOf: (h) => docs.find((d) => d.h === h)?.t }), () => setTexts('failed'));
  }, [answer]);
  const marked = result ? result.understood.terms.flatMap((t) => t.alts).join(' ') : query;
  return { query, setQuery, loaded, failed, load, result, answer, cards, texts, marked };
}
