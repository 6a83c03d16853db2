import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchQuietFirefox } from './quiet-firefox';

export interface FirefoxWithExtension {
  browser: Browser;
  /** browser_specific_settings.gecko.id of the installed build. */
  extensionId: string;
  /** The moz-extension:// host, fixed through the extensions.webextensions.uuids pref. */
  extensionUuid: string;
  /** Milliseconds from launch to the extension being installed. */
  launchMs: number;
  popupUrl(file?: string): string;
  newPage(): Promise<Page>;
  /** Opens a page of the extension (popup.html, options.html …) in a new tab, loaded completely. */
  openExtensionPage(file?: string): Promise<Page>;
  /** Runs `fn(arg)` in an extension page, where the `browser` WebExtension API exists. */
  inExtension<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Requests that tried to leave the machine (anything not to localhost), as "METHOD target". */
  offMachineRequests(): string[];
  close(): Promise<void>;
}

interface BidiContextLike {
  navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void>;
}

export async function launchFirefoxWithExtension(options: { extensionDir: string }): Promise<FirefoxWithExtension> {
  const extensionDir = path.resolve(options.extensionDir);
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const geckoId = manifest.browser_specific_settings?.gecko?.id;
  if (!geckoId) throw new Error(`${extensionDir}/manifest.json has no gecko id: build with "wxt build -b firefox"`);

  const extensionUuid = randomUUID();
  const started = Date.now();
  const firefox = await launchQuietFirefox({
    // BiDi refuses to navigate to moz-extension:// pages without it; the profile is throwaway.
    args: ['--remote-allow-system-access'],
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }) },
  });
  const { browser } = firefox;
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await firefox.close();
    throw error;
  }
  const launchMs = Date.now() - started;

  let extensionPage: Page | undefined;
  const popupUrl = (file = 'popup.html') => `moz-extension://${extensionUuid}/${file}`;
  const openExtensionPage = async (file = 'popup.html') => {
    const page = await browser.newPage();
    // Puppeteer's goto never sees Firefox report navigation into moz-extension:// and times out,
    // so ask BiDi directly to navigate and wait for the load.
    const context = (page.mainFrame() as unknown as { browsingContext?: BidiContextLike }).browsingContext;
    if (typeof context?.navigate !== 'function') throw new Error('puppeteer-core no longer exposes the BiDi browsing context');
    await context.navigate(popupUrl(file), 'complete');
    return page;
  };
  return {
    browser,
    extensionId: geckoId,
    extensionUuid,
    launchMs,
    popupUrl,
    newPage: () => browser.newPage(),
    openExtensionPage,
    async inExtension(fn, arg) {
      extensionPage ??= await openExtensionPage('options.html');
      return extensionPage.evaluate(fn as (a: unknown) => never, arg as never);
    },
    offMachineRequests: firefox.offMachineRequests,
    close: firefox.close,
  };
}
