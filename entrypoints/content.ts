import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentReadyMessage } from '../utils/content-ready';
import { loadSettings } from '../utils/settings-store';

export default defineContentScript({
  matches: ['<all_urls>'],
  // Articles often sit in iframes, including about:blank/srcdoc ones written by the host page.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  async main() {
    const { settings, problem } = await loadSettings();
    const ready: ContentReadyMessage = {
      type: 'content-ready',
      url: location.href,
      enabled: settings.enabled && !settings.disabledSites.includes(location.hostname),
      ...(problem ? { settingsProblem: problem } : {}),
    };
    // Detection is not wired in yet; reporting readiness is the only visible effect (for the badge, and tests).
    await browser.runtime.sendMessage(ready).catch(() => {
      // The background may be restarting after an update; the next page load reports again.
    });
  },
});
