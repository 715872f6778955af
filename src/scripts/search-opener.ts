// The header's search button and its shortcuts ("/", Ctrl+K, Cmd+K). Tiny on purpose: the dialog's
// code and the index load only when the reader first opens search.
type DialogModule = typeof import('../search/search-dialog.tsx');
let loading: Promise<DialogModule> | null = null;

export function initSearchOpener(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  const open = (opener: HTMLElement | null) => {
    loading ??= import('../search/search-dialog.tsx');
    loading.then((m) => m.openSearch(opener ?? button)).catch(() => {
      loading = null;
      button.setAttribute('aria-description', '搜索加载失败，请检查网络后重试');
    });
  };
  button.addEventListener('click', () => open(button));
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const typing = !!target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey) && !event.shiftKey) {
      event.preventDefault();
      open(active);
    } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      open(active);
    }
  });
}
