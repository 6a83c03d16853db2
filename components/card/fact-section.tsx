import type { CardFact } from '../../lib/cards/card-fact';
import type { Lang } from '../../lib/i18n/translate';
import { CardSection } from './card-section';
import { FactList } from './fact-list';

/** A titled list of facts, folded or open; nothing at all when the list is empty. */
export function FactSection(props: { title: string; facts: readonly CardFact[]; lang: Lang; folded?: boolean; class?: string }) {
  if (props.facts.length === 0) return null;
  return (
    <CardSection title={props.title} {...(props.folded ? { folded: true, count: props.facts.length } : {})} {...(props.class ? { class: props.class } : {})}>
      <FactList facts={props.facts} lang={props.lang} />
    </CardSection>
  );
}

/** One fact as a labelled line the card leads with (balance outcome, key caveat, a topic's rule). */
export function LeadLine({ label, fact, lang, kind }: { label: string; fact: CardFact | undefined; lang: Lang; kind: string }) {
  if (!fact) return null;
  return (
    <div class={`sl-lead sl-lead-${kind}`}>
      <span class="sl-label">{label}</span>
      <FactList facts={[{ ...fact, steps: [] }]} lang={lang} />
    </div>
  );
}
