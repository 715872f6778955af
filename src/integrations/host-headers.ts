// The response headers a static host should send with the built site, derived from the built pages.
// A <meta> CSP cannot carry frame-ancestors, so only a header can stop other sites from framing the
// pages (clickjacking 清空进度 or 导入). The header repeats the pages' policy, so nothing it allows is
// new; browsers enforce the header and the meta together, so a page gets the stricter of the two.
// Plain TypeScript without Astro: the build integration, the test server and the tests share it.
import { createHash } from 'node:crypto';

/** A CSP as directive name -> sources, in the order written. */
export type Policy = Map<string, string[]>;

export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // As browsers do: a repeated directive is ignored.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

export const formatPolicy = (policy: Policy) =>
  [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

export const isHashSource = (source: string) => /^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(source);

const decodeAttribute = (text: string) =>
  text.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The CSP of a page's <meta http-equiv="content-security-policy">, or undefined when it has none. */
export function metaPolicyText(html: string): string | undefined {
  const meta = html.match(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  const content = meta?.match(/\scontent="([^"]*)"/)?.[1];
  return content === undefined ? undefined : decodeAttribute(content);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The CSP hash sources of the inline code a page contains: inline <script> elements (those without
 * src) and <style> elements. The site's HTML is the build's own output, where neither element's
 * text can contain its end tag, so a pattern reads it exactly.
 */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter((m) => !/\ssrc\s*=/i.test(m[1]!))
    .map((m) => sha256(m[2]!));
  const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]!));
  return { scripts, styles };
}

/** Which inline elements a directive's hashes are for. */
const hashedDirectives = { 'script-src': 'scripts', 'style-src': 'styles' } as const;

/**
 * The one policy a host sends with every page: the pages' meta policy, with frame-ancestors 'none'
 * added and the hash lists of script-src and style-src cut to the inline code the pages contain.
 * Astro's meta lists on every page the hashes of every stylesheet in the build (27 per page, 36 in
 * the site), which would make one header too long for Cloudflare Pages (2,000 characters a line)
 * and per-page rules too many (100 rules); the hashes of what the pages really contain (16) fit,
 * and allow nothing a page's own meta does not also allow. Pages whose policies differ in anything
 * but hashes cannot share one header: that is an error, not a guess.
 */
export function sitePolicy(pages: { path: string; html: string }[]): Policy {
  let shape: { path: string; text: string } | undefined;
  let site: Policy | undefined;
  const used = { scripts: new Set<string>(), styles: new Set<string>() };
  for (const { path, html } of pages) {
    const text = metaPolicyText(html);
    if (text === undefined) throw new Error(`${path} has no CSP <meta>, so the header cannot repeat its policy`);
    const policy = parsePolicy(text);
    const withoutHashes = formatPolicy(new Map([...policy].map(([name, sources]) => [name, sources.filter((s) => !isHashSource(s))])));
    if (shape && withoutHashes !== shape.text) {
      throw new Error(`${path} and ${shape.path} have different CSPs besides their hashes, so one header cannot serve both:`
        + `\n  ${withoutHashes}\n  ${shape.text}`);
    }
    shape ??= { path, text: withoutHashes };
    site ??= policy;
    const inline = inlineHashes(html);
    for (const [directive, kind] of Object.entries(hashedDirectives)) {
      const allowed = new Set(policy.get(directive) ?? []);
      for (const hash of inline[kind]) if (allowed.has(hash)) used[kind].add(hash);
    }
  }
  if (!site) throw new Error('no pages were built, so there is no policy to send');
  const header: Policy = new Map();
  for (const [name, sources] of site) {
    const kind = hashedDirectives[name as keyof typeof hashedDirectives];
    header.set(name, kind ? [...sources.filter((s) => !isHashSource(s)), ...[...used[kind]].sort()] : sources);
  }
  header.set('frame-ancestors', ["'none'"]);
  return header;
}

/** Headers for the paths a rule matches: an exact path, or a prefix followed by "*" (a splat). */
export interface HeaderRule { path: string; headers: [name: string, value: string][] }

export const immutableCaching = 'public, max-age=31536000, immutable';
export const referrerPolicy = 'strict-origin-when-cross-origin';

/** What every response carries, and what the hashed assets in _astro/ carry besides. */
export function hostRules(policy: Policy, base: string): HeaderRule[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  return [
    {
      path: `${root}*`,
      headers: [
        ['Content-Security-Policy', formatPolicy(policy)],
        // For browsers older than frame-ancestors; both say the same.
        ['X-Frame-Options', 'DENY'],
        ['X-Content-Type-Options', 'nosniff'],
        // Answers live in the wizard's and the checklist's addresses: send other sites the origin only.
        ['Referrer-Policy', referrerPolicy],
      ],
    },
    // Vite names these files by the hash of their content, so a changed file is a new address.
    { path: `${root}_astro/*`, headers: [['Cache-Control', immutableCaching]] },
  ];
}

/** The _headers file read by Netlify and Cloudflare Pages (and the test server). */
export function headersFile(rules: HeaderRule[]): string {
  const blocks = rules.map((r) => [r.path, ...r.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `# Written by the build (src/integrations/site-output.ts); see the README's Deploying section.\n${blocks.join('\n\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) { rules.push({ path: line.trim(), headers: [] }); continue; }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a header of a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (rule: string, path: string) => (rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : path === rule);

/** The headers a request path gets: every matching rule's, a header set twice joined with ", " (as the hosts do). */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.path, path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out.set(key, out.has(key) ? `${out.get(key)}, ${value}` : value);
    }
  }
  return out;
}

/**
 * The same rules as nginx directives, to include in the site's server block. nginx drops the
 * server's add_header lines in a location that has its own, so each location repeats them; the
 * configuration files themselves are not served.
 */
export function nginxConf(rules: HeaderRule[], hidden: string[]): string {
  const [site, ...rest] = rules;
  if (!site || !site.path.endsWith('*')) throw new Error('the first rule must cover the whole site');
  const add = (headers: HeaderRule['headers'], indent: string) =>
    headers.map(([name, value]) => `${indent}add_header ${name} "${value.replace(/["\\$]/g, '\\$&')}" always;`).join('\n');
  const locations = rest.map((r) => {
    const match = r.path.endsWith('*') ? `^~ ${r.path.slice(0, -1)}` : `= ${r.path}`;
    return `location ${match} {\n${add([...site.headers, ...r.headers], '    ')}\n}`;
  });
  const hide = hidden.map((path) => `location = ${path} { return 404; }`);
  const intro = '# Written by the build (src/integrations/site-output.ts): include it in the server { } block that serves this site.';
  return `${intro}\n${add(site.headers, '')}\n\n${[...locations, ...hide].join('\n')}\n`;
}
