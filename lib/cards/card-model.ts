// What a hover card shows, computed apart from drawing it: the background computes it for the
// content script (so the rules, regions and holiday calendar stay out of every page), the popup and
// the tests call it directly. Every result is plain JSON, as extension messages require.
import type { CardContext, CardMention } from './card-context';
import type { CardData } from '../bundle/background-data';
import { chinaToday } from '../calendar/china-today';
import { claimCardModel, type ClaimCardModel } from './claim-card-model';
import { pageCaseNear } from '../rules/page-case';
import { placeCardModel, type PlaceCardModel } from './place-card-model';
import { topicCardModel, type TopicCardModel } from './topic-card-model';

export type CardModel =
  | { kind: 'place'; model: PlaceCardModel }
  /** place: the name of the page's subject, whose local rules the topic card lists. */
  | { kind: 'topic'; model: TopicCardModel; place?: string }
  | { kind: 'claim'; model: ClaimCardModel }
  /** The data has no such region, topic or claim (e.g. a page scanned by an older build). */
  | { kind: 'unknown'; what: CardMention['kind']; id: string }
  /** The card could not be built (an impossible date, broken data, no answer); reason says why. */
  | { kind: 'failed'; reason: string };

/** Never throws: a card that cannot be built says so instead of breaking the page's card. */
export function cardModel(mention: CardMention, context: CardContext, data: CardData): CardModel {
  try {
    return compute(mention, context, data);
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

function compute(mention: CardMention, context: CardContext, data: CardData): CardModel {
  const unknown = { kind: 'unknown', what: mention.kind, id: mention.id } as const;
  if (mention.kind === 'place') {
    const code = mention.region?.code ?? mention.id;
    const today = context.today ?? chinaToday();
    const pageCase = pageCaseNear(mention.sentenceTopics, mention.topics);
    const model = placeCardModel({ code, context: { ...context, today, pageCase }, ...data });
    return model ? { kind: 'place', model } : { ...unknown, id: code };
  }
  if (mention.kind === 'topic') {
    const model = topicCardModel({ topicId: mention.id, context, ...data });
    const place = context.subject ? data.lookup.byCode(context.subject)?.name : undefined;
    return model ? { kind: 'topic', model, ...(place ? { place } : {}) } : unknown;
  }
  const model = claimCardModel({ claimId: mention.id, pageText: mention.text ?? mention.name, context, ...data });
  return model ? { kind: 'claim', model } : unknown;
}
