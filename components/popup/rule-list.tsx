import type { Rule } from '../../data/schema';
import { pick, t, type Lang } from '../../lib/i18n/translate';
import { ConfidenceBadge } from '../shared/confidence-badge';
import { SourceList } from '../shared/source-list';

export interface RuleItem {
  rule: Rule;
  local?: boolean;
}

/** Statements with their confidence, ordered steps for routes, and sources one click away. */
export function RuleList({ items, lang, localLabel }: { items: RuleItem[]; lang: Lang; localLabel?: string }) {
  if (items.length === 0) return null;
  return (
    <ul class="sl-rules">
      {items.map(({ rule, local }) => (
        <li key={rule.id} data-rule={rule.id}>
          <p>
            <ConfidenceBadge confidence={rule.confidence} lang={lang} />
            {local && localLabel ? <span class="sl-local">{localLabel}</span> : null} {pick(lang, rule.statement)}
          </p>
          {rule.steps.length > 0 && (
            <ol class="sl-steps">
              {rule.steps.map((step, i) => (
                <li key={i}>{pick(lang, step)}</li>
              ))}
            </ol>
          )}
          <details class="sl-rule-sources">
            <summary>{t(lang, 'sources.count', { count: rule.sources.length })}</summary>
            <SourceList sources={rule.sources} lang={lang} />
          </details>
        </li>
      ))}
    </ul>
  );
}
