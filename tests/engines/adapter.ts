// What a journey needs from a browser engine, so each journey is written once and runs in WebKitGTK,
// WPE WebKit (both over classic WebDriver) and Firefox ESR (over puppeteer's WebDriver BiDi).

/** An element on the page: the first visible match of `css` whose trimmed text matches `text`. */
export interface Target { css: string; text?: RegExp }

export interface EngineSession {
  /** e.g. "webkitgtk dark 375px", for failure messages and screenshot folders. */
  readonly label: string;
  readonly engine: string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (it must be self-contained) with JSON arguments. */
  evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T>;
  click(target: Target): Promise<void>;
  type(target: Target, text: string): Promise<void>;
  back(): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  screenshot(file: string): Promise<void>;
  /** Console errors, uncaught errors and failed loads the engine saw since the last call. */
  takeErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export type Scheme = 'light' | 'dark';

export interface EngineLauncher {
  readonly engine: string;
  /** What the engine allows: colour schemes and the viewport width. */
  readonly schemes: Scheme[];
  readonly width: number;
  /** The installed version, for the report, or why the engine is missing. */
  version(): string;
  open(scheme: Scheme): Promise<EngineSession>;
  /** Stops whatever the launcher started once (Xvfb). */
  shutdown(): Promise<void>;
}

/**
 * Runs in the page: finds a Target. Self-contained, since it is sent to the page as source. Visible
 * means it has a box; text is compared after collapsing white space.
 */
export function findInPage(css: string, source: string | null, flags: string): Element | null {
  const re = source === null ? null : new RegExp(source, flags);
  for (const el of Array.from(document.querySelectorAll(css))) {
    if (el.getClientRects().length === 0) continue;
    if (re && !re.test((el.textContent ?? '').replace(/\s+/g, ' ').trim())) continue;
    return el;
  }
  return null;
}

export const targetArgs = (t: Target): [string, string | null, string] => [t.css, t.text?.source ?? null, t.text?.flags ?? ''];
export const describeTarget = (t: Target) => (t.text ? `${t.css} with text ${t.text}` : t.css);

/**
 * Runs in the page after load where no script can be added before the page's own (WPE): reports
 * what happens from then on into a list the runner reads.
 */
export function installLateReporter(): void {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors) return;
  const errors: string[] = (w.__engineErrors = []);
  const error = console.error;
  console.error = function (...args: unknown[]) { errors.push(`console: ${args.map(String).join(' ')}`); return error.apply(this, args); };
  addEventListener('error', (e) => {
    const t = e.target as (HTMLElement & { src?: string; href?: string }) | null;
    if (t && (t as unknown) !== window && (t.src || t.href)) errors.push(`failed load: ${t.src || t.href}`);
    else errors.push(`uncaught: ${e.message} (${e.filename}:${e.lineno})`);
  }, true);
  addEventListener('unhandledrejection', (e) => errors.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`));
  addEventListener('securitypolicyviolation', (e) => errors.push(`CSP: ${e.violatedDirective} blocked ${e.blockedURI}`));
}

export function drainLateReporter(): string[] {
  const w = window as unknown as { __engineErrors?: string[] };
  return w.__engineErrors?.splice(0) ?? [];
}
