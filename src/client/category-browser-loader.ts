// The category browser's code (category-browser.ts, ~18 KB gzip with its filter) loads when the reader
// first reaches for one of its controls (the filter, the edition switch, 全部展开/收起), so the guide
// page that embeds the browser ships only this up front. It loads at once when the address or the
// form already holds a choice (?q=, ?c=, ?edition=, a restored form). Until then the tree is plain
// links; the controls are enabled here (the markup renders them disabled, so they stay dead-looking
// if even this script fails), and what the reader types or picks meanwhile is picked up by the code.
import { onFirstUse } from './first-use.ts';
import { once } from './load-once.ts';

const controls = '.filter, [data-edition-switch], .tree-actions';
const browserCode = once(() => import('./category-browser.ts'));

export function loadOnFirstUse(root: HTMLElement): void {
  const fields = [...root.querySelectorAll<HTMLInputElement>('.filter input, [data-edition-switch] input')];
  let ready = false;
  let pressed: HTMLElement | null = null; // 全部展开/收起 pressed before the code ran: pressed again after
  const onClick = (event: Event) => {
    if (!ready && event.target instanceof Element) pressed = event.target.closest<HTMLElement>('.tree-actions button') ?? pressed;
  };
  const start = () => {
    browserCode().then((m) => m.initCategoryBrowser()).then(() => {
      ready = true;
      root.removeEventListener('click', onClick, true);
      pressed?.click();
    }, () => {
      // The bar shows (once); the tree stays readable.
      for (const f of fields) f.disabled = true;
      const status = root.querySelector<HTMLElement>('[data-status]');
      if (status) status.textContent = '筛选和版本切换功能加载失败；下方仍是默认显示的最新一版完整类目表。';
    });
  };

  for (const f of fields) f.disabled = false;
  const chosen = fields.find((f) => f.type === 'radio' && f.checked);
  const holdsChoice = /[?&](q|c|edition)=/.test(location.search) || fields.some((f) => f.type !== 'radio' && f.value !== '')
    || (chosen !== undefined && chosen.value !== root.dataset.defaultEdition);
  if (holdsChoice) { start(); return; }
  root.addEventListener('click', onClick, true);
  onFirstUse(root, controls, start);
}
