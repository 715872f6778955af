// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { themeInitScript } from './src/lib/theme-init.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { siteOutput } from './src/integrations/site-output.ts';
import { clientInteraction } from './src/integrations/client-interaction.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload.ts';
import { chunkGroups } from './src/integrations/chunk-plan.ts';
import { paletteStylesheet } from './src/integrations/palette-css.ts';

/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  // Set SITE_URL (and BASE_PATH for a sub-path such as /guide-site/) when deploying. Without it the
  // build writes no absolute address (no canonical, og:url or sitemap) and says so at the end.
  site: siteAddress(process.env.SITE_URL),
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [mdx(), preact(), clientInteraction(), siteOutput()],
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  // Vite's default CSS target (Safari 16.4) writes width media queries in range syntax and drops
  // -webkit-backdrop-filter; iOS WebViews before 16.4 (WeChat on older iPhones) would ignore both.
  vite: {
    plugins: [leanPreloadHelper(), paletteStylesheet()],
    build: {
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari15.4', 'ios15.4'],
      // The chunk plan (src/integrations/chunk-plan.ts).
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
    },
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { hashes: [sha256(themeInitScript)] },
    },
  },
});
