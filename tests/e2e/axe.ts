// axe for every spec, one way: WCAG 2.1 A/AA, violations as "rule: targets" so a failure names them.
// axe-core is put into the page once per document and run there; @axe-core/playwright injected its
// 650 KB source again on every run and took about a second more each time, most of the suite's time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
export type ColorScheme = 'light' | 'dark';
export const colorSchemes: readonly ColorScheme[] = ['light', 'dark'];

interface AxeOptions { tags?: string[]; rules?: string[] }
interface AxeInPage { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> }

export async function axeViolations(page: Page, { tags = wcagTags, rules }: AxeOptions = {}): Promise<string[]> {
  // axe reads colours as they are drawn: a fade still running (回到顶部 appearing after a scroll) is
  // not the page's contrast. Wait for the transitions to end, not for a time.
  const hasAxe = await page.evaluate(async () => {
    await Promise.all(document.getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity).map((a) => a.finished.catch(() => {})));
    return 'axe' in window;
  });
  if (!hasAxe) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags };
  return page.evaluate(async (options) => {
    const { violations } = await (window as unknown as { axe: AxeInPage }).axe.run(document, options);
    return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, { runOnly, resultTypes: ['violations'] });
}

export async function expectAxeClean(page: Page, options: AxeOptions = {}): Promise<void> {
  expect(await axeViolations(page, options)).toEqual([]);
}

/** The rules whose answer depends on colours, the only thing the dark scheme changes (global.css). */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * The page as it stands, in light and then in dark (switched by emulation, no reload), each checked by
 * `more` (overflow, headings…). axe runs in full in light; in dark, where only the palette's custom
 * properties differ, it runs the rules that read colours. Leaves the page in dark.
 */
export async function expectCleanInBothSchemes(page: Page, more: (scheme: ColorScheme) => Promise<void> = async () => {}, options: AxeOptions = {}): Promise<void> {
  for (const colorScheme of colorSchemes) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `emulated ${colorScheme}`).toBe(colorScheme === 'dark');
    const rules = colorScheme === 'dark' ? { rules: options.rules ?? colourRules } : options;
    expect(await axeViolations(page, rules), `axe in ${colorScheme}`).toEqual([]);
    await more(colorScheme);
  }
}
