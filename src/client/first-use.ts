// What counts as the reader's first use of a piece that loads on first use: the category browser
// (category-browser-loader.ts) and islands hydrated with client:interaction (interaction-directive.ts).
// Loading itself, and its one failure path, is load-once.ts.

const useEvents = ['pointerdown', 'touchstart', 'focusin', 'keydown'];

/**
 * Calls `start` once, on the reader's first use of one of `root`'s `controls`: a press, a touch, focus
 * or a key on it (a finger scrolling past the form, or a link followed, is not a use of the form).
 */
export function onFirstUse(root: Element, controls: string, start: () => void): void {
  const use = (event: Event) => {
    if (!(event.target instanceof Element && event.target.closest(controls))) return;
    for (const type of useEvents) root.removeEventListener(type, use, true);
    start();
  };
  for (const type of useEvents) root.addEventListener(type, use, { capture: true, passive: true });
}
