// Every message the extension sends, in one map: its name (the `type` field), who sends it to whom,
// the request's schema and the reply's. utils/messaging.ts sends and handles by this map; the content
// script, which must stay zod-free, checks what it receives with lib/messaging/guards.ts, typed
// against the same map (tests/unit/protocol.test.ts holds the guards to these schemas).
import * as z from 'zod/mini';
import type { CardModel } from '../cards/card-model';
import { asCardModel } from '../cards/card-reply';
import {
  CardModelMessage,
  ContentReadyMessage,
  GetSummaryMessage,
  GetSummaryReply,
  JumpToMessage,
  JumpToReply,
  OkReply,
  PageSummaryMessage,
} from './messages';

export type Party = 'content' | 'background' | 'popup';

interface Entry {
  from: Party;
  to: Party;
  request: z.ZodMiniType<{ type: string }>;
  reply: z.ZodMiniType;
}

/** The card model is read by hand on the page (card-reply.ts); the schema defers to that guard. */
const CardModelReply = z.custom<CardModel>((v) => asCardModel(v) !== undefined);

export const PROTOCOL = {
  'content-ready': { from: 'content', to: 'background', request: ContentReadyMessage, reply: OkReply },
  'page-summary': { from: 'content', to: 'background', request: PageSummaryMessage, reply: OkReply },
  'card-model': { from: 'content', to: 'background', request: CardModelMessage, reply: CardModelReply },
  'get-summary': { from: 'popup', to: 'background', request: GetSummaryMessage, reply: GetSummaryReply },
  'jump-to': { from: 'popup', to: 'content', request: JumpToMessage, reply: JumpToReply },
} as const satisfies Record<string, Entry>;

type Protocol = typeof PROTOCOL;
export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = z.infer<Protocol[N]['request']>;
export type Reply<N extends MessageName> = z.infer<Protocol[N]['reply']>;
/** A request without its `type`: what a sender passes next to the name. */
export type RequestData<N extends MessageName> = Omit<Request<N>, 'type'>;
export type MessagesTo<P extends Party> = { [N in MessageName]: Protocol[N]['to'] extends P ? N : never }[MessageName];
export type MessagesFrom<P extends Party> = { [N in MessageName]: Protocol[N]['from'] extends P ? N : never }[MessageName];

export const isMessageName = (name: unknown): name is MessageName => typeof name === 'string' && Object.hasOwn(PROTOCOL, name);
