// Shared by the checklist specs: the storage key, two profile pages, and opening one until its island is ready.
import { expect, type Page } from '@playwright/test';

export const key = 'mp-guide.checklist';
export const personalPage = '/tools/checklist/personal/';
export const remitPage = '/tools/checklist/enterprise-remittance/';

export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
}

export type Status = 'todo' | 'doing' | 'done';
const tagText: Record<Status, string> = { todo: '未开始', doing: '进行中', done: '已完成' };
/** A step's row, by its id in steps.yaml. */
export const row = (page: Page, step: string) => page.locator(`[data-step="${step}"]`);
export const checkbox = (page: Page, step: string) => row(page, step).getByRole('checkbox');
export const doingButton = (page: Page, step: string) => row(page, step).getByRole('button', { name: /^标记为进行中/ });

/**
 * Sets a step's status as a reader would: tick for 已完成, untick, and the 进行中 toggle. `force` skips
 * Playwright's wait for a stable box, which never comes in a tab that is not in front (it paints no frames).
 */
export async function setStatus(page: Page, step: string, status: Status, { force = false } = {}) {
  if (status === 'done') return checkbox(page, step).check({ force });
  if (await checkbox(page, step).isChecked()) await checkbox(page, step).uncheck({ force });
  const pressed = (await doingButton(page, step).getAttribute('aria-pressed')) === 'true';
  if (pressed !== (status === 'doing')) await doingButton(page, step).click({ force });
  await expect(doingButton(page, step)).toHaveAttribute('aria-pressed', String(status === 'doing'));
}

/** What the reader sees of a step's status: the tick and the tag. */
export async function expectStatus(page: Page, step: string, status: Status) {
  await expect(row(page, step).locator('.status-tag')).toHaveText(tagText[status]);
  await expect(checkbox(page, step)).toBeChecked({ checked: status === 'done' });
}
