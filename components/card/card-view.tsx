import { Component, type ComponentChildren } from 'preact';
import type { CardContext } from '../../lib/cards/card-context';
import type { CardModel } from '../../lib/cards/card-model';
import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import { ClaimCard } from './claim-card';
import { PlaceCard } from './place-card';
import { TopicCard } from './topic-card';

/** What the content script's card holds: a model, or nothing yet while the background computes it. */
export type CardViewState = CardModel | { kind: 'loading' };

export interface CardViewProps {
  card: CardViewState;
  language: Lang;
  theme?: CardContext['theme'];
}

/**
 * The card's content drawn from a ready model; it computes nothing, so the content script can show
 * cards without bundling the rules, regions and calendar behind them.
 */
export function CardView({ card, language, theme }: CardViewProps) {
  return (
    <div class="sl-body" lang={language} {...(theme ? { 'data-theme': theme } : {})}>
      <RenderGuard card={card} language={language}>
        <Content card={card} lang={language} />
      </RenderGuard>
    </div>
  );
}

function Content({ card, lang }: { card: CardViewState; lang: Lang }) {
  switch (card.kind) {
    case 'loading':
      return (
        <p class="sl-note sl-loading" role="status">
          {cardText(lang, 'card.loading')}
        </p>
      );
    case 'place':
      return <PlaceCard model={card.model} lang={lang} />;
    case 'topic':
      return <TopicCard model={card.model} lang={lang} {...(card.place ? { place: card.place } : {})} />;
    case 'claim':
      return <ClaimCard model={card.model} lang={lang} />;
    case 'unknown':
      return <Missing text={unknownText(lang, card.what, card.id)} />;
    case 'failed':
      return <Missing text={cardText(lang, 'unknown.failed', { reason: card.reason })} />;
  }
}

function unknownText(lang: Lang, what: CardModel['kind'], id: string): string {
  if (what === 'place') return cardText(lang, 'unknown.place', { code: id });
  return what === 'topic' ? cardText(lang, 'unknown.topic', { id }) : cardText(lang, 'unknown.claim', { id });
}

function Missing({ text }: { text: string }) {
  return <p class="sl-note">{text}</p>;
}

interface GuardProps {
  card: CardViewState;
  language: Lang;
  children: ComponentChildren;
}

/**
 * A model that does not have the shape its card expects (a bug, a reply from a mismatched build)
 * gets the 'could not be built' message instead of breaking the card; the next card starts afresh.
 */
class RenderGuard extends Component<GuardProps, { failed?: { card: CardViewState; reason: string } }> {
  override componentDidCatch(error: unknown): void {
    this.setState({ failed: { card: this.props.card, reason: error instanceof Error ? error.message : String(error) } });
  }

  override render() {
    const failed = this.state.failed;
    if (failed && failed.card === this.props.card) return <Missing text={cardText(this.props.language, 'unknown.failed', { reason: failed.reason })} />;
    return this.props.children;
  }
}
