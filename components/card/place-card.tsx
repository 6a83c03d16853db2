import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { PlaceCardModel } from '../../lib/cards/place-card-model';
import { CardSection } from './card-section';
import { CardSources } from './card-sources';
import { FactList } from './fact-list';
import { CardTimeline } from './card-timeline';

/** Which case applies to a place, its dated time limits, routes, caveats, local reports and sources. */
export function PlaceCard({ model, lang }: { model: PlaceCardModel; lang: Lang }) {
  const m = model;
  return (
    <article class="sl-card sl-place" aria-label={cardText(lang, 'card.place', { name: m.title })}>
      <header class="sl-head">
        <h3 class="sl-title">{m.title}</h3>
        <p class="sl-sub">{m.subtitle}</p>
      </header>
      <p class={`sl-case sl-case-${m.relation}`}>
        <span class="sl-label">{cardText(lang, 'plan.case')}</span>
        {m.caseLabel}
      </p>
      {m.noLocalNote && <p class="sl-note sl-nolocal">{m.noLocalNote}</p>}
      {m.localFacts.length > 0 && (
        <CardSection title={cardText(lang, 'section.local', { place: m.title })} class="sl-local">
          <FactList facts={m.localFacts} lang={lang} />
        </CardSection>
      )}
      {m.timeline && (
        <CardSection title={cardText(lang, 'timeline.title', { date: m.timeline.applicationDate })}>
          {m.timelineNote && <p class="sl-note">{m.timelineNote}</p>}
          <CardTimeline timeline={m.timeline} lang={lang} />
        </CardSection>
      )}
      {m.otherCase.length > 0 && (
        <CardSection title={cardText(lang, 'section.otherCase')}>
          {m.otherCase.map((group) => (
            <FactList key={group.label} facts={group.facts} lang={lang} prefix={group.label} />
          ))}
        </CardSection>
      )}
      {m.experiences.length > 0 && (
        <CardSection title={cardText(lang, 'plan.experiences')}>
          <FactList facts={m.experiences} lang={lang} />
        </CardSection>
      )}
      {m.routes.length > 0 && (
        <CardSection title={cardText(lang, 'plan.routes')} count={m.routes.length} folded>
          <FactList facts={m.routes} lang={lang} />
        </CardSection>
      )}
      {m.conditions.length > 0 && (
        <CardSection title={cardText(lang, 'plan.conditions')} count={m.conditions.length} folded>
          <FactList facts={m.conditions} lang={lang} />
        </CardSection>
      )}
      {m.rules.length > 0 && (
        <CardSection title={cardText(lang, 'section.rules')} count={m.rules.length} folded>
          <FactList facts={m.rules} lang={lang} />
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
