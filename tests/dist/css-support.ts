// Which CSS in the build is newer than Safari 15.4 (iOS 15.4's WKWebView, the oldest WeChat WebView the
// site aims at) and lacks a way to degrade there. Pure: CSS text in, findings out.
// A feature is fine inside an @supports block; outside one, a value feature needs a fallback declaration
// of the same property earlier in the same rule (older engines drop the declaration they cannot parse
// and keep the fallback). Properties, at-rules and selectors new since 15.4 have nothing to fall back
// to, so they must be inside @supports (backdrop-filter: after -webkit-backdrop-filter).

export interface Feature { name: string; safari: string }
interface ValueFeature extends Feature { value: RegExp; property?: RegExp }
interface PropertyFeature extends Feature { property: RegExp; fallbackProperty?: string }

/** New values: a fallback of the same property in the same rule makes them safe. */
export const valueFeatures: ValueFeature[] = [
  { name: 'light-dark()', safari: '17.5', value: /\blight-dark\(/i },
  { name: 'color-mix()', safari: '16.2', value: /\bcolor-mix\(/i },
  { name: 'relative colour syntax (from …)', safari: '16.4', value: /\(\s*from\s/i },
  { name: 'container query units', safari: '16.0', value: /\d(?:cqw|cqh|cqi|cqb|cqmin|cqmax)\b/i },
  { name: 'lh/rlh units', safari: '16.4', value: /\d(?:r?lh)\b/i },
  { name: 'overflow: clip', safari: '16.0', value: /\bclip\b/i, property: /^overflow(?:-[xy]|-inline|-block)?$/i },
];

/** New properties: only @supports (or the named prefixed property before them) makes them safe. */
export const propertyFeatures: PropertyFeature[] = [
  { name: 'backdrop-filter', safari: '18.0 (unprefixed)', property: /^backdrop-filter$/i, fallbackProperty: '-webkit-backdrop-filter' },
  { name: 'text-wrap', safari: '17.4', property: /^text-wrap(?:-mode|-style)?$/i },
  { name: 'container', safari: '16.0', property: /^container(?:-type|-name)?$/i },
  { name: 'content-visibility', safari: '18.0', property: /^content-visibility$/i },
  { name: 'scrollbar-gutter', safari: '18.2', property: /^scrollbar-gutter$/i },
  { name: 'field-sizing', safari: '26', property: /^field-sizing$/i },
  { name: 'interpolate-size', safari: 'none', property: /^interpolate-size$/i },
  { name: 'transition-behavior', safari: '17.4', property: /^transition-behavior$/i },
  { name: 'anchor positioning', safari: '26', property: /^(?:anchor-name|position-anchor|position-area|position-try)$/i },
  { name: 'view transitions', safari: '18.0', property: /^view-transition-name$/i },
];

export const atRuleFeatures: Feature[] = [
  { name: '@container', safari: '16.0' }, { name: '@property', safari: '16.4' },
  { name: '@starting-style', safari: '17.5' }, { name: '@scope', safari: '17.4' }, { name: '@view-transition', safari: '18.2' },
];

export const selectorFeatures: (Feature & { selector: RegExp })[] = [
  { name: ':popover-open', safari: '17.0', selector: /:popover-open\b/i },
  { name: ':user-invalid / :user-valid', safari: '16.5', selector: /:user-(?:in)?valid\b/i },
  { name: '::details-content', safari: '18.4', selector: /::details-content\b/i },
  { name: ':open', safari: '26', selector: /:open\b/i },
  { name: ':state()', safari: '17.4', selector: /:state\(/i },
];

/** "(width<=30rem)", "(400px<width)", "(30rem <= width <= 40rem)". */
const mediaRange = /\(\s*(?:[a-z-]+\s*[<>]=?|[\d.]+[a-z]*\s*[<>]=?)/i;

export interface Finding { feature: string; safari: string; where: string }

interface Block { prelude: string; body: string }

/** Walks the CSS: for every block its prelude, its own text (nested blocks left out) and its ancestors. */
function walk(css: string, visit: (block: Block, ancestors: string[]) => void) {
  const stack: Block[] = [{ prelude: '', body: '' }];
  let text = '';
  let quote = '';
  for (let i = 0; i < css.length; i++) {
    const ch = css[i]!;
    if (quote) { text += ch; if (ch === '\\') text += css[++i] ?? ''; else if (ch === quote) quote = ''; continue; }
    if (ch === '"' || ch === "'") { quote = ch; text += ch; continue; }
    if (ch === '/' && css[i + 1] === '*') { const end = css.indexOf('*/', i + 2); i = end < 0 ? css.length : end + 1; continue; }
    if (ch === '{') {
      // What came before the '{' since the last ';' is the prelude; anything earlier is declarations.
      const cut = text.lastIndexOf(';');
      stack.at(-1)!.body += text.slice(0, cut + 1);
      stack.push({ prelude: text.slice(cut + 1).trim(), body: '' });
      text = '';
    } else if (ch === '}') {
      const block = stack.pop()!;
      block.body += text;
      text = '';
      if (stack.length === 0) { stack.push({ prelude: '', body: '' }); continue; }
      visit(block, stack.map((b) => b.prelude));
    } else text += ch;
  }
}

/** The declarations of a block body: "property: value" split on semicolons outside brackets. */
function declarations(body: string): { property: string; value: string }[] {
  const out: { property: string; value: string }[] = [];
  let depth = 0;
  let start = 0;
  const push = (s: string) => {
    const colon = s.indexOf(':');
    if (colon > 0) out.push({ property: s.slice(0, colon).trim().toLowerCase(), value: s.slice(colon + 1).trim() });
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === ';' && depth === 0) { push(body.slice(start, i)); start = i + 1; }
  }
  push(body.slice(start));
  return out;
}

const usesNewValue = (property: string, value: string) =>
  valueFeatures.filter((f) => f.value.test(value) && (!f.property || f.property.test(property)));

/** Everything newer than Safari 15.4 in `css` that has neither a fallback nor an @supports around it. */
export function unguardedFeatures(css: string, source: string): Finding[] {
  const findings: Finding[] = [];
  walk(css, (block, ancestors) => {
    // Range syntax in a media query makes older engines drop the whole block, @supports or not; the
    // build writes it unless Vite's cssTarget names them (astro.config.mjs).
    if (/^@media\b/i.test(block.prelude) && mediaRange.test(block.prelude)) {
      findings.push({ feature: 'media query range syntax', safari: '16.4', where: `${source}: ${block.prelude.slice(0, 160)}` });
    }
    const guarded = [...ancestors, block.prelude].some((p) => /^@supports\b/i.test(p));
    if (guarded) return;
    const where = `${source}: ${[...ancestors.filter(Boolean), block.prelude].join(' › ').slice(0, 160)}`;
    const atRule = /^@([\w-]+)/.exec(block.prelude)?.[0].toLowerCase();
    const at = atRuleFeatures.find((f) => f.name === atRule);
    if (at) findings.push({ feature: at.name, safari: at.safari, where });
    if (!block.prelude.startsWith('@')) {
      for (const f of selectorFeatures) if (f.selector.test(block.prelude)) findings.push({ feature: f.name, safari: f.safari, where });
    }
    const decls = declarations(block.body);
    decls.forEach(({ property, value }, i) => {
      const earlier = decls.slice(0, i);
      for (const f of usesNewValue(property, value)) {
        const fallback = earlier.some((d) => d.property === property && usesNewValue(d.property, d.value).length === 0);
        if (!fallback) findings.push({ feature: f.name, safari: f.safari, where: `${where} { ${property}: ${value.slice(0, 80)} }` });
      }
      for (const f of propertyFeatures) {
        if (!f.property.test(property)) continue;
        if (f.fallbackProperty && earlier.some((d) => d.property === f.fallbackProperty)) continue;
        findings.push({ feature: f.name, safari: f.safari, where: `${where} { ${property}: ${value.slice(0, 80)} }` });
      }
    });
  });
  return findings;
}

/** The text of every <style> element of a page. */
export const inlineStyles = (html: string) => [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
