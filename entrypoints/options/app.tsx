import { useEffect } from 'preact/hooks';
import { DATASET_META } from '../../data/dataset-meta';
import { SettingsForm } from '../../components/popup/settings-form';
import { t } from '../../lib/i18n/translate';
import { usePageSettings } from '../../utils/use-settings';

export function OptionsApp() {
  const { read, lang, save } = usePageSettings();
  useEffect(() => {
    document.title = t(lang, 'settings.title');
  }, [lang]);
  if (!read) return <main class="sl-options" aria-busy="true" />;
  return (
    <main class="sl-options">
      <h1>{t(lang, 'settings.title')}</h1>
      <p class="sl-muted">{t(lang, 'app.dataVersion', { version: DATASET_META.version })}</p>
      <SettingsForm lang={lang} settings={read.settings} problem={read.problem} onChange={save} />
    </main>
  );
}
