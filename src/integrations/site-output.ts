// After the build: writes the host configuration next to the pages (_headers for Netlify and
// Cloudflare Pages, nginx-headers.conf for nginx) from the built pages' CSP, and says loudly when
// the build has no public address (see site-address.ts).
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headersFile, hostRules, nginxConf, sitePolicy } from './host-headers.ts';
import { missingAddressWarning } from './site-address.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return htmlFiles(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

export function siteOutput(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'site-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((file) => ({ path: relative(root, file), html: readFileSync(file, 'utf8') }));
        const rules = hostRules(sitePolicy(pages), base);
        writeFileSync(join(root, '_headers'), headersFile(rules));
        writeFileSync(join(root, 'nginx-headers.conf'), nginxConf(rules, [`${base}_headers`, `${base}nginx-headers.conf`]));
        logger.info("_headers and nginx-headers.conf written: the pages' CSP with frame-ancestors 'none', nosniff, Referrer-Policy, "
          + `and immutable caching for ${base}_astro/`);
        if (!site) console.warn(`\n${missingAddressWarning}\n`);
      },
    },
  };
}
