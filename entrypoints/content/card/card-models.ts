import { cardContextData, cardMentionData, type CardContext, type CardMention } from '../../../lib/cards/card-context';
import type { CardModel } from '../../../lib/cards/card-model';
import { asCardModel } from '../../../lib/cards/card-reply';
import { cardText } from '../../../lib/i18n/card-strings';
import type { CardModelMessage } from '../../../lib/messaging/messages';

/** A sleeping service worker wakes in well under a second; past this the card stops waiting. */
export const ANSWER_TIMEOUT_MS = 3000;

export type SendCardRequest = (message: CardModelMessage) => Promise<unknown>;

/**
 * Card models from the background, asked for once per (mention, context) and kept for the page's
 * lifetime, so hovering a word again draws its card at once. A failure is not kept: the next hover
 * asks again. A reply that comes after the card gave up waiting is still kept for that next hover.
 */
export class CardModels {
  private readonly ready = new Map<string, CardModel>();
  private readonly asking = new Map<string, Promise<CardModel>>();

  constructor(
    private readonly send: SendCardRequest,
    private readonly timeoutMs = ANSWER_TIMEOUT_MS,
  ) {}

  cached(mention: CardMention, context: CardContext): CardModel | undefined {
    return this.ready.get(keyOf(messageFor(mention, context)));
  }

  /** Never rejects: no answer, an unreachable background or garbage come back as a 'failed' model. */
  request(mention: CardMention, context: CardContext): Promise<CardModel> {
    const message = messageFor(mention, context);
    const key = keyOf(message);
    const done = this.ready.get(key);
    if (done) return Promise.resolve(done);
    let asking = this.asking.get(key);
    if (!asking) {
      asking = this.ask(key, message).finally(() => this.asking.delete(key));
      this.asking.set(key, asking);
    }
    return asking;
  }

  private ask(key: string, message: CardModelMessage): Promise<CardModel> {
    const lang = message.context.language;
    const failed = (reason: string): CardModel => ({ kind: 'failed', reason });
    const answer = Promise.resolve()
      .then(() => this.send(message))
      .then(
        (raw) => {
          const model = asCardModel(raw);
          if (!model) return failed(cardText(lang, 'failed.badAnswer'));
          if (model.kind !== 'failed') this.ready.set(key, model);
          return model;
        },
        (error: unknown) => failed(cardText(lang, 'failed.unreachable', { error: error instanceof Error ? error.message : String(error) })),
      );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<CardModel>((resolve) => {
      timer = setTimeout(() => resolve(failed(cardText(lang, 'failed.noAnswer', { seconds: this.timeoutMs / 1000 }))), this.timeoutMs);
    });
    return Promise.race([answer, timeout]).finally(() => clearTimeout(timer));
  }
}

function messageFor(mention: CardMention, context: CardContext): CardModelMessage {
  // The schema's types are mutable arrays; the data is the same.
  return { type: 'card-model', mention: cardMentionData(mention), context: cardContextData(context) } as CardModelMessage;
}

const keyOf = (message: CardModelMessage) => JSON.stringify([message.mention, message.context]);
