// Every built page, as readers see it: at phone and desktop widths, light and dark.
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './pages.ts';

const notFound = '/no-such-page/';
const paths = [...sitemapPaths(), notFound];

/** Collects console errors and failed requests; the 404 page's own status is expected. */
function watchErrors(page: Page, documentIs404: boolean): string[] {
  const errors: string[] = [];
  const expected404 = (text: string) => documentIs404 && /status of 404/.test(text);
  page.on('console', (m) => { if (m.type() === 'error' && !expected404(m.text())) errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400 && !(documentIs404 && r.request().isNavigationRequest())) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  return errors;
}

for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} at ${width}px ${colorScheme}: heading, no errors, no axe violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        const errors = watchErrors(page, path === notFound);
        await page.goto(path);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('h1')).toBeVisible();
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, 'no sideways scrolling of the whole page').toBeLessThanOrEqual(width);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
}
