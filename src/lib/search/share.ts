// Shareable searches: the address of the current page with the search query as `?q=` (or without
// it), so a reader can copy the address and send a colleague the search. Pure.
import { searchParam } from '../site-params.ts';
import { stripInvisible } from '../text-normalise.ts';

/** `url` with `?q=<query>` set (other parameters and the fragment kept), or removed when the query is blank. */
export function withSharedQuery(url: string, query: string): string {
  const u = new URL(url);
  const q = query.trim();
  if (q) u.searchParams.set(searchParam, q);
  else u.searchParams.delete(searchParam);
  return u.pathname + u.search + u.hash;
}

/** Longest query taken from an address: the search box takes 160 characters (a whole question, issue 22). */
export const maxSharedQuery = 160;

/** `?q=` as plain text: control and invisible format characters (Cf) dropped, trimmed, capped ("" for none). */
export function sharedQuery(search: string): string {
  let q = '';
  try { q = new URLSearchParams(search).get(searchParam) ?? ''; } catch { return ''; }
  return [...stripInvisible(q).replace(/[\p{Cc}\u2028\u2029]/gu, '').trim()]
    .slice(0, maxSharedQuery).join('').trim();
}
