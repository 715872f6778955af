// A rule citation ("依据 R20") linking to the rule's guide heading. Its own module, so the checklist
// and the deadline view use it without loading the calculators' field code (ui.tsx).

/** A link to the guide heading of a rule: href comes from the page (rule.path via url()). */
export type RuleLinks = Record<string, string>;

export function RuleRef({ id, links }: { id: string; links: RuleLinks }) {
  const href = links[id];
  const Tag = href ? 'a' : 'span';
  return <Tag class="calc-rule" href={href}>依据 {id}</Tag>;
}
