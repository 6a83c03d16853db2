import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { TopicCardModel } from '../../lib/cards/topic-card-model';
import { CardSection } from './card-section';
import { CardSources } from './card-sources';
import { FactList } from './fact-list';

/** A policy topic's rules in short, official first, each with its sureness and sources. */
export function TopicCard({ model, lang, place }: { model: TopicCardModel; lang: Lang; place?: string }) {
  const m = model;
  return (
    <article class="sl-card sl-topic" aria-label={cardText(lang, 'card.topic', { name: m.title })}>
      <header class="sl-head">
        <h3 class="sl-title">{m.title}</h3>
        <p class="sl-sub">{m.summary}</p>
      </header>
      {m.localFacts.length > 0 && place && (
        <CardSection title={cardText(lang, 'section.local', { place })} class="sl-local">
          <FactList facts={m.localFacts} lang={lang} />
        </CardSection>
      )}
      {m.points.length > 0 && (
        <CardSection title={cardText(lang, 'section.points')}>
          <FactList facts={m.points} lang={lang} />
        </CardSection>
      )}
      {m.experiences.length > 0 && (
        <CardSection title={cardText(lang, 'plan.experiences')} count={m.experiences.length} folded>
          <FactList facts={m.experiences} lang={lang} />
        </CardSection>
      )}
      {m.routes.length > 0 && (
        <CardSection title={cardText(lang, 'plan.routes')} count={m.routes.length} folded>
          <FactList facts={m.routes} lang={lang} />
        </CardSection>
      )}
      {m.caveats.length > 0 && (
        <CardSection title={cardText(lang, 'plan.caveats')} count={m.caveats.length} folded>
          <FactList facts={m.caveats} lang={lang} />
        </CardSection>
      )}
      <CardSources sources={m.sources} lang={lang} />
    </article>
  );
}
