import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardData } from '../lib/bundle/background-data';
import { cardModel, type CardModel } from '../lib/cards/card-model';
import { BackgroundMessage } from '../lib/messaging/messages';
import { ContentReadyMessage, forgetTab, recordFrame } from '../utils/content-ready';
import { forgetSummaries, recordSummary, summaryOfTab } from '../utils/summary-store';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own extension may talk to us; pages cannot reach runtime.onMessage anyway.
    if (sender.id !== browser.runtime.id) return;
    const ready = ContentReadyMessage.safeParse(raw);
    if (ready.success) {
      if (sender.tab?.id === undefined) return;
      return recordFrame(sender.tab.id, sender.frameId ?? 0, ready.data).then(() => ({ ok: true }));
    }
    const message = BackgroundMessage.safeParse(raw);
    if (!message.success) {
      // A card request the schema turns away is still answered, so the card says why at once.
      if ((raw as { type?: unknown } | null)?.type !== 'card-model') return;
      const fields = [...new Set(message.error.issues.map((i) => i.path.join('.') || 'message'))].join(', ');
      return Promise.resolve({ kind: 'failed', reason: `malformed card request (${fields})` } satisfies CardModel);
    }
    if (message.data.type === 'page-summary') {
      if (sender.tab?.id === undefined) return;
      return recordSummary(sender.tab.id, sender.frameId ?? 0, message.data.summary).then(() => ({ ok: true }));
    }
    if (message.data.type === 'card-model') {
      // The first card after the worker wakes builds the card data once (a few ms); later ones reuse it.
      return Promise.resolve(cardModel(message.data.mention, message.data.context, cardData()));
    }
    return summaryOfTab(message.data.tabId);
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
