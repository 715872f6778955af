// 注册清单's share parameters, for its 复制链接 link and for the page's own address, which is kept in
// step with the list (issue 23): WeChat's "··· → 发送给朋友" and a copied address bar share the
// address, so it carries the same `tracks` and `progress` (share-progress.ts) as a 复制链接 link and
// opens through the same preview and merge. Pure.
import { hasProgress, type ProfileProgress } from './checklist.ts';
import { encodeProgress } from './share-progress.ts';

/** The parameters a list's address and share link set; every other one (WeChat's `from=…`) is kept. */
export const shareKeys = ['tracks', 'progress'] as const;

/** When the list last changed (ms, the latest `at` of its values); 0 when its values predate timed changes (version 2). */
export function latestChange(p: ProfileProgress): number {
  return Math.max(p.tracks.at, p.submittedOn.at, ...Object.values(p.statuses).map((s) => s.at));
}

/**
 * `search` with the list's parameters: tracks when ever chosen (empty when none is), and its progress
 * stamped `time` (the time the link was made: the `at` of every value it carries). `progress` is set
 * even for an untouched list, as 复制链接 always carries it.
 */
export function withShareParams(search: string, stepIds: readonly string[], p: ProfileProgress, time: number): string {
  // Always last and in this order, whatever the address had, so a list has one address.
  const params = withoutShareParams(search);
  if (p.tracks.value) params.set('tracks', p.tracks.value.join(','));
  params.set('progress', encodeProgress(stepIds, p, time));
  return queryString(params);
}

/** `search`'s parameters without the list's own. */
function withoutShareParams(search: string): URLSearchParams {
  const params = new URLSearchParams(search);
  for (const k of shareKeys) params.delete(k);
  return params;
}

const queryString = (params: URLSearchParams) => {
  const text = params.toString();
  return text ? `?${text}` : '';
};

/**
 * The query string of the list's own address: with nothing ever saved, none of the list's parameters;
 * else those of its share link, stamped with the list's last change (not the time of writing), so the
 * address stays the same until the list changes and a reload of it brings nothing newer than what is saved.
 */
export function addressSearch(search: string, stepIds: readonly string[], p: ProfileProgress): string {
  return hasProgress(p) ? withShareParams(search, stepIds, p, latestChange(p)) : queryString(withoutShareParams(search));
}
