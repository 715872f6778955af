// Reading the built site in dist/ for the checks that run after `astro build`.

export { dist, htmlFiles, pagePath, read } from '../../scripts/dist-files.ts';
import { htmlFiles, pagePath, read } from '../../scripts/dist-files.ts';

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
}

export function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every built page's HTML by its path. */
export const allPages = () => new Map(htmlFiles().map((f) => [pagePath(f), read(f)]));

/** A page's HTML from such a map; asking for a page that was not built fails the test. */
export function pageReader(pages: Map<string, string>): (path: string) => string {
  return (path) => {
    const html = pages.get(path);
    if (html === undefined) throw new Error(`${path} was not built`);
    return html;
  };
}

/** The text of some HTML: tags removed, entities decoded, whitespace collapsed. */
export const textOf = (html: string) => decodeEntities(html.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ');
