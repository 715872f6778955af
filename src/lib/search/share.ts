// Shareable searches: the address of the current page with the search query as `?q=` (or without
// it), so a reader can copy the address and send a colleague the search. Pure.

/** `url` with `?q=<query>` set (other parameters and the fragment kept), or removed when the query is blank. */
export function withSharedQuery(url: string, query: string): string {
  const u = new URL(url);
  const q = query.trim();
  if (q) u.searchParams.set('q', q);
  else u.searchParams.delete('q');
  return u.pathname + u.search + u.hash;
}

/** Longest query taken from an address: the search box takes 64 characters. */
export const maxSharedQuery = 64;

/** `?q=` as plain text: control and zero-width characters dropped, trimmed, capped ("" for none). */
export function sharedQuery(search: string): string {
  let q = '';
  try { q = new URLSearchParams(search).get('q') ?? ''; } catch { return ''; }
  return [...q.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/g, '').trim()]
    .slice(0, maxSharedQuery).join('').trim();
}
