import type { Settings } from '../../lib/settings/settings';
import { t, type Lang } from '../../lib/i18n/translate';

/** The two switches a reader reaches for on a page: everything off, or off on this site. */
export function QuickToggles({ lang, settings, site, onChange }: { lang: Lang; settings: Settings; site: string | null; onChange: (next: Settings) => Promise<void> }) {
  const offHere = site !== null && settings.disabledSites.includes(site);
  return (
    <div class="sl-toggles">
      <label class="sl-switch">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void onChange({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })} />
        {t(lang, 'toggle.enabled')}
      </label>
      {site && (
        <label class="sl-switch">
          <input
            type="checkbox"
            checked={offHere}
            onChange={(e) => {
              const off = (e.currentTarget as HTMLInputElement).checked;
              const others = settings.disabledSites.filter((h) => h !== site);
              void onChange({ ...settings, disabledSites: off ? [...others, site] : others });
            }}
          />
          {t(lang, 'toggle.site', { site })}
        </label>
      )}
    </div>
  );
}
