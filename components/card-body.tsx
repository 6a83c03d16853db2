import { cardData, type CardData } from '../lib/card-data';
import type { CardContext, CardMention } from '../lib/card-context';
import { chinaToday } from '../lib/china-today';
import { claimCardModel } from '../lib/claim-card-model';
import { ct } from '../lib/card-strings';
import { pageCaseNear } from '../lib/page-case';
import { placeCardModel } from '../lib/place-card-model';
import { topicCardModel } from '../lib/topic-card-model';
import { ClaimCard } from './claim-card';
import { PlaceCard } from './place-card';
import { TopicCard } from './topic-card';

export type { CardContext, CardMention };
export type CardMentionKind = CardMention['kind'];

const KIND_LABEL: Record<CardMentionKind, { 'zh-CN': string; en: string }> = {
  place: { 'zh-CN': '地区', en: 'Place' },
  topic: { 'zh-CN': '政策主题', en: 'Policy topic' },
  'stale-claim': { 'zh-CN': '过时或夸大的说法', en: 'Outdated or overstated claim' },
};

/** The small kind label the card frame shows next to the title. */
export function kindLabel(kind: CardMentionKind, language: CardContext['language']): string {
  return KIND_LABEL[kind][language];
}

export interface CardBodyProps {
  mention: CardMention;
  context: CardContext;
  /** The bundled data by default; tests and the popup may pass their own already-loaded copy. */
  data?: CardData;
}

/** The card's content for one highlighted mention, in the user's language and theme. */
export function CardBody({ mention, context, data = cardData() }: CardBodyProps) {
  const lang = context.language;
  return (
    <div class="sl-body" lang={lang} {...(context.theme ? { 'data-theme': context.theme } : {})}>
      <SafeContent mention={mention} context={context} data={data} />
    </div>
  );
}

/** A card that cannot be built (bad date, broken data) says so instead of breaking the page's card. */
function SafeContent(props: Required<CardBodyProps>) {
  try {
    return Content(props);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return <Missing text={ct(props.context.language, 'unknown.failed', { reason })} />;
  }
}

function Content({ mention, context, data }: Required<CardBodyProps>) {
  const lang = context.language;
  if (mention.kind === 'place') {
    const code = mention.region?.code ?? mention.id;
    const today = context.today ?? chinaToday();
    const pageCase = pageCaseNear(mention.sentenceTopics, mention.topics);
    const model = placeCardModel({ code, context: { ...context, today, pageCase }, ...data });
    return model ? <PlaceCard model={model} lang={lang} /> : <Missing text={ct(lang, 'unknown.place', { code })} />;
  }
  if (mention.kind === 'topic') {
    const model = topicCardModel({ topicId: mention.id, context, ...data });
    const place = context.subject ? data.lookup.byCode(context.subject)?.name : undefined;
    return model ? (
      <TopicCard model={model} lang={lang} {...(place ? { place } : {})} />
    ) : (
      <Missing text={ct(lang, 'unknown.topic', { id: mention.id })} />
    );
  }
  const model = claimCardModel({ claimId: mention.id, pageText: mention.text ?? mention.name, context, ...data });
  return model ? <ClaimCard model={model} lang={lang} /> : <Missing text={ct(lang, 'unknown.claim', { id: mention.id })} />;
}

function Missing({ text }: { text: string }) {
  return <p class="sl-note">{text}</p>;
}
