import { useId, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings/settings';
import { t, type Lang } from '../../lib/i18n/translate';
import { normalizeSite } from '../../lib/settings/site-host';

export interface SettingsFormProps {
  lang: Lang;
  settings: Settings;
  /** Set when the stored value was unusable; shown until the user saves a change. */
  problem?: string | undefined;
  /** Saves immediately; the form has no separate save button. */
  onChange: (next: Settings) => Promise<void>;
}

const KINDS = ['place', 'topic', 'claim'] as const;
const TRIGGERS = ['hover', 'hover-key'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
const LANGUAGES = ['auto', 'zh-CN', 'en'] as const;

export function SettingsForm({ lang, settings, problem, onChange }: SettingsFormProps) {
  const id = useId();
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState('');
  const [status, setStatus] = useState('');

  const save = async (next: Settings) => {
    await onChange(next);
    setStatus(t(lang, 'settings.saved'));
  };
  const addSite = (event: Event) => {
    event.preventDefault();
    const host = normalizeSite(site);
    if (!host) return setSiteError(t(lang, 'settings.siteInvalid'));
    setSiteError('');
    setSite('');
    if (!settings.disabledSites.includes(host)) void save({ ...settings, disabledSites: [...settings.disabledSites, host] });
  };

  return (
    <div class="sl-settings">
      {problem && (
        <p class="sl-warning" role="alert">
          {t(lang, 'settings.problem', { problem })}
        </p>
      )}
      <label class="sl-switch">
        <input type="checkbox" checked={settings.enabled} onChange={(e) => void save({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })} />
        {t(lang, 'settings.enabled')}
      </label>

      <fieldset>
        <legend>{t(lang, 'settings.kinds')}</legend>
        {KINDS.map((kind) => (
          <label key={kind} class="sl-choice">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              onChange={(e) => void save({ ...settings, kinds: { ...settings.kinds, [kind]: (e.currentTarget as HTMLInputElement).checked } })}
            />
            {t(lang, `kind.${kind}`)}
          </label>
        ))}
        <label class="sl-choice">
          <input type="checkbox" checked={settings.everyMention} onChange={(e) => void save({ ...settings, everyMention: (e.currentTarget as HTMLInputElement).checked })} />
          {t(lang, 'settings.everyMention')}
        </label>
      </fieldset>

      {settings.alwaysOnHosts.length > 0 && (
        <section class="sl-sites" aria-labelledby={`${id}-always`}>
          <h2 id={`${id}-always`}>{t(lang, 'settings.alwaysOn')}</h2>
          <HostList hosts={settings.alwaysOnHosts} removeLabel={(site) => t(lang, 'settings.alwaysOnRemove', { site })} onRemove={(host) => void save({ ...settings, alwaysOnHosts: settings.alwaysOnHosts.filter((h) => h !== host) })} />
        </section>
      )}

      <section class="sl-sites" aria-labelledby={`${id}-sites`}>
        <h2 id={`${id}-sites`}>{t(lang, 'settings.sites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="sl-muted">{t(lang, 'settings.sitesNone')}</p>
        ) : (
          <HostList hosts={settings.disabledSites} removeLabel={(site) => t(lang, 'settings.siteRemove', { site })} onRemove={(host) => void save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })} />
        )}
        <form onSubmit={addSite} class="sl-inline">
          <label for={`${id}-site`} class="sl-visually-hidden">
            {t(lang, 'settings.siteAdd')}
          </label>
          <input
            id={`${id}-site`}
            type="text"
            inputMode="url"
            placeholder={t(lang, 'settings.sitePlaceholder')}
            value={site}
            aria-invalid={siteError ? true : undefined}
            aria-describedby={siteError ? `${id}-site-error` : undefined}
            onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit">{t(lang, 'settings.siteAdd')}</button>
        </form>
        {siteError && (
          <p id={`${id}-site-error`} class="sl-error">
            {siteError}
          </p>
        )}
      </section>

      <label class="sl-field">
        <span>{t(lang, 'settings.hoverDelay')}</span>
        <input
          type="number"
          min={0}
          max={5000}
          step={50}
          value={settings.hoverDelayMs}
          onChange={(e) => {
            const value = Math.round(Number((e.currentTarget as HTMLInputElement).value));
            if (Number.isFinite(value) && value >= 0 && value <= 5000) void save({ ...settings, hoverDelayMs: value });
          }}
        />
      </label>

      <fieldset>
        <legend>{t(lang, 'settings.trigger')}</legend>
        {TRIGGERS.map((value) => (
          <label key={value} class="sl-choice">
            <input type="radio" name={`${id}-trigger`} checked={settings.trigger === value} onChange={() => void save({ ...settings, trigger: value })} />
            {t(lang, `trigger.${value}`)}
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t(lang, 'settings.theme')}</legend>
        {THEMES.map((value) => (
          <label key={value} class="sl-choice">
            <input type="radio" name={`${id}-theme`} checked={settings.theme === value} onChange={() => void save({ ...settings, theme: value })} />
            {t(lang, `theme.${value}`)}
          </label>
        ))}
      </fieldset>

      <label class="sl-field">
        <span>{t(lang, 'settings.language')}</span>
        <select value={settings.language} onChange={(e) => void save({ ...settings, language: (e.currentTarget as HTMLSelectElement).value as Settings['language'] })}>
          {LANGUAGES.map((value) => (
            <option key={value} value={value} lang={value === 'en' ? 'en' : value === 'zh-CN' ? 'zh-CN' : undefined}>
              {t(lang, `language.${value}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="sl-status" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** A list of hosts, each with a button that takes it off the list. */
function HostList({ hosts, removeLabel, onRemove }: { hosts: string[]; removeLabel: (site: string) => string; onRemove: (host: string) => void }) {
  return (
    <ul>
      {hosts.map((host) => (
        <li key={host}>
          <span>{host}</span>{' '}
          <button type="button" aria-label={removeLabel(host)} onClick={() => onRemove(host)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
