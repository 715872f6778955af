// The site's public address (SITE_URL), which canonical links, og:url, the sitemap and robots.txt
// need. Without it the build writes no absolute address at all (and says so); it never invents one,
// and a loopback address is refused, since a link to the builder's own machine helps no reader.

const loopbackHosts = new Set(['localhost', '0.0.0.0', '[::]', '[::1]']);

/** For a hostname as URL spells it (which writes 127.1, 2130706433 and [0:0::1] as 127.0.0.1 and [::1]). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return loopbackHosts.has(host) || host.endsWith('.localhost') || /^127(\.\d+){3}$/.test(host) || host.startsWith('[::ffff:7f');
}

/**
 * SITE_URL as Astro's `site` (an origin such as "https://docs.example.com"), or undefined when it is
 * not set. A value that is not an http(s) origin fails the build with what to write instead.
 */
export function siteAddress(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`SITE_URL "${text}" is not an address; set it to the site's public origin, such as https://docs.example.com`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${text}" is not an http(s) address; set it to the site's public origin, such as https://docs.example.com`);
  }
  if (isLoopback(url.hostname)) {
    throw new Error(`SITE_URL "${text}" is this machine's own address, which no reader can open; leave SITE_URL unset for a local build`);
  }
  if (url.search || url.hash) {
    throw new Error(`SITE_URL "${text}" has a query or fragment; set it to the site's public origin, such as ${url.origin}`);
  }
  if (url.pathname !== '/') {
    throw new Error(`SITE_URL "${text}" has a path; set SITE_URL=${url.origin} and put the path in BASE_PATH (BASE_PATH=${url.pathname.replace(/\/?$/, '/')})`);
  }
  return url.origin;
}

/** Printed at the end of a build without SITE_URL, so it is seen after the page list. */
export const missingAddressWarning = [
  '┌──────────────────────────────────────────────────────────────────────────┐',
  '│ SITE_URL is not set: this build has no public address.                   │',
  '│ It has no canonical links, no og:url and no sitemap.xml, and robots.txt  │',
  '│ names no sitemap. Fine for tests and a local look; for a deployment set  │',
  '│ the public origin (and BASE_PATH for a sub-path) and build again:        │',
  '│   SITE_URL=https://docs.example.com ./nodew build                        │',
  '└──────────────────────────────────────────────────────────────────────────┘',
].join('\n');
