import type { Confidence } from '../data/schema';
import type { Lang } from '../lib/i18n/translate';
import { t } from '../lib/i18n/translate';

/** How sure a statement is, shown next to it everywhere (popup, planner, hover card). */
export function ConfidenceBadge({ confidence, lang }: { confidence: Confidence; lang: Lang }) {
  return (
    <span class={`sl-badge sl-badge-${confidence}`} title={t(lang, `confidence.${confidence}.help`)}>
      {t(lang, `confidence.${confidence}`)}
    </span>
  );
}
