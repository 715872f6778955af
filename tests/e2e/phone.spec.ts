// A phone (360 and 375 px wide, light and dark): every table shows its key columns (a card per row, or
// a first column that stays put while the rest scrolls, with a shade at the edge), every control is a
// thumb's target (44 × 44 px with its label; rule chips 24 px high and 8 px apart), axe is clean; and on a
// touch screen the search dialog shows no keyboard hints. A handful of pages with every kind of table.
import { expect, test, type Page } from '@playwright/test';
import { expectCleanInBothSchemes } from './axe.ts';

const pages = [
  '/guide/registration/', // 主体类型 (SubjectTable)
  '/guide/preparation/', // 成员名额 (MemberTable) and the category table folded in a <details>
  '/tools/quotas/', // 成员名额 and 公众号关联 (AssociationTable)
  '/tools/checklist/', // the subject and list table
  '/tools/checklist/individual-business-certification/', // checklist rows
  '/tools/eligibility/subject-enterprise/email-yes/path-certification/payment-no/unionid-no/', // the outcome's members table
  '/rules/', // every rule
  '/tools/categories/personal/', // the category and documents tables (a card per row already)
  '/tools/eligibility/', // the wizard's first question: radios
];

/** Tables whose cells are off-screen: for each, the first off-screen cell, at the start and scrolled to the end. */
function tablesOffScreen(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const width = document.documentElement.clientWidth;
    const inView = (el: Element) => { const r = el.getBoundingClientRect(); return r.left >= -0.5 && r.right <= width + 0.5; };
    const problems: string[] = [];
    for (const table of document.querySelectorAll<HTMLTableElement>('main table')) {
      const name = table.caption?.textContent?.trim() ?? table.className;
      const wrap = table.closest<HTMLElement>('.table-wrap');
      const rows = [...table.tBodies].flatMap((b) => [...b.rows]);
      const stacked = getComputedStyle(rows[0]!).display === 'block';
      const offAt = (when: string) => {
        // A stacked row shows all its cells; a scrolling table keeps its first column in view.
        for (const row of rows) {
          const cells = stacked ? [...row.cells] : [row.cells[0]!].filter((c) => c.tagName === 'TH');
          const off = cells.find((c) => !inView(c));
          if (off) return `${name} (${when}): ${off.textContent!.trim().slice(0, 20)}`;
        }
        return null;
      };
      const start = offAt('start');
      if (start) problems.push(start);
      if (stacked || !wrap || wrap.scrollWidth <= wrap.clientWidth) {
        if (!stacked) {
          const off = rows.flatMap((r) => [...r.cells]).find((c) => !inView(c));
          if (off) problems.push(`${name}: ${off.textContent!.trim().slice(0, 20)} is off-screen and the table does not scroll`);
        }
        continue;
      }
      // It scrolls: a shade says so, and at the far end the first column is still there with the last.
      if (getComputedStyle(wrap).backgroundImage === 'none') problems.push(`${name}: scrolls with no shade at its edge`);
      wrap.scrollLeft = wrap.scrollWidth;
      await new Promise(requestAnimationFrame);
      const end = offAt('scrolled to the end');
      if (end) problems.push(end);
      const last = rows.map((r) => r.cells[r.cells.length - 1]!).find((c) => !inView(c));
      if (last) problems.push(`${name}: the last column is not reachable (${last.textContent!.trim().slice(0, 20)})`);
      wrap.scrollLeft = 0;
    }
    return problems;
  });
}

/** Controls smaller than 44 × 44 px (with their labels), and rule chips under 24 px high or closer than 8 px on a line. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shown = (el: Element) => { const r = el.getBoundingClientRect(); return r.width > 1 && r.height > 1 && el.checkVisibility({ visibilityProperty: true }); };
    const name = (el: Element) => el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
    const describe = (el: Element) => `${el.tagName.toLowerCase()} "${name(el).trim().slice(0, 24)}"`;
    const problems: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input[type=checkbox], input[type=radio], input[type=submit], a.button, summary');
    for (const el of controls) {
      if (!shown(el)) continue;
      const boxes = [el, ...((el as HTMLInputElement).labels ?? [])].map((e) => e.getBoundingClientRect());
      const w = Math.max(...boxes.map((b) => b.right)) - Math.min(...boxes.map((b) => b.left));
      const h = Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top));
      if (w < 43.5 || h < 43.5) problems.push(`${describe(el)}: ${Math.round(w)} × ${Math.round(h)}`);
    }
    const chips = [...document.querySelectorAll('.rule-ref, .rule-changed, .calc-rule')].filter(shown).map((el) => ({ el, r: el.getBoundingClientRect() }));
    for (const { el, r } of chips) {
      if (r.height < 23.5) problems.push(`${describe(el)}: ${Math.round(r.height)} px high`);
      const next = chips.filter((o) => o.el !== el && Math.abs(o.r.top - r.top) < 4 && o.r.left >= r.left)
        .sort((a, b) => a.r.left - b.r.left)[0];
      if (next && next.r.left - r.right < 7.5) problems.push(`${describe(el)}: ${Math.round(next.r.left - r.right)} px from ${describe(next.el)}`);
    }
    return problems;
  });
}

for (const width of [360, 375]) {
  test.describe(`${width} px`, () => {
    for (const path of pages) {
      test(`${path}: tables show their key columns, controls are thumb-sized, axe clean (light and dark)`, async ({ page }) => {
        await page.setViewportSize({ width, height: 780 });
        await page.goto(path);
        // The folded category table too, and the checklist once its island has run.
        for (const box of await page.locator('main details:has(table)').all()) await box.locator('summary').click();
        if (path.includes('/checklist/')) await expect(page.locator('main :disabled')).toHaveCount(0);
        await expectCleanInBothSchemes(page, async () => {
          expect(await tablesOffScreen(page)).toEqual([]);
        });
        expect(await smallTargets(page)).toEqual([]);
      });
    }
  });
}

test('the 主体类型 table on a phone is a card per subject, each cell named by its column', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/guide/registration/');
  const row = page.locator('table', { has: page.locator('caption', { hasText: '帐号主体类型' }) }).locator('tbody tr').first();
  await row.scrollIntoViewIfNeeded();
  await expect(row).toHaveCSS('display', 'block');
  await expect(row.locator('th')).toBeInViewport({ ratio: 1 });
  const labels = await row.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  expect(labels).toEqual(['"范围"', '"主体验证方式"', '"微信认证"']);
});

test('the D11 notice at the top of a chapter is one short line linking to its full text', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/guide/registration/');
  const notice = page.locator('main [data-decision="D11"]');
  expect((await notice.boundingBox())!.height).toBeLessThan(72);
  await notice.getByRole('link').click();
  await expect(page.locator('#D11')).toContainText('本站的工具只按这一版指南的规则作答');
});

test('a touch screen shows no keyboard hints in search; a mouse and keyboard do', async ({ browser }) => {
  for (const touch of [true, false]) {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, hasTouch: touch, isMobile: touch });
    const page = await context.newPage();
    await page.goto('/');
    const open = page.locator('[data-search-open]');
    await expect(open).toBeEnabled();
    await (touch ? open.tap() : open.click());
    await expect(page.getByRole('dialog')).toBeVisible();
    await expect(page.locator('.search-keys'), touch ? 'touch' : 'mouse').toBeVisible({ visible: !touch });
    await context.close();
  }
});

test('a search result names its kind once (no "规则变迁 · 规则变迁")', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('/');
  await page.locator('[data-search-open]').click();
  await page.getByRole('dialog').getByRole('combobox').fill('备案');
  const contexts = page.locator('.search-option-context');
  await expect(contexts.first()).toBeVisible();
  await expect(page.locator('.search-group-label', { hasText: '最相关' })).toBeVisible();
  const repeated = (await contexts.allInnerTexts()).filter((t) => /^(.+) · \1(?: · |$)/.test(t));
  expect(repeated).toEqual([]);
  expect(await contexts.allInnerTexts()).toContain('规则变迁');
});
