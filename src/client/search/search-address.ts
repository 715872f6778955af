// The address carries the query while search is open (`?q=`), so it can be copied and shared; a page
// whose category browser owns `?q=` keeps its own.
import { withSharedQuery } from '../../lib/search/share.ts';

const ownsQuery = () => !document.querySelector('[data-category-browser], [data-q-browser]');

/** The page's address with `?q=<query>` (none for a blank query), unless the page owns `?q=`. */
export function shareQuery(query: string): void {
  if (!ownsQuery()) return;
  const next = withSharedQuery(location.href, query);
  if (next !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', next);
}
