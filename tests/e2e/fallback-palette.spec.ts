// The palette in a WebView without light-dark() (WeChat on iOS before 17.5): the key pages, their calls
// to action and the search highlight stay readable in light and dark, whether dark comes from the
// system or from choosing 深色 in 配色, and choosing a scheme really changes the page.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAxeClean } from './axe.ts';
import { remitPage, setStatus } from './checklist-pages.ts';

// axe over the long category table, after a page to choose the scheme on, on a shared two-core machine: allow for it.
test.describe.configure({ timeout: 90_000 });

const lightBg = 'rgb(255, 255, 255)';
const darkBg = 'rgb(22, 24, 29)';

/**
 * Serves every page and stylesheet as an engine without light-dark() reads it. Chromium has no switch
 * for that, so the CSS text is rewritten: an unknown function makes its declaration invalid when parsed,
 * and an earlier declaration of the same property applies instead, exactly as in an old WebView. The
 * rewritten inline <style> no longer matches its hash in the CSP (the meta tag and the header from
 * dist/_headers), so both are dropped here; tests/dist checks the real policy.
 */
async function withoutLightDark(page: Page) {
  await page.route('**/*', async (route) => {
    const type = route.request().resourceType();
    if (type !== 'document' && type !== 'stylesheet') return route.continue();
    const response = await route.fetch();
    const headers = response.headers();
    for (const name of ['content-security-policy', 'content-encoding', 'content-length']) delete headers[name];
    let body = (await response.text()).replaceAll('light-dark(', 'light-dark-unsupported(');
    if (type === 'document') body = body.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
    await route.fulfill({ status: response.status(), headers, body });
  });
}

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** WCAG contrast ratio of an element's text against the first opaque background behind it. */
function contrastOf(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const channels = (colour: string) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let background = [255, 255, 255];
    for (let e: Element | null = element; e; e = e.parentElement) {
      const c = channels(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || c[3] === 1) { background = c; break; }
    }
    const [a, b] = [luminance(channels(getComputedStyle(element).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  });
}

async function expectNoContrastViolations(page: Page) {
  await expectAxeClean(page, { rules: ['color-contrast'] });
}

const themes = [
  { name: 'light system', colorScheme: 'light', choose: undefined, bg: lightBg },
  { name: 'dark system', colorScheme: 'dark', choose: undefined, bg: darkBg },
  { name: '深色 chosen on a light system', colorScheme: 'light', choose: 'dark', bg: darkBg },
  { name: '浅色 chosen on a dark system', colorScheme: 'dark', choose: 'light', bg: lightBg },
] as const;

interface Scene {
  name: string;
  path: string;
  /** Brings the page to the state to check; returns the call to action that must be readable. */
  prepare?: (page: Page) => Promise<Locator | undefined>;
}

const scenes: Scene[] = [
  { name: 'home', path: '/', prepare: async (page) => page.getByRole('link', { name: '从注册开始' }) },
  { name: 'registration chapter', path: '/guide/registration/', prepare: async (page) => page.getByRole('link', { name: '开始自查' }) },
  { name: 'eligibility', path: '/tools/eligibility/' },
  {
    name: 'eligibility outcome',
    path: '/tools/eligibility/subject-enterprise/email-yes/path-certification/payment-no/unionid-no/',
    prepare: async (page) => page.getByRole('link', { name: '打开为你预填的注册清单' }),
  },
  {
    name: 'checklist asking to clear',
    path: remitPage,
    prepare: async (page) => {
      await expect(page.locator('.checklist[data-ready]')).toHaveCount(1);
      await setStatus(page, 'activate-email', 'done');
      await page.getByRole('button', { name: '清空进度' }).click();
      return page.getByRole('button', { name: '确定清空' });
    },
  },
  { name: 'quotas', path: '/tools/quotas/' },
  { name: 'categories', path: '/tools/categories/enterprise/', prepare: async (page) => page.getByRole('link', { name: '企业等非个人' }) },
  {
    name: 'search with a highlighted result',
    path: '/guide/registration/',
    prepare: async (page) => {
      await page.getByRole('button', { name: /^搜索/ }).click();
      await page.getByRole('combobox', { name: '搜索指南、规则、类目和工具' }).fill('获取AppID');
      const mark = page.getByRole('dialog', { name: '搜索全站' }).getByRole('option').first().locator('mark').first();
      await expect(mark).toHaveText('获取AppID');
      // The browser's own <mark> yellow is what showed when the highlight's colour was dropped.
      expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgb(255, 255, 0)');
      return mark;
    },
  },
];

for (const theme of themes) {
  for (const scene of scenes) {
    test(`without light-dark(), ${theme.name}: ${scene.name} at 375px is readable`, async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.emulateMedia({ colorScheme: theme.colorScheme });
      await withoutLightDark(page);
      if (theme.choose) {
        await page.goto('/');
        const system = await bodyBackground(page);
        await page.getByRole('combobox', { name: '配色' }).selectOption(theme.choose);
        await expect.poll(() => bodyBackground(page), 'choosing a scheme changes the page').toBe(theme.bg);
        expect(system, 'before the choice, the system scheme applies').not.toBe(theme.bg);
      }
      await page.goto(scene.path);
      // The choice is remembered on the next page too.
      expect(await bodyBackground(page)).toBe(theme.bg);
      const action = await scene.prepare?.(page);
      if (action) {
        await expect(action).toBeVisible();
        expect(await contrastOf(action), 'the call to action is readable').toBeGreaterThanOrEqual(4.5);
      }
      await expectNoContrastViolations(page);
    });
  }
}
