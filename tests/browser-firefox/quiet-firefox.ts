import puppeteer, { type Browser } from 'puppeteer-core';
import { quietFirefoxPrefs } from './quiet-firefox-prefs';
import { startRequestSink } from './request-sink';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface QuietFirefox {
  browser: Browser;
  /** Requests that tried to leave the machine (anything not to localhost), as "METHOD target". */
  offMachineRequests(): string[];
  close(): Promise<void>;
}

/**
 * Headless Debian Firefox over WebDriver BiDi with its background services off and every
 * non-localhost request sent to a local sink; no extension installed.
 */
export async function launchQuietFirefox(options: { args?: string[]; prefs?: Record<string, string | number | boolean> } = {}): Promise<QuietFirefox> {
  const sink = await startRequestSink();
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      protocol: 'webDriverBiDi',
      args: options.args ?? [],
      // Release builds ignore the remote-settings server pref unless this is set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      extraPrefsFirefox: { ...quietFirefoxPrefs(sink.port), ...options.prefs },
    });
  } catch (error) {
    await sink.close();
    throw error;
  }
  return {
    browser,
    offMachineRequests: () => [...sink.requests],
    async close() {
      await browser.close();
      await sink.close();
    },
  };
}
