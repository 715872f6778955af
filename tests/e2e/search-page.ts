// The site search as a reader's test sees it: its box, its results, and what the page fetched (to
// check that code and tables load only when a query needs them).
import type { Page } from '@playwright/test';

export const searchBox = (page: Page) => page.getByRole('combobox', { name: '搜索指南、规则、类目和工具' });
export const searchOptions = (page: Page) => page.getByRole('listbox', { name: '搜索结果' }).getByRole('option');

/** The path of every request the page makes from now on. */
export function watchRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  return requests;
}
