// The content script's sender: typed by lib/messaging/protocol.ts but zod-free (types only), so it
// stays out of the page bundle's budget. Replies are read with lib/messaging/guards.ts.
import { browser } from 'wxt/browser';
import type { MessagesFrom, RequestData } from '../lib/messaging/protocol';

export function sendToBackground<N extends MessagesFrom<'content'>>(name: N, data: RequestData<N>): Promise<unknown> {
  return browser.runtime.sendMessage({ type: name, ...data });
}
