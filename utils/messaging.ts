// Sending and answering protocol messages (lib/messaging/protocol.ts) from the extension's own pages
// and the background, where zod is allowed: requests are validated where they arrive (a content
// script from an older build may still be running in a tab) and replies where they come back.
// Hand-written rather than @webext-core/messaging: that library checks types only, not values.
import { browser, type Browser } from 'wxt/browser';
import { PROTOCOL, isMessageName, type MessagesTo, type Reply, type Request, type RequestData } from '../lib/messaging/protocol';

type Sender = Browser.runtime.MessageSender;
type Answer<N extends MessagesTo<'background'>> = Reply<N> | Promise<Reply<N>> | undefined;

export type BackgroundHandlers = { [N in MessagesTo<'background'>]: (data: Request<N>, sender: Sender) => Answer<N> };
/** Answers for a request whose name is known but whose fields the schema turns away. */
export type MalformedAnswers = { [N in MessagesTo<'background'>]?: (fields: string) => Reply<N> };

/** Sends to the background; null when nothing answered or the reply does not fit the protocol. */
export async function send<N extends MessagesTo<'background'>>(name: N, data: RequestData<N>): Promise<Reply<N> | null> {
  const raw: unknown = await browser.runtime.sendMessage({ type: name, ...data }).catch(() => null);
  const parsed = PROTOCOL[name].reply.safeParse(raw);
  return parsed.success ? (parsed.data as Reply<N>) : null;
}

/** Sends to one frame's content script; null as for send(). */
export async function sendToFrame<N extends MessagesTo<'content'>>(
  tabId: number,
  frameId: number,
  name: N,
  data: RequestData<N>,
): Promise<Reply<N> | null> {
  const raw: unknown = await browser.tabs.sendMessage(tabId, { type: name, ...data }, { frameId }).catch(() => null);
  const parsed = PROTOCOL[name].reply.safeParse(raw);
  return parsed.success ? (parsed.data as Reply<N>) : null;
}

/**
 * A runtime.onMessage listener that validates each request against its schema and calls its
 * handler. Unknown names are left to other listeners (undefined); a known name with bad fields gets
 * the `malformed` answer if one is given, so its sender learns why at once instead of timing out.
 */
export function handle(handlers: BackgroundHandlers, malformed: MalformedAnswers = {}) {
  return (raw: unknown, sender: Sender): Promise<unknown> | undefined => {
    const name = (raw as { type?: unknown } | null)?.type;
    if (!isMessageName(name) || !(name in handlers)) return undefined;
    const key = name as MessagesTo<'background'>;
    const parsed = PROTOCOL[key].request.safeParse(raw);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || 'message'))].join(', ');
      const answer = malformed[key]?.(fields);
      return answer === undefined ? undefined : Promise.resolve(answer);
    }
    const answer = (handlers[key] as (data: unknown, sender: Sender) => unknown)(parsed.data, sender);
    return answer === undefined ? undefined : Promise.resolve(answer);
  };
}
