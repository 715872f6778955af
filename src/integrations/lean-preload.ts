// Vite wraps every dynamic import() in a preload helper that adds <link rel=modulepreload> for the
// imported chunk's own imports, so they load in parallel rather than one after another. Its stock
// version (880 B gzip, on every page) also handles CSS chunks, CSP nonces, relative bases and a
// `vite:preloadError` event; this site has none of those (CSS is inlined, scripts are allowed by
// hash, the base is absolute, nothing listens for the event). This keeps the parallel loading in
// about 200 bytes: a browser without modulepreload (Safari before 17) ignores the links and loads
// the imports as the chunk asks for them, and a failed import still rejects for its caller.
import type { Plugin } from 'vite';

const helperId = /^\0vite\/preload-helper\.js$/;

export function leanPreloadHelper(): Plugin {
  let base = '/';
  return {
    name: 'lean-preload-helper',
    apply: 'build',
    configResolved(config) { base = config.base; },
    transform: {
      filter: { id: helperId },
      handler() {
        return `const seen = {};
export const __vitePreload = (load, deps) => {
  for (const dep of deps || []) {
    if (seen[dep]) continue;
    seen[dep] = 1;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;
      },
    },
  };
}
