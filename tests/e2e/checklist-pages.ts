// Shared by the checklist specs: the storage key, two profile pages, and opening one until its island is ready.
import { expect, type Page } from '@playwright/test';

export const key = 'mp-guide.checklist';
export const personalPage = '/tools/checklist/personal/';
export const remitPage = '/tools/checklist/enterprise-remittance/';

export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
}
