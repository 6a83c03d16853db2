import type { CardFact } from '../../lib/cards/card-fact';
import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import { ConfidenceBadge } from '../shared/confidence-badge';

/** Footnote numbers into the card's source list; the word "sources" is there for screen readers. */
export function Refs({ refs, lang }: { refs: readonly number[]; lang: Lang }) {
  if (refs.length === 0) return null;
  const list = refs.join(', ');
  return (
    <span class="sl-refs">
      <span class="sl-sr">{cardText(lang, 'refs.label', { list })}</span>
      <span aria-hidden="true">{refs.map((n) => `[${n}]`).join('')}</span>
    </span>
  );
}

function FactLine({ fact, lang }: { fact: CardFact; lang: Lang }) {
  return (
    <>
      <span class="sl-fact-text">{fact.text}</span> <ConfidenceBadge confidence={fact.confidence} lang={lang} />{' '}
      <Refs refs={fact.refs} lang={lang} />
    </>
  );
}

/** Statements with their sureness and sources; a fact with steps (a route) folds its steps away. */
export function FactList({ facts, lang, prefix }: { facts: readonly CardFact[]; lang: Lang; prefix?: string }) {
  if (facts.length === 0) return null;
  return (
    <ul class="sl-facts">
      {facts.map((fact) => (
        <li key={fact.id} data-fact={fact.id} class={fact.steps.length > 0 ? 'sl-route' : undefined}>
          {prefix && <strong class="sl-prefix">{prefix} </strong>}
          {fact.steps.length > 0 ? (
            <details class="sl-steps">
              <summary>
                <FactLine fact={fact} lang={lang} />
              </summary>
              <ol>
                {fact.steps.map((step, i) => (
                  <li key={i}>{step}</li>
                ))}
              </ol>
            </details>
          ) : (
            <FactLine fact={fact} lang={lang} />
          )}
        </li>
      ))}
    </ul>
  );
}
