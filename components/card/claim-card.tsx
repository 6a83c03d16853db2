import type { ClaimCardModel } from '../../lib/cards/claim-card-model';
import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import { CardSection } from './card-section';
import { CardSources } from './card-sources';
import { FactSection } from './fact-section';
import { SourceList } from '../shared/source-list';

/** What the page says and what holds now (the rule in a line), since when; the rules and where both come from folded. */
export function ClaimCard({ model, lang }: { model: ClaimCardModel; lang: Lang }) {
  const m = model;
  return (
    <article class={`sl-card sl-claim sl-claim-${m.kind}`} aria-label={cardText(lang, 'card.claim')}>
      <header class="sl-head">
        <h3 class="sl-title">{m.kindLabel}</h3>
      </header>
      <dl class="sl-claim-dl">
        <dt>{cardText(lang, 'claim.pageSays')}</dt>
        <dd>
          <q lang="zh-CN" class="sl-page-text">
            {m.pageText}
          </q>
          <span class="sl-means"> — {m.says}</span>
        </dd>
        <dt>
          {cardText(lang, 'claim.holds')}
          {m.since && (
            <span class="sl-since">
              {' · '}
              <time dateTime={m.since}>{m.sinceLabel}</time>
            </span>
          )}
        </dt>
        <dd class="sl-holds">{m.holds}</dd>
      </dl>
      <FactSection title={cardText(lang, 'section.rules')} facts={m.rule ? [m.rule, ...(m.replaced ? [m.replaced] : [])] : []} lang={lang} folded />
      <CardSection title={cardText(lang, 'claim.appearsIn')} folded count={m.appearsIn.length}>
        <SourceList sources={m.appearsIn} lang={lang} title="" />
      </CardSection>
      <CardSources sources={m.sources} lang={lang} />
    </article>
  );
}
