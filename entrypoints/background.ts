import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BACKGROUND_HANDLERS, MALFORMED_ANSWERS } from '../utils/background-handlers';
import { forgetTab } from '../utils/content-ready';
import { handle } from '../utils/messaging';
import { forgetSummaries } from '../utils/summary-store';

export default defineBackground(() => {
  const answer = handle(BACKGROUND_HANDLERS, MALFORMED_ANSWERS);
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own extension may talk to us; pages cannot reach runtime.onMessage anyway.
    if (sender.id !== browser.runtime.id) return;
    return answer(raw, sender);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: its content script reports afresh.
    if (change.status === 'loading') void forgetSummaries(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
    void forgetSummaries(tabId);
  });
});
