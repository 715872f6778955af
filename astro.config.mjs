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
    plugins: [leanPreloadHelper()],
    build: {
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari15.4', 'ios15.4'],
      // Deliberate chunks for code many pages share, so that importing a shared module does not leave
      // a page with several small files, each paying gzip's overhead against its budget. Measured with
      // `npm run bench` (README, Performance); a broad "tool library" group made the wizard larger.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              // Vite's dynamic-import helper, on its own: in a group it would bring that group to the home page.
              { name: 'preload-helper', test: /preload-helper/, priority: 20 },
              // Preact, its hooks and JSX runtime with Astro's renderer: every island page needs all four.
              { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 10 },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "connect-src 'self'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"],
      scriptDirective: { hashes: [sha256(themeInitScript)] },
    },
  },
});
