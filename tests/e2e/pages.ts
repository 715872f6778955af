// Shared by the e2e specs: the pages to visit, and what counts as an error on a page.
import type { Page } from '@playwright/test';

export { sitemapPaths } from '../../scripts/dist-files.ts';

/**
 * Collects console errors, page errors, failed requests (not those cancelled by a navigation), HTTP errors and unexpected dialogs (alert
 * and friends). On a page expected to be the 404 page, its own document's 404 is not an error.
 */
export function watchErrors(page: Page, { documentIs404 = false } = {}): string[] {
  const errors: string[] = [];
  const expected404 = (text: string) => documentIs404 && /status of 404/.test(text);
  page.on('console', (m) => { if (m.type() === 'error' && !expected404(m.text())) errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  // A request the browser cancels because the page moved on (a late favicon) is not a failure of
  // the site; a missing file still shows as an HTTP error below.
  page.on('requestfailed', (r) => { if (r.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`); });
  page.on('response', (r) => { if (r.status() >= 400 && !(documentIs404 && r.request().isNavigationRequest())) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return errors;
}
