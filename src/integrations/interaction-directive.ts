// client:interaction — hydrates an island when the reader first reaches for one of its controls
// (a press, a key, focus), so a guide page that embeds a calculator ships none of its code up front.
// Bundled by Astro (esbuild) and inlined once per page; keep it small, it counts against the budget.
//
// Until then the server-rendered form is usable: the controls rendered disabled (`[data-wait]`, see
// src/islands/ui.tsx) are enabled here, and what the reader typed or chose before the code arrived is
// handed to the island afterwards as the events it would have had. If the code fails to load, Astro
// reports astro:hydration-error (the 部分功能未能加载 bar, src/lib/theme-init.ts) and the controls
// are disabled again, as on a page whose island never loaded.
import type { ClientDirective } from 'astro';

const controls = 'input,label,button,select,textarea';
const types = ['pointerdown', 'touchstart', 'focusin', 'keydown'];

const interaction: ClientDirective = (load, _options, el) => {
  const wait = () => el.querySelectorAll<HTMLInputElement>('[data-wait]');
  const setWaiting = (on: boolean) => { for (const c of wait()) c.disabled = on; };
  const start = async (event: Event) => {
    // A finger scrolling past the form is not a use of it; focus and keys always are.
    if (event.type.startsWith('p') || event.type.startsWith('t')) {
      if (!(event.target instanceof Element && event.target.closest(controls))) return;
    }
    for (const type of types) el.removeEventListener(type, start, true);
    el.removeAttribute('data-idle');
    await (await load())();
    if (el.hasAttribute('ssr')) { setWaiting(true); return; }
    for (const input of el.querySelectorAll('input')) {
      const radio = input.type === 'radio';
      if (radio ? input.checked && !input.defaultChecked : input.value !== input.defaultValue) {
        input.dispatchEvent(new Event(radio ? 'change' : 'input', { bubbles: true }));
      }
    }
  };
  setWaiting(false);
  el.setAttribute('data-idle', ''); // styles: no 加载中 or 未能加载 mark before the reader starts (interaction.css)
  for (const type of types) el.addEventListener(type, start, { capture: true, passive: true });
};

export default interaction;
