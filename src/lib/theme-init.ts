// Runs inline as the first element of <body> (after Astro's CSP meta, which ends <head>, so the
// policy governs it), before first paint, so a chosen theme never flashes. Its sha256 is added to
// the CSP in astro.config.mjs; keep it a plain string.
//
// It is also the one script that runs when every module fails to load (a weak connection in
// WeChat), so it notices those failures: a <script> whose file (or an import of it) failed, or an
// island whose code Astro could not import (astro:hydration-error, after Astro's own retry). Either
// adds class `js-failed` to <html>, which shows the "部分功能未能加载 · 重试" bar (static HTML in
// Base.astro, styled in global.css) and marks the controls still waiting for their code. When Astro
// reports an island hydrated, it enables the controls the server rendered disabled (`[data-wait]`,
// see src/islands/ui.tsx), so a calculator never takes input that nothing reads.
// Modern syntax on purpose: a browser too old for it has no modules either and gets the no-JS page.
// Every byte here counts against each page's JavaScript budget (tests/dist/budget.test.ts).
export const themeInitScript =
  "(r=>{let a=addEventListener,c=r.classList,f=()=>c.add('js-failed');c.add('js');" +
  "try{let t=localStorage.theme;if(t=='light'||t=='dark')r.dataset.theme=t}catch{}" +
  "a('error',e=>e.target.tagName=='SCRIPT'&&f(),1);" +
  "a('astro:hydration-error',f);" +
  "a('astro:hydrate',e=>e.target.querySelectorAll('[data-wait]').forEach(i=>i.disabled=0),1)" +
  "})(document.documentElement)";
