// Which section the reader is in: the outline's links to it get aria-current="true" (desktop side
// column and phone bar), the phone bar (Doc.astro's sticky "本页内容") names it, and a jump from the
// bar closes it. Also shows the floating 回到顶部 link (html.scrolled) while the reader, a screen down, goes back up.
// IntersectionObserver wakes this only when a heading crosses the line, never on every scroll.
// Small on purpose: it counts against the budgets of the pages with an outline.
export function initSectionTracker(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a')];
  // Both outlines in document order; the link checker (tests/dist) guarantees every target exists.
  const targets = links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1))!);
  const label = document.querySelector('[data-current-section]');
  const bar = label?.closest('details');
  const line = 128;
  const sections = new IntersectionObserver(() => {
    // The current section: the last heading above a line just below where a jump to a heading puts
    // it (html's scroll-padding-top: under the header, and on a phone under this bar).
    let current: HTMLElement | undefined;
    for (const h of targets) if (h.getBoundingClientRect().top < line) current = h;
    links.forEach((a, i) => (a.ariaCurrent = targets[i] === current ? 'true' : null));
    if (label) label.textContent = current?.textContent ?? '';
  }, { rootMargin: `0px 0px ${line - innerHeight}px 0px` });
  // Shown only on the way back up, never while the reader reads on down: it would sit over that text.
  let lastY = scrollY;
  addEventListener('scroll', () => {
    const y = scrollY;
    if (y !== lastY) document.documentElement.classList.toggle('scrolled', y > innerHeight && y < lastY);
    lastY = y;
  }, { passive: true });
  [document.querySelector('h1')!, ...targets].forEach((h) => sections.observe(h));
  // A block body: an on-handler returning false would cancel the summary's own toggle.
  if (bar) bar.onclick = (event) => { if ((event.target as Element).tagName == 'A') bar.open = false; };
}
