import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ContentReadyMessage, forgetTab, recordFrame } from '../utils/content-ready';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = ContentReadyMessage.safeParse(raw);
    // Only our own content scripts may write records; pages cannot reach runtime.onMessage anyway.
    if (!message.success || sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    return recordFrame(sender.tab.id, sender.frameId ?? 0, message.data).then(() => ({ ok: true }));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
