// Guide chapters (MDX source) split into sections at their headings, as plain text for the search
// index. Pure: what components print from data is filled by the caller's lookups, so a section finds
// "10" where <V/> prints it and a rule's sentence where <RuleText/> prints it.

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

/** The data behind the guide's printing components: a fact as text (<V k>), a rule's sentence (<RuleText id>). */
export interface MdxData {
  fact: (key: string) => string;
  ruleText: (id: string) => string;
}

/** MDX to readable text: components dropped (what they print from data filled in), links and emphasis unwrapped. */
export function mdxToText(mdx: string, data: MdxData): string {
  return mdx
    .replace(/<V\s+k="([^"]+)"\s*\/>/g, (_, key: string) => data.fact(key))
    .replace(/<RuleText\s+id="([^"]+)"\s*\/>/g, (_, id: string) => data.ruleText(id))
    .replace(/<[A-Z][\w.]*(?:\s[^>]*)?\/>/g, '')        // self-closing components (tables, citations)
    .replace(/<\/?[A-Za-z][\w.]*(?:\s[^>]*)?>/g, '')    // opening and closing tags: keep what they wrap
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function guideSections(chapterTitle: string, body: string, data: MdxData): GuideSection[] {
  const source = body.replace(/^---[\s\S]*?\n---\n/, '').replace(/^(?:import|export)\s.*$/gm, '');
  const sections: GuideSection[] = [];
  let current = { title: chapterTitle, anchor: '', lines: [] as string[] };
  const flush = () => {
    const text = mdxToText(current.lines.join('\n'), data);
    if (text || current.anchor) sections.push({ title: current.title, anchor: current.anchor, text });
  };
  for (const line of source.split('\n')) {
    const heading = /^#{2,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      const title = mdxToText(heading[1]!, data);
      current = { title, anchor: headingSlug(title), lines: [] };
    } else current.lines.push(line);
  }
  flush();
  return sections;
}
