import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { TopicCardModel } from '../../lib/cards/topic-card-model';
import { CardSources } from './card-sources';
import { FactSection, LeadLine } from './fact-section';

/** A policy topic: its surest rule in a line or two first, then local facts; the rest folded. */
export function TopicCard({ model, lang, place }: { model: TopicCardModel; lang: Lang; place?: string }) {
  const m = model;
  const [lead, ...morePoints] = m.points;
  return (
    <article class="sl-card sl-topic" aria-label={cardText(lang, 'card.topic', { name: m.title })}>
      <header class="sl-head">
        <h3 class="sl-title">{m.title}</h3>
        <p class="sl-sub">{m.summary}</p>
      </header>
      <LeadLine label={cardText(lang, 'card.rule')} fact={lead} lang={lang} kind="rule" />
      {place && <FactSection title={cardText(lang, 'section.local', { place })} facts={m.localFacts} lang={lang} class="sl-local" />}
      <FactSection title={cardText(lang, 'section.points')} facts={morePoints} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.experiences')} facts={m.experiences} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.routes')} facts={m.routes} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.caveats')} facts={m.caveats} lang={lang} folded />
      <CardSources sources={m.sources} lang={lang} />
    </article>
  );
}
