import { useState } from 'preact/hooks';
import { t, type Lang } from '../../lib/i18n/translate';

export interface RelevanceNoticeProps {
  lang: Lang;
  /** The page's host, for "always on this site"; null when the popup cannot see the address. */
  site: string | null;
  /** Asks the page to mark itself; resolves false when no frame answered. */
  onMarkAnyway: () => Promise<boolean>;
  onAlwaysOn: (site: string) => Promise<void>;
}

/** Shown when the page was judged not about social insurance: say so, and offer the two ways to mark it. */
export function RelevanceNotice({ lang, site, onMarkAnyway, onAlwaysOn }: RelevanceNoticeProps) {
  const [status, setStatus] = useState('');
  const mark = async () => {
    setStatus(t(lang, 'relevance.marking'));
    setStatus((await onMarkAnyway()) ? t(lang, 'relevance.marking') : t(lang, 'relevance.failed'));
  };
  return (
    <section class="sl-relevance" aria-labelledby="sl-relevance-text">
      <p id="sl-relevance-text" class="sl-notice" role="status">
        {t(lang, 'relevance.quiet')}
      </p>
      <div class="sl-relevance-actions">
        <button type="button" class="sl-primary" onClick={() => void mark()} aria-describedby="sl-relevance-hint">
          {t(lang, 'relevance.markAnyway')}
        </button>
        <span id="sl-relevance-hint" class="sl-muted">
          {t(lang, 'relevance.markAnywayHint')}
        </span>
        {site && (
          <button type="button" class="sl-link" onClick={() => void onAlwaysOn(site)}>
            {t(lang, 'relevance.alwaysOn', { site })}
          </button>
        )}
      </div>
      <p class="sl-muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
