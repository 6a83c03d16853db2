// What the content script receives, checked by hand: zod's runtime would add several KB gzipped to
// every frame of every page. Typed against lib/messaging/protocol.ts (type-only imports vanish at
// build time), and tests/unit/protocol.test.ts holds each guard to that message's schema.
import { asCardModel } from '../cards/card-reply';
import type { MessagesTo, Reply, Request } from './protocol';

const KINDS = new Set<unknown>(['place', 'topic', 'claim']);

/** popup → content: protocol 'jump-to'. */
export function isJumpTo(raw: unknown): raw is Request<'jump-to'> {
  const m = raw as Partial<Request<'jump-to'>> | null;
  return typeof m === 'object' && m !== null && m.type === 'jump-to' && typeof m.id === 'string' && KINDS.has(m.kind);
}

/** A guard for every message sent to the content script. */
export const CONTENT_GUARDS: { [N in MessagesTo<'content'>]: (raw: unknown) => raw is Request<N> } = {
  'jump-to': isJumpTo,
};

/** Readers for the replies the content script uses (the others it only awaits): undefined = not that reply. */
export const CONTENT_REPLY_READERS: { 'card-model': (raw: unknown) => Reply<'card-model'> | undefined } = {
  'card-model': asCardModel,
};
