import type { Source } from '../../data/schema';
import { cardText } from '../../lib/i18n/card-strings';
import type { Lang } from '../../lib/i18n/translate';

/** Where each statement comes from: an article with the sentence it rests on, or a policy document. */
export function SourceList({ sources, lang, title }: { sources: Source[]; lang: Lang; title?: string }) {
  if (sources.length === 0) return null;
  return (
    <div class="sl-sources">
      <span class="sl-sources-title">{title ?? cardText(lang, 'sources.title')}</span>
      <ul>
        {sources.map((source, i) => (
          <li key={i}>
            {'seed' in source ? (
              <>
                <span class="sl-source-kind">{cardText(lang, 'sources.article')}</span> 《{source.title}》 <time dateTime={source.date}>{source.date}</time>
                <blockquote lang="zh-CN" aria-label={cardText(lang, 'sources.quote')}>
                  {source.quote}
                </blockquote>
              </>
            ) : (
              <>
                <span class="sl-source-kind">{cardText(lang, 'sources.document')}</span> {source.url ? <a href={source.url} target="_blank" rel="noreferrer">{source.document}</a> : source.document}
                {' · '}
                {source.issuer} <time dateTime={source.date}>{source.date}</time>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
