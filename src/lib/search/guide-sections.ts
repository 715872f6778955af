// Guide chapters (MDX source) split into sections at their headings, as plain text for the search
// index. Pure: numbers are filled by the caller's lookup, so a section finds "10" where <V/> prints it.

export interface GuideSection {
  /** heading text, or the chapter title for the text before the first heading */
  title: string;
  /** heading id as the built page has it ("" for the chapter's top) */
  anchor: string;
  text: string;
}

/** The heading id Astro gives a heading (github-slugger rules for the characters our headings use). */
export function headingSlug(text: string): string {
  return text.trim().toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** MDX to readable text: components dropped (their numbers filled via `fact`), links and emphasis unwrapped. */
export function mdxToText(mdx: string, fact: (key: string) => string): string {
  return mdx
    .replace(/<V\s+k="([^"]+)"\s*\/>/g, (_, key: string) => fact(key))
    .replace(/<[A-Z][\w.]*(?:\s[^>]*)?\/>/g, '')        // self-closing components (tables, citations)
    .replace(/<\/?[A-Za-z][\w.]*(?:\s[^>]*)?>/g, '')    // opening and closing tags: keep what they wrap
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function guideSections(chapterTitle: string, body: string, fact: (key: string) => string): GuideSection[] {
  const source = body.replace(/^---[\s\S]*?\n---\n/, '').replace(/^(?:import|export)\s.*$/gm, '');
  const sections: GuideSection[] = [];
  let current = { title: chapterTitle, anchor: '', lines: [] as string[] };
  const flush = () => {
    const text = mdxToText(current.lines.join('\n'), fact);
    if (text || current.anchor) sections.push({ title: current.title, anchor: current.anchor, text });
  };
  for (const line of source.split('\n')) {
    const heading = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const title = mdxToText(heading[1]!, fact);
      current = { title, anchor: headingSlug(title), lines: [] };
    } else current.lines.push(line);
  }
  flush();
  return sections;
}
