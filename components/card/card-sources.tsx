import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';
import type { SourceRef } from '../../lib/cards/source-label';
import { CardSection } from './card-section';

/** Every source a card cites, once, numbered as the facts' footnotes, each with its date. */
export function CardSources({ sources, lang }: { sources: readonly SourceRef[]; lang: Lang }) {
  if (sources.length === 0) return null;
  return (
    <CardSection title={cardText(lang, 'sources.title')} count={sources.length} folded class="sl-sources-list">
      <ol class="sl-srcs">
        {sources.map((s) => (
          <li key={s.key}>
            <span class="sl-src-kind">{cardText(lang, s.kind === 'article' ? 'sources.article' : 'sources.document')}</span>{' '}
            <span lang="zh-CN">{s.name}</span> <time dateTime={s.date}>{s.date}</time>
            {s.tag && <span class="sl-src-tag"> · {s.tag}</span>}
            <span class="sl-src-detail" lang="zh-CN">
              {s.kind === 'article' ? `《${s.detail}》` : s.detail}
            </span>
          </li>
        ))}
      </ol>
    </CardSection>
  );
}
