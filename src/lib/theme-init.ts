// Runs inline in <head> before first paint so a chosen theme never flashes. Its sha256 is added to
// the CSP in astro.config.mjs; keep it a plain string.
export const themeInitScript =
  "document.documentElement.classList.add('js');" +
  "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
