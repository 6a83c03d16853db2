/**
 * What the page bench needs of a browser, so one measuring routine runs in Chromium (Playwright)
 * and Firefox (puppeteer over WebDriver BiDi) alike. Page code goes in as strings, not functions:
 * tsx compiles the bench, and a function it hands over may call helpers (such as __name) that
 * exist only in Node.
 */
export interface BenchPage {
  /** Runs a script file in the page, as a <script> element of the page would. */
  addScript(file: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page; a promise is awaited. */
  evaluate<T>(expression: string): Promise<T>;
  /** Main-thread CPU time of the page's renderer so far (Chromium's DevTools metrics), or null. */
  cpuMs(): Promise<number | null>;
  close(): Promise<void>;
}

export interface BenchBrowser {
  /** The browser's own version string, e.g. "153.7.0esr". */
  version(): Promise<string>;
  /** A new tab at url, loaded, with initScript run before the page's own scripts. */
  open(url: string, initScript: string): Promise<BenchPage>;
  close(): Promise<void>;
}

/** The calls Playwright's and puppeteer's pages both have, under the same names. */
interface ScriptablePage {
  addScriptTag(options: { path: string }): Promise<unknown>;
  evaluate(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

export function benchPage(page: ScriptablePage, cpuMs: () => Promise<number | null> = async () => null): BenchPage {
  return {
    cpuMs,
    addScript: async (file) => void (await page.addScriptTag({ path: file })),
    evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
    close: () => page.close(),
  };
}
