// Firefox ESR behind the EngineSession adapter, through puppeteer-core over WebDriver BiDi (Debian has
// no geckodriver, and Playwright's Firefox needs a BiDi command ESR lacks). Colour scheme emulation
// needs CDP, so each scheme is its own launch with Firefox's content colour-scheme pref.
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

export function firefox(width: number): EngineLauncher {
  return {
    engine: 'firefox', schemes: ['light', 'dark'], width,
    version() {
      const out = spawnSync(firefoxPath, ['--version'], { encoding: 'utf8' });
      return out.status === 0 ? out.stdout.trim() : `${firefoxPath} 未安装`;
    },
    async open(scheme: Scheme): Promise<EngineSession> {
      const browser = await puppeteer.launch({
        browser: 'firefox', executablePath: firefoxPath, headless: true,
        extraPrefsFirefox: {
          'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
          'intl.accept_languages': 'zh-CN,zh',
        },
        env: { ...process.env, TZ: 'Asia/Shanghai' },
      });
      const page = await browser.newPage();
      await page.setViewport({ width, height: 740 });
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
        engine: 'firefox', label: `firefox ${scheme} ${width}px`,
        async goto(url) { await page.goto(url, { waitUntil: 'load' }); },
        evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => never, ...args),
        async click(target) { await (await find(target)).click(); },
        async type(target, text) {
          const el = await find(target);
          await el.evaluate((e) => { (e as HTMLInputElement).value = ''; });
          await el.type(text);
        },
        async back() { await page.goBack(); },
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
