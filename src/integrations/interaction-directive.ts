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
import { onFirstUse } from '../client/first-use.ts';

const interaction: ClientDirective = (load, _options, el) => {
  const setWaiting = (on: boolean) => {
    for (const c of el.querySelectorAll<HTMLInputElement>('[data-wait]')) c.disabled = on;
  };
  const start = async () => {
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
  onFirstUse(el, 'input,label,button,select,textarea', () => void start());
};

export default interaction;
