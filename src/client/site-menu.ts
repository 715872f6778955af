// The header's 目录 button opens the site navigation (Base.astro's <dialog id="site-menu">) as a modal
// panel: showModal() keeps focus inside and Esc closes it; 关闭 is a method="dialog" form and
// closedby="any" closes it on a tap outside, so none of that is code here. Opening adds a history
// entry, so a phone's back gesture closes the panel instead of leaving the page. Every byte counts:
// this runs on every page, the tools' pages with their tight budgets included (tests/dist/budget.test.ts).
export function initSiteMenu(): void {
  // Base.astro renders both on every page.
  const menu = document.querySelector<HTMLDialogElement>('#site-menu')!;
  const button = document.querySelector<HTMLButtonElement>('[data-menu-open]')!;
  button.disabled = false;
  button.onclick = () => {
    menu.showModal();
    history.pushState('menu', '');
  };
  // The back gesture took away the entry we added: just close.
  addEventListener('popstate', () => menu.close());
  // Closed by Esc, 关闭 or a tap outside: take back the entry we added.
  menu.onclose = () => history.state == 'menu' && history.back();
}
