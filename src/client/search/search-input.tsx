// The dialog's head: the search box, a WAI-ARIA combobox that owns the results list, and the close button.
import type { RefObject } from 'preact';
import { optionId } from './search-selection.ts';

interface Props {
  input: RefObject<HTMLInputElement>;
  query: string;
  onQuery: (query: string) => void;
  /** results are shown: the list is expanded, with an active option */
  expanded: boolean;
  active: number;
  onKeyDown: (e: KeyboardEvent) => void;
  /** the close button */
  onDismiss: () => void;
}

export function SearchInput({ input, query, onQuery, expanded, active, onKeyDown, onDismiss }: Props) {
  return (
    <div class="search-head">
      <svg aria-hidden="true" width="20" height="20" viewBox="0 0 24 24">
        <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
        <path d="M15.5 15.5L21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
      </svg>
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label="搜索指南、规则、类目和工具"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-listbox"
        aria-activedescendant={expanded ? optionId(active) : undefined}
        aria-describedby="search-help"
        autocomplete="off"
        spellcheck={false}
        enterkeyhint="search"
        placeholder="搜索：体验者、kuaidi、300…"
        maxLength={160}
        value={query}
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <button type="button" class="search-close" onClick={onDismiss}>关闭<span class="visually-hidden">搜索</span></button>
    </div>
  );
}
