// Serves the colour palette (src/styles/palette.ts) as a stylesheet, `virtual:palette.css`, which
// Base.astro imports before global.css; Vite minifies it and Astro inlines it like any other CSS.
import type { Plugin } from 'vite';
import { paletteCss } from '../styles/palette.ts';

const id = 'virtual:palette.css';
const resolved = '\0virtual:palette.css';

export function paletteStylesheet(): Plugin {
  return {
    name: 'palette-stylesheet',
    resolveId(source) { return source === id ? resolved : null; },
    load(loaded) { return loaded === resolved ? paletteCss() : null; },
  };
}
