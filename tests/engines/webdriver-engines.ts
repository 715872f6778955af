// WebKitGTK 2.50 (WebKitWebDriver, our PyGObject browser, under Xvfb) and WPE WebKit 2.38
// (WPEWebDriver + cog, headless) behind the EngineSession adapter. One driver process per session:
// WebKitWebDriver accepts only one session at a time.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describeTarget, drainLateReporter, findInPage, installLateReporter, targetArgs, type EngineLauncher, type EngineSession, type Scheme, type Target } from './adapter.ts';
import { isElement, WebDriverSession, type ElementRef } from './webdriver.ts';

const browserScript = fileURLToPath(new URL('./webkitgtk-browser.py', import.meta.url));
const FIND_TIMEOUT = 10_000;

class WebDriverEngineSession implements EngineSession {
  readonly engine: string;
  readonly label: string;
  private readonly wd: WebDriverSession;
  private readonly driver: ChildProcess;
  /** Lines the browser printed (WebKitGTK), or null where only a late in-page reporter is possible (WPE). */
  private readonly printed: string[] | null;

  constructor(engine: string, label: string, wd: WebDriverSession, driver: ChildProcess, printed: string[] | null) {
    this.engine = engine; this.label = label; this.wd = wd; this.driver = driver; this.printed = printed;
  }

  private async afterLoad() {
    if (this.printed === null) await this.wd.execute(`(${installLateReporter})()`);
  }

  async goto(url: string) { await this.wd.navigate(url); await this.afterLoad(); }
  async back() { await this.wd.back(); await this.afterLoad(); }
  async reload() { await this.wd.refresh(); await this.afterLoad(); }
  url() { return this.wd.currentUrl(); }

  evaluate<T>(fn: (...args: never[]) => T, ...args: unknown[]): Promise<T> {
    return this.wd.execute<T>(`return (${fn}).apply(null, arguments)`, args);
  }

  private async find(target: Target): Promise<ElementRef> {
    const deadline = Date.now() + FIND_TIMEOUT;
    for (;;) {
      const el = await this.wd.execute<unknown>(`return (${findInPage}).apply(null, arguments)`, targetArgs(target));
      if (isElement(el)) return el;
      if (Date.now() > deadline) throw new Error(`no visible ${describeTarget(target)} on ${await this.url()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async click(target: Target) {
    const el = await this.find(target);
    // WPEWebDriver reports an element below the fold as "not interactable" instead of scrolling to it,
    // so bring it to the middle first, as a reader scrolls to what they tap.
    await this.wd.execute('arguments[0].scrollIntoView({ block: "center" })', [el]);
    await this.wd.click(el);
  }

  async type(target: Target, text: string) {
    const el = await this.find(target);
    await this.wd.clear(el);
    await this.wd.sendKeys(el, text);
  }

  async screenshot(file: string) {
    // Under Xvfb the captured frame lags the DOM by a few frames: wait for two to be painted.
    await this.wd.executeAsync('const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done()));');
    writeFileSync(file, await this.wd.screenshot());
  }

  async takeErrors(): Promise<string[]> {
    if (this.printed === null) return this.wd.execute<string[]>(`return (${drainLateReporter})()`);
    // A round trip through the page lets the browser's earlier reports reach our stdout reader.
    await this.wd.execute('return 1');
    await new Promise((r) => setTimeout(r, 50));
    return this.printed.splice(0);
  }

  async close() {
    await this.wd.delete();
    this.driver.kill();
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }).on('error', reject);
  });
}

async function startDriver(binary: string, env: NodeJS.ProcessEnv): Promise<{ url: string; driver: ChildProcess; printed: string[]; log: string[] }> {
  const port = await freePort();
  const driver = spawn(binary, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const printed: string[] = [];
  const log: string[] = [];
  let rest = '';
  driver.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      const [tag, page, what] = line.split('\t');
      if (tag === 'ENGINE-ERROR') printed.push(`${what} (on ${page})`);
      else log.push(line);
    }
  });
  driver.stderr!.setEncoding('utf8').on('data', (chunk: string) => log.push(chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    try { if ((await fetch(`${url}/status`)).ok) break; } catch { /* not listening yet */ }
    if (Date.now() > deadline) { driver.kill(); throw new Error(`${binary} did not start: ${log.join('\n')}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, driver, printed, log };
}

function packageVersion(pkg: string): string {
  const out = spawnSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  return out.status === 0 ? `${pkg} ${out.stdout}` : `${pkg} 未安装`;
}

function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const x = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    x.on('error', reject);
    x.stdout!.setEncoding('utf8').once('data', (n: string) => resolve({ display: `:${n.trim()}`, process: x }));
  });
}

export function webkitgtk(width: number): EngineLauncher {
  let xvfb: Promise<{ display: string; process: ChildProcess }> | undefined;
  return {
    engine: 'webkitgtk', schemes: ['light', 'dark'], width,
    version: () => packageVersion('libwebkit2gtk-4.1-0'),
    async open(scheme: Scheme) {
      xvfb ??= startXvfb();
      const { display } = await xvfb;
      const { url, driver, printed } = await startDriver('WebKitWebDriver', { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11' });
      const wd = await WebDriverSession.create(url, {
        'webkitgtk:browserOptions': { binary: browserScript, args: scheme === 'dark' ? ['--dark-mode'] : [] },
      });
      await wd.setWindowRect(width, 740);
      return new WebDriverEngineSession('webkitgtk', `webkitgtk ${scheme} ${width}px`, wd, driver, printed);
    },
    async shutdown() { if (xvfb) (await xvfb).process.kill(); },
  };
}

/** WPE headless has a fixed 800x600 view, no window commands and no dark mode switch. */
export function wpe(): EngineLauncher {
  return {
    engine: 'wpe', schemes: ['light'], width: 800,
    version: () => packageVersion('libwpewebkit-1.1-0'),
    async open(scheme: Scheme) {
      const { url, driver } = await startDriver('WPEWebDriver', process.env);
      const wd = await WebDriverSession.create(url, {
        'wpe:browserOptions': { binary: 'cog', args: ['--platform=headless', '--automation'] },
      });
      return new WebDriverEngineSession('wpe', `wpe ${scheme} 800px`, wd, driver, null);
    },
    async shutdown() {},
  };
}
