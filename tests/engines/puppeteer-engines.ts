// Firefox ESR and Chromium behind the EngineSession adapter, through puppeteer-core: Firefox over
// WebDriver BiDi (Debian has no geckodriver, and Playwright's Firefox needs a BiDi command ESR lacks),
// Debian's Chromium over CDP, so the same journeys also run in the engine the Playwright suite uses.
// Firefox's colour scheme emulation needs CDP, so each scheme is its own launch with its content
// colour-scheme pref; Chromium emulates it.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { describeTarget, findInPage, targetArgs, type EngineLauncher, type EngineSession, type Scheme, type Target } from './adapter.ts';

export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

function watch(page: Page, errors: string[]) {
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()} (on ${page.url()})`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)} (on ${page.url()})`));
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()} (on ${page.url()})`); });
  // A load the browser cancels because the page moved on is not a failure of the site.
  page.on('requestfailed', (r) => { if (!/ABORT/i.test(r.failure()?.errorText ?? '')) errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`); });
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const launch = (engine: 'firefox' | 'chromium', scheme: Scheme) => engine === 'firefox'
  ? puppeteer.launch({
    browser: 'firefox', executablePath: firefoxPath, headless: true,
    extraPrefsFirefox: {
      'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      'intl.accept_languages': 'zh-CN,zh',
    },
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  })
  : puppeteer.launch({
    browser: 'chrome', executablePath: chromiumPath, headless: true,
    // As the Playwright suite runs it (Playwright passes --no-sandbox too; CI runs as root).
    args: ['--no-sandbox', '--lang=zh-CN', '--no-first-run', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    env: { ...process.env, TZ: 'Asia/Shanghai' },
  });

export function puppeteerEngine(engine: 'firefox' | 'chromium', width: number): EngineLauncher {
  const path = engine === 'firefox' ? firefoxPath : chromiumPath;
  return {
    engine, schemes: ['light', 'dark'], width,
    version() {
      const out = spawnSync(path, ['--version'], { encoding: 'utf8' });
      return out.status === 0 ? out.stdout.trim() : `${path} 未安装`;
    },
    async open(scheme: Scheme): Promise<EngineSession> {
      const browser = await launch(engine, scheme);
      const page = await browser.newPage();
      await page.setViewport({ width, height: 740 });
      if (engine === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const errors: string[] = [];
      watch(page, errors);
      const find = async (target: Target): Promise<ElementHandle<Element>> => {
        try {
          const handle = await page.waitForFunction(findInPage, { timeout: 10_000, polling: 100 }, ...targetArgs(target));
          return handle as ElementHandle<Element>;
        } catch {
          throw new Error(`no visible ${describeTarget(target)} on ${page.url()}`);
        }
      };
      return {
        engine, label: `${engine} ${scheme} ${width}px`,
        async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
        evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => never, ...args),
        async click(target) { await (await find(target)).click(); },
        async type(target, text) {
          const el = await find(target);
          await el.evaluate((e) => { (e as HTMLInputElement).value = ''; });
          await el.type(text);
        },
        // Firefox (WebDriver BiDi) waits in goBack for a load event that a page restored from the
        // back/forward cache never fires; the journeys wait for the state they expect instead.
        async back() { await page.evaluate(() => history.back()); },
        async reload() { await page.reload({ waitUntil: 'load' }); },
        async url() { return page.url(); },
        async screenshot(file) { writeFileSync(file, await page.screenshot()); },
        async takeErrors() { return errors.splice(0); },
        async close() { await browser.close(); },
      };
    },
    async shutdown() {},
  };
}
