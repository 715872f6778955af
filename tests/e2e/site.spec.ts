// Every built page, as readers see it: at phone and desktop widths, light and dark.
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths, watchErrors } from './pages.ts';

const notFound = '/no-such-page/';
const paths = [...sitemapPaths(), notFound];

for (const path of paths) {
  for (const width of [375, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} at ${width}px ${colorScheme}: heading, no errors, no axe violations`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        const errors = watchErrors(page, { documentIs404: path === notFound });
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
