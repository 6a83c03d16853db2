import { cardData, type CardData } from '../../lib/bundle/background-data';
import type { CardContext, CardMention } from '../../lib/cards/card-context';
import { cardModel } from '../../lib/cards/card-model';
import { CardView } from './card-view';

export type { CardContext, CardMention };

export interface CardBodyProps {
  mention: CardMention;
  context: CardContext;
  /** The bundled data by default; tests and the popup may pass their own already-loaded copy. */
  data?: CardData;
}

/**
 * The card's content for one highlighted mention, computed here from the bundled data. For extension
 * pages and tests; the content script gets the model from the background and draws it with CardView.
 */
export function CardBody({ mention, context, data = cardData() }: CardBodyProps) {
  return <CardView card={cardModel(mention, context, data)} language={context.language} {...(context.theme ? { theme: context.theme } : {})} />;
}
