// The background's answer to every message sent to it (lib/messaging/protocol.ts); the type makes a
// message without a handler a compile error. Tab and frame come from `sender`, never from the message.
import { cardData } from '../lib/bundle/background-data';
import { cardModel } from '../lib/cards/card-model';
import { recordFrame } from './content-ready';
import type { BackgroundHandlers, MalformedAnswers } from './messaging';
import { recordSummary, summaryOfTab } from './summary-store';

const OK = { ok: true } as const;

export const BACKGROUND_HANDLERS: BackgroundHandlers = {
  'content-ready': (message, sender) =>
    sender.tab?.id === undefined ? undefined : recordFrame(sender.tab.id, sender.frameId ?? 0, message).then(() => OK),
  'page-summary': (message, sender) =>
    sender.tab?.id === undefined ? undefined : recordSummary(sender.tab.id, sender.frameId ?? 0, message.summary).then(() => OK),
  // The first card after the worker wakes builds the card data once (a few ms); later ones reuse it.
  'card-model': (message) => cardModel(message.mention, message.context, cardData()),
  'get-summary': (message) => summaryOfTab(message.tabId),
};

/** A card request the schema turns away is still answered, so the card says why at once. */
export const MALFORMED_ANSWERS: MalformedAnswers = {
  'card-model': (fields) => ({ kind: 'failed', reason: `malformed card request (${fields})` }),
};
