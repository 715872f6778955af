// One loader for every piece whose code or data waits until the reader reaches for it: the category
// browser and its edition view and filter, the search dialog and its files, the share panel. One
// failure path: a load that fails shows the page's "部分功能未能加载 · 重试" bar (html.js-failed, see
// src/lib/theme-init.ts) and is tried again the next time it is asked for. What counts as the
// reader's first use is in first-use.ts.

/** Shows the page's 部分功能未能加载 · 重试 bar. */
export const showLoadFailed = (): void => { document.documentElement.classList.add('js-failed'); };

/**
 * A loader that runs `load` once and shares its promise; a failure is reported (by default with the
 * bar) and lets the next call retry. The promise rejects for its callers too, to say what failed.
 */
export function once<T>(load: () => Promise<T>, reportFailure: () => void = showLoadFailed): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => (pending ??= load().catch((e: unknown) => {
    pending = null;
    reportFailure();
    throw e;
  }));
}
