// Keyboard selection in the results list (the combobox's active option): back to the first result
// when the query changes, kept in view as it moves.
import { useEffect, useState } from 'preact/hooks';

export const optionId = (index: number) => `search-option-${index}`;

export interface Selection {
  active: number;
  setActive(index: number): void;
  /** One option down or up, round the list of `count`. */
  move(down: boolean, count: number): void;
}

/** `results` changes when the list does: the active option is scrolled into view again. */
export function useSelection(query: string, results: unknown): Selection {
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active, results]);
  const move = (down: boolean, count: number) => {
    if (count) setActive((a) => (a + (down ? 1 : count - 1)) % count);
  };
  return { active, setActive, move };
}
