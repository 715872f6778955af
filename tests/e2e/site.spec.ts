// Every built page, as readers see it: at phone and desktop widths, each loaded once and checked in
// light and in dark (switched by emulation on the same page).
import { expect, test } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';
import { sitemapPaths, watchErrors } from './pages.ts';

const notFound = '/no-such-page/';
const paths = [...sitemapPaths(), notFound];

for (const path of paths) {
  for (const width of [375, 1280]) {
    test(`${path} at ${width}px, light and dark: heading, no errors, no sideways scrolling, no axe violations`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      const errors = watchErrors(page, { documentIs404: path === notFound });
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toBeVisible();
      await expectCleanInBothSchemes(page, async (scheme) => {
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `no sideways scrolling of the whole page (${scheme})`).toBeLessThanOrEqual(width);
      });
      expect(errors).toEqual([]);
    });
  }
}
