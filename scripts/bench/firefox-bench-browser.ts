import { launchQuietFirefox } from '../../tests/browser-firefox/quiet-firefox';
import { benchPage, type BenchBrowser } from './bench-browser';

/** Headless Debian Firefox through puppeteer over WebDriver BiDi, kept off the network, no extension. */
export async function launchFirefoxBench(): Promise<BenchBrowser> {
  const firefox = await launchQuietFirefox({
    // Against timing attacks Firefox rounds performance.now() to 1 ms with jitter; the lens sums
    // slices of a few ms each, so the bench needs a clock as fine as the one Chromium gives pages.
    prefs: { 'privacy.reduceTimerPrecision': false },
  });
  return {
    version: async () => (await firefox.browser.version()).replace(/^\D+\//, ''),
    async open(url, initScript) {
      const page = await firefox.browser.newPage();
      await page.evaluateOnNewDocument(initScript);
      await page.goto(url, { waitUntil: 'load' });
      return benchPage(page);
    },
    close: () => firefox.close(),
  };
}
