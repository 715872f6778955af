// Sorting a query string into what a page owns and what it does not. Links shared in WeChat come
// back with parameters the site never wrote (src/lib/site-params.ts names them): a page ignores
// those silently, reads its own values whole, and names the own values it refuses, with why.
// Separate from site-params.ts (the names, imported by every page that reads one) so only the pages
// that classify load this.

export interface RefusedParam { key: string; value: string; reason: string }
export interface ParamReading {
  /** The page's own parameters that were accepted: the first value of each. */
  own: Map<string, string>;
  /** The page's own parameters that were refused, each with a short Chinese reason. */
  refused: RefusedParam[];
  /** Keys the page does not own (trackers, other pages' parameters): ignored silently. */
  foreign: string[];
}

/**
 * Sorts a query string's parameters for a page owning `own`: own and accepted, own but refused
 * (longer than `maxLength`, or repeated with another value), or foreign. Pure; every page can use it.
 */
export function classifyParams(search: string, own: readonly string[], maxLength: number): ParamReading {
  const out: ParamReading = { own: new Map(), refused: [], foreign: [] };
  for (const [key, value] of new URLSearchParams(search)) {
    const first = out.own.get(key);
    if (!own.includes(key)) out.foreign.push(key);
    else if (value.length > maxLength) out.refused.push({ key, value, reason: `过长（${value.length} 个字符），已忽略` });
    else if (first === undefined) out.own.set(key, value);
    else if (first !== value) out.refused.push({ key, value, reason: '与前面的同名参数重复，已忽略' });
  }
  return out;
}
