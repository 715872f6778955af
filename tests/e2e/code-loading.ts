// Code that fails or arrives late, as on a weak connection in WeChat. Astro retries a failed island
// import once, a second later, as `/_astro/<chunk>.<hash>.js?astro-retry=<time>`: a pattern that ends
// at `.js` lets that retry through, and the island then hydrates in the middle of the test, but only
// when the machine is slow enough for the test to still be running a second later. These patterns
// cover the retry, so a refused chunk stays refused and a held one arrives only when released.
import type { Page } from '@playwright/test';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every request for the chunk named `name` (its file name before the hash), retries included. */
export const chunkUrl = (name: string) => new RegExp(`/_astro/${escape(name)}\\.[\\w-]+\\.js(\\?.*)?$`);

/** Every script of the page, Astro's retries included (for a page read as without JavaScript). */
export const everyScriptUrl = /\.js(\?.*)?$/;

/** The chunk never arrives: its requests, and Astro's retry, fail. */
export async function refuseChunk(page: Page, name: string): Promise<void> {
  await page.route(chunkUrl(name), (route) => route.abort());
}

/**
 * The chunk arrives only when the test calls the returned `release`. `requested` resolves once the
 * browser has asked for it, so a test can check the page in that state without waiting for time.
 */
export async function holdChunk(page: Page, name: string): Promise<{ requested: Promise<void>; wasRequested: () => boolean; release: () => void }> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => { release = resolve; });
  let asked = false;
  let requestedNow!: () => void;
  const requested = new Promise<void>((resolve) => { requestedNow = resolve; });
  await page.route(chunkUrl(name), async (route) => { asked = true; requestedNow(); await held; await route.continue(); });
  return { requested, wasRequested: () => asked, release };
}

/** Refused until now: lets the chunk through again (for 重试). */
export const allowChunk = (page: Page, name: string) => page.unroute(chunkUrl(name));
