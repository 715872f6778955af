// The core reader journeys, written once against the EngineSession adapter. Each step checks what the
// reader sees, writes a screenshot, and fails on any console error, uncaught error or failed load.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineSession, Scheme, Target } from './adapter.ts';

export interface JourneyContext {
  session: EngineSession;
  journey: string;
  open(path: string): Promise<void>;
  /** Polls `fn` in the page until it returns true; on timeout fails with what it last returned. */
  waitFor(what: string, fn: (...args: never[]) => true | string, ...args: unknown[]): Promise<void>;
  click(target: Target): Promise<void>;
  type(target: Target, text: string): Promise<void>;
  /** Screenshot and error check: the end of one thing the reader did. */
  step(name: string): Promise<void>;
}

export function journeyContext(session: EngineSession, scheme: Scheme, journey: string, base: string, outDir: string,
  serverErrors: () => string[]): JourneyContext {
  const dir = join(outDir, session.engine);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const where = async () => `[${session.label} · ${journey} · ${decodeURI(await session.url().catch(() => '?'))}]`;
  return {
    session, journey,
    async open(path) { await session.goto(base + path); },
    async waitFor(what, fn, ...args) {
      const deadline = Date.now() + 10_000;
      let seen: true | string = '';
      for (;;) {
        // A page navigating away (a result opening) can drop the script mid-run: look again.
        try { seen = await session.evaluate(fn, ...args); } catch (e) { seen = `(page changing: ${(e as Error).message.split('\n')[0]})`; }
        if (seen === true) return;
        if (Date.now() > deadline) throw new Error(`${await where()} waited for ${what}; saw: ${seen}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async click(target) {
      try { await session.click(target); } catch (e) { throw new Error(`${await where()} click: ${(e as Error).message}`); }
    },
    async type(target, text) {
      try { await session.type(target, text); } catch (e) { throw new Error(`${await where()} type: ${(e as Error).message}`); }
    },
    async step(name) {
      await session.screenshot(join(dir, `${scheme}-${journey}-${++n}-${name}.png`));
      const errors = [...await session.takeErrors(), ...serverErrors()];
      if (errors.length) throw new Error(`${await where()} step "${name}": ${errors.join('\n  ')}`);
    },
  };
}

// In-page checks: self-contained, return true or what was seen instead.
const textOf = (css: string, pattern: string): true | string => {
  const el = Array.from(document.querySelectorAll(css)).find((e) => e.getClientRects().length > 0);
  const text = el?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no visible ${css})`;
  return new RegExp(pattern).test(text) || text.slice(0, 200);
};
const headingInView = (id: string): true | string => {
  const h = document.getElementById(id);
  if (!h) return `no #${id}`;
  const top = h.getBoundingClientRect().top;
  if (decodeURIComponent(location.hash) !== `#${id}`) return `hash ${decodeURIComponent(location.hash)}`;
  // Clear of the sticky header and 本页内容 bar, not hidden under them.
  const covers = Array.from(document.querySelectorAll('.site-header, details.toc-mobile'))
    .filter((e) => e.getClientRects().length > 0).map((e) => e.getBoundingClientRect().bottom);
  const clear = Math.max(0, ...covers);
  const padding = getComputedStyle(document.documentElement).scrollPaddingTop;
  return (top >= clear - 1 && top < innerHeight / 2) || `#${id} at y=${Math.round(top)}, under sticky bars ending at y=${Math.round(clear)} (html scroll-padding-top ${padding})`;
};
/** The text of the .calc-result in the same calculator as the input `css`. */
const resultNear = (css: string, pattern: string): true | string => {
  const result = document.querySelector(css)?.closest('[role="group"]')?.querySelector('.calc-result');
  const text = result?.textContent?.replace(/\s+/g, ' ').trim() ?? `(no result near ${css})`;
  return text.includes(pattern) || text.slice(0, 200);
};
const hydrated = (): true | string => document.querySelector('astro-island[ssr]') === null || 'an island not hydrated yet';

export type Journey = { name: string; run(c: JourneyContext): Promise<void> };

export const journeys: Journey[] = [
  {
    name: 'guide',
    async run(c) {
      await c.open('/guide/registration/');
      await c.waitFor('the chapter title', textOf, 'h1', '注册');
      await c.step('chapter');
      // On a phone the outline sits in the 本页内容 bar; wider, in the 本页目录 sidebar.
      const phone = await c.session.evaluate(() => (document.querySelector('details.toc-mobile')?.getClientRects().length ?? 0) > 0);
      if (phone) {
        await c.click({ css: 'details.toc-mobile summary' });
        await c.click({ css: 'details.toc-mobile a', text: /^填写管理员信息$/ });
      } else {
        await c.click({ css: 'aside.toc a', text: /^填写管理员信息$/ });
      }
      await c.waitFor('the heading at the top', headingInView, '填写管理员信息');
      await c.step('toc-link');
    },
  },
  {
    name: 'search',
    async run(c) {
      await c.open('/guide/registration/');
      await c.click({ css: 'button[data-search-open]:not([disabled])' });
      await c.type({ css: '[role="combobox"]' }, '体验者');
      await c.waitFor('results', textOf, '[role="option"]', '体验者');
      await c.step('results');
      await c.click({ css: '[role="option"]', text: /体验者/ });
      await c.waitFor('the result opened', () => (!document.querySelector('dialog[open]') && location.hash.length > 1) || `${location.pathname}${location.hash}`);
      await c.step('opened');
    },
  },
  {
    name: 'wizard',
    async run(c) {
      await c.open('/tools/eligibility/');
      await c.waitFor('the wizard', hydrated);
      // The 个人 path, chosen by label: whatever questions come, the first answer that fits is taken.
      const prefer = [/^个人/, /^是，已年满/, /^有$/, /^是$/, /^符合/, /^不需要$/];
      for (let i = 0; i < 12; i++) {
        const heading = await c.session.evaluate(() => document.querySelector('#wz-heading')?.textContent?.trim() ?? '');
        if (heading.startsWith('可以注册')) break;
        const options = await c.session.evaluate(() => Array.from(document.querySelectorAll('.wz-options a')).map((a) => (a.textContent ?? '').replace(/\s+/g, ' ').trim()));
        const choice = prefer.find((p) => options.some((o) => p.test(o)));
        if (!choice) throw new Error(`[${c.session.label} · wizard] no known answer to "${heading}" among ${options.join(' | ')}`);
        await c.click({ css: '.wz-options a', text: choice });
        await c.waitFor('the next step', (before: string) => document.querySelector('#wz-heading')?.textContent?.trim() !== before || `still ${before}`, heading);
      }
      await c.waitFor('the outcome', textOf, '#wz-heading', '^可以注册小程序（个人主体）');
      await c.step('outcome');
      await c.session.back();
      await c.waitFor('the last question again', textOf, '#wz-heading', '[？?]$');
      await c.step('back');
      await c.click({ css: '.wz-options a', text: /^需要$/ });
      await c.waitFor('the outcome after the changed answer', textOf, '#wz-heading', '^可以注册小程序（个人主体）');
      await c.waitFor('the changed answer in the address', () => /unionid-yes\/$|payment-yes\//.test(location.pathname) || location.pathname);
      await c.step('changed');
    },
  },
  {
    name: 'checklist',
    async run(c) {
      await c.open('/tools/checklist/personal/');
      await c.session.evaluate(() => localStorage.removeItem('mp-guide.checklist'));
      await c.session.reload();
      await c.waitFor('the checklist', () => document.querySelector('.checklist[data-ready]') !== null || 'not ready');
      await c.click({ css: '[data-step="fill-email"] input[type="checkbox"]:not([disabled])' });
      await c.waitFor('the step marked 已完成', textOf, '[data-step="fill-email"] .status-tag', '^已完成$');
      await c.step('ticked');
      await c.session.reload();
      await c.waitFor('the checklist', () => document.querySelector('.checklist[data-ready]') !== null || 'not ready');
      await c.waitFor('the tick kept', () => (document.querySelector('[data-step="fill-email"] input[type="checkbox"]') as HTMLInputElement | null)?.checked === true || 'unticked');
      await c.waitFor('the step still 已完成', textOf, '[data-step="fill-email"] .status-tag', '^已完成$');
      await c.step('reloaded');
    },
  },
  {
    name: 'calculator',
    async run(c) {
      await c.open('/tools/quotas/');
      await c.waitFor('the calculators', hydrated);
      await c.type({ css: '#members-developers:not([disabled])' }, '５');
      await c.waitFor('the result for 5 developers', textOf, '.calc-result', '开发者：已绑定 5 个，还可绑定 \\d+ 个');
      await c.session.evaluate(() => document.querySelector('.calc-result')?.scrollIntoView({ block: 'center' }));
      await c.step('full-width-digit');
      // The remittance deadline: dates and their Chinese formatting in the engine's own Date and Intl.
      await c.open('/tools/quotas/?submitted=2024-02-29');
      await c.waitFor('the calculators', hydrated);
      const deadline = '#deadline-submitted';
      await c.waitFor('the safe day from the shared link', resultNear, deadline, '最稳妥：2024年3月9日及以前汇款');
      // A date picker sets the value and fires input and change; native pickers cannot be driven.
      await c.session.evaluate((css: string) => {
        const input = document.querySelector(css) as HTMLInputElement;
        input.value = '2024-03-01';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }, deadline);
      await c.waitFor('the safe day for the picked date', resultNear, deadline, '最稳妥：2024年3月10日及以前汇款');
      await c.session.evaluate((css: string) => document.querySelector(css)?.closest('[role="group"]')?.scrollIntoView({ block: 'start' }), deadline);
      await c.step('deadline-date');
    },
  },
  {
    name: 'category',
    async run(c) {
      await c.open(`/tools/categories/?c=${encodeURIComponent('商业服务>法律服务>法律咨询')}`);
      await c.waitFor('the chosen category', textOf, '[data-current-path]', '^商业服务 › 法律服务 › 法律咨询$');
      await c.waitFor('it selected in the tree', textOf, '.tree a[aria-current="true"]', '^法律咨询$');
      await c.step('deep-link');
    },
  },
];
