import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { PlaceCardModel } from '../../lib/cards/place-card-model';
import { CardSection } from './card-section';
import { CardSources } from './card-sources';
import { FactList } from './fact-list';
import { FactSection, LeadLine } from './fact-section';
import { CardTimeline, timelineTitle } from './card-timeline';

/**
 * A place's card leads with what applies: the case, where the balance goes (one line, so it stays in
 * the first screen however long the case line and the table grow), the dated deadlines if applied
 * today and the caveat that most changes what to do. Local facts and the other case follow;
 * everything else is folded.
 */
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
      <LeadLine label={cardText(lang, 'card.balance')} fact={m.balance} lang={lang} kind="balance" />
      {m.timeline && (
        <CardSection title={timelineTitle(m.timeline, lang)}>
          {m.timelineNote && <p class="sl-note">{m.timelineNote}</p>}
          <CardTimeline timeline={m.timeline} lang={lang} />
        </CardSection>
      )}
      <LeadLine label={cardText(lang, 'card.keyCaveat')} fact={m.keyCaveat} lang={lang} kind="caveat" />
      {m.noLocalNote && <p class="sl-note sl-nolocal">{m.noLocalNote}</p>}
      <FactSection title={cardText(lang, 'section.local', { place: m.title })} facts={m.localFacts} lang={lang} class="sl-local" />
      {m.otherCase.length > 0 && (
        <CardSection title={cardText(lang, 'section.otherCase')}>
          {m.otherCase.map((group) => (
            <FactList key={group.label} facts={group.facts} lang={lang} prefix={group.label} />
          ))}
        </CardSection>
      )}
      <FactSection title={cardText(lang, 'plan.experiences')} facts={m.experiences} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.routes')} facts={m.routes} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.conditions')} facts={m.conditions} lang={lang} folded />
      <FactSection title={cardText(lang, 'section.rules')} facts={m.rules} lang={lang} folded />
      <FactSection title={cardText(lang, 'plan.caveats')} facts={m.caveats.filter((f) => f.id !== m.keyCaveat?.id)} lang={lang} folded />
      <CardSources sources={m.sources} lang={lang} />
    </article>
  );
}
