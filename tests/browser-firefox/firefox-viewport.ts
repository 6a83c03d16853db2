import type { Page } from 'puppeteer-core';

/**
 * page.setViewport for Debian's Firefox ESR. puppeteer sends a screen-orientation override beside
 * the viewport, and ESR 140 does not know that command: its error is let through, and the view is
 * waited for instead (the viewport command itself is applied a moment later).
 */
export async function setView(page: Page, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height }).catch((error: unknown) => {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  });
  await waitInPage(page, `innerWidth === ${width} && innerHeight === ${height}`, 5000);
}

/**
 * Waits until `expression` is true in the page, asked from here every 50 ms. puppeteer's
 * waitForFunction builds a Function in the page, which the CSP of extension pages (the popup,
 * the options) blocks in Firefox ESR 140.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 50))) {
    if (await page.evaluate(expression)) return;
  }
  throw new Error(`not true after ${timeoutMs} ms: ${expression}`);
}
