import type { Confidence } from '../../data/schema';
import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';

/** How sure a statement is, shown next to it everywhere (popup, planner, hover card). */
export function ConfidenceBadge({ confidence, lang }: { confidence: Confidence; lang: Lang }) {
  return (
    <span class={`sl-badge sl-badge-${confidence}`} title={cardText(lang, `confidence.${confidence}.help`)}>
      {cardText(lang, `confidence.${confidence}`)}
    </span>
  );
}
