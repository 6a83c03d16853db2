import { launchWithExtension } from '../../tests/browser/harness';
import { benchPage, type BenchBrowser } from './bench-browser';

/** Headless Debian Chromium through Playwright, without the extension: the bench injects the lens. */
export async function launchChromiumBench(): Promise<BenchBrowser> {
  const browser = await launchWithExtension({ extensionDir: null });
  return {
    // A persistent context has no Browser object to ask; the DevTools protocol knows the build,
    // which the user agent string hides behind "156.0.0.0".
    async version() {
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const { product } = await (await browser.context.newCDPSession(page)).send('Browser.getVersion');
      return product.replace(/^\D+\//, '');
    },
    async open(url, initScript) {
      const page = await browser.context.newPage();
      await page.addInitScript(initScript);
      await page.goto(url, { waitUntil: 'load' });
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      return benchPage(page, async () => {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const task = metrics.find((m) => m.name === 'TaskDuration');
        return task ? task.value * 1000 : null;
      });
    },
    close: () => browser.close(),
  };
}
