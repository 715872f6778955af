// A small classic W3C WebDriver client over fetch: the few commands the engine journeys need, for
// WebKitWebDriver and WPEWebDriver (neither speaks BiDi, and no npm client is needed for this much).
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export interface ElementRef { [ELEMENT]: string }

export class WebDriverSession {
  private readonly base: string;
  private constructor(base: string) { this.base = base; }

  static async create(driverUrl: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    const value = await command<{ sessionId: string }>('POST', `${driverUrl}/session`, { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(`${driverUrl}/session/${value.sessionId}`);
  }

  private send<T>(method: string, path: string, body?: unknown): Promise<T> {
    return command<T>(method, this.base + path, body);
  }

  navigate(url: string) { return this.send<null>('POST', '/url', { url }); }
  currentUrl() { return this.send<string>('GET', '/url'); }
  back() { return this.send<null>('POST', '/back', {}); }
  refresh() { return this.send<null>('POST', '/refresh', {}); }
  setWindowRect(width: number, height: number) { return this.send<unknown>('POST', '/window/rect', { width, height }); }
  execute<T>(script: string, args: unknown[] = []) { return this.send<T>('POST', '/execute/sync', { script, args }); }
  executeAsync<T>(script: string, args: unknown[] = []) { return this.send<T>('POST', '/execute/async', { script, args }); }
  click(el: ElementRef) { return this.send<null>('POST', `/element/${el[ELEMENT]}/click`, {}); }
  sendKeys(el: ElementRef, text: string) { return this.send<null>('POST', `/element/${el[ELEMENT]}/value`, { text }); }
  clear(el: ElementRef) { return this.send<null>('POST', `/element/${el[ELEMENT]}/clear`, {}); }
  async screenshot(): Promise<Buffer> { return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64'); }
  async delete() { await this.send<null>('DELETE', '', undefined).catch(() => undefined); }
}

export const isElement = (value: unknown): value is ElementRef => typeof value === 'object' && value !== null && ELEMENT in value;

async function command<T>(method: string, url: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const json = await response.json() as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${new URL(url).pathname}: ${json.value?.error} ${json.value?.message ?? ''}`.trim());
  return json.value;
}
