// The header's search button and its shortcuts ("/", Ctrl+K, Cmd+K), and shareable searches: `?q=`
// in a page's address opens search with that query. Tiny on purpose: the dialog's code and the index
// load only when the reader first opens search (or arrives with `?q=`). The button is rendered
// disabled and enabled here; if the dialog's code fails to load, the page's "未能加载 · 重试" bar
// shows (html.js-failed, see theme-init.ts) and the button tries again on the next press.
import { once } from './load-once.ts';

const dialogCode = once(() => import('./search/search-dialog.tsx'));

export function initSearchOpener(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-search-open]');
  if (!button) return;
  const open = (opener: HTMLElement | null, shared?: boolean, typed?: string) => {
    dialogCode().then((m) => m.openSearch(opener ?? button, shared, typed), () => { /* the bar shows; the next press retries */ });
  };
  button.disabled = false;
  button.addEventListener('click', () => open(button));
  // The home page's 问一句 box (AskBox.astro): its question opens search in place. Until this runs the
  // form goes to /search/?q=…, which opens search from the address.
  const ask = document.querySelector<HTMLFormElement>('[data-search-ask]');
  ask?.addEventListener('submit', (event) => {
    event.preventDefault();
    open(ask.querySelector('input'), false, ask.querySelector('input')!.value);
  });
  // `?q=` opens search with that query (read by the dialog, share.ts), except on a page whose category
  // browser or qualification table reads it as its own filter (/tools/categories/?q=快递,
  // /tools/categories/enterprise/?q=网约车).
  if (/[?&]q=./.test(location.search) && !document.querySelector('[data-category-browser], [data-q-browser]')) open(button, true);
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const target = event.target instanceof Element ? event.target : null;
    const typing = !!target?.closest('input,textarea,select,[contenteditable]:not([contenteditable=false])');
    const active = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (/^k$/i.test(event.key) && (event.ctrlKey || event.metaKey) && !event.shiftKey) {
      event.preventDefault();
      open(active);
    } else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      open(active);
    }
  });
}

