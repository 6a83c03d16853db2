import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/**
 * A titled part of a card. Long parts start folded (a <details> the user opens) so the card stays
 * short; open parts are a <section> named by their heading.
 */
export function CardSection(props: { title: string; count?: number; folded?: boolean; class?: string; children: ComponentChildren }) {
  const id = useId();
  const cls = `sl-section ${props.class ?? ''}`.trim();
  if (props.folded) {
    return (
      <details class={cls}>
        <summary>
          <span class="sl-h">{props.title}</span>
          {props.count !== undefined && <span class="sl-count">{props.count}</span>}
        </summary>
        {props.children}
      </details>
    );
  }
  return (
    <section class={cls} aria-labelledby={id}>
      <h4 class="sl-h" id={id}>
        {props.title}
      </h4>
      {props.children}
    </section>
  );
}
