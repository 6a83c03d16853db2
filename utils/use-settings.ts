// Settings for an extension page (popup, options): loaded, watched and saved through the one
// settings item, with the page's language and theme following them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveLang } from '../lib/i18n/resolve-lang';
import type { Lang } from '../lib/i18n/translate';
import type { Settings } from '../lib/settings/settings';
import { SettingsSchema } from '../lib/settings/settings-schema';
import { readStoredSettings, type ReadSettings } from '../lib/settings/settings-migrations';
import { ownWrites } from '../lib/settings/own-writes';
import { loadSettings, saveSettings, watchSettings } from './settings-store';

export interface PageSettings {
  read: ReadSettings | null;
  lang: Lang;
  save: (next: Settings) => Promise<void>;
}

export function applyLook(settings: Settings, lang: Lang): void {
  const root = document.documentElement;
  root.lang = lang;
  // 'auto' leaves the attribute off so the stylesheet follows prefers-color-scheme.
  if (settings.theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
}

/** Settings as a comparable key, in the one field order the reader gives them. */
const settingsKey = (s: Settings): string => JSON.stringify(readStoredSettings(s).settings);

export function usePageSettings(): PageSettings {
  const [read, setRead] = useState<ReadSettings | null>(null);
  const own = useRef(ownWrites()).current;
  useEffect(() => {
    let live = true;
    void loadSettings().then((r) => live && setRead(r));
    const stop = watchSettings((parsed) => live && !own.isEcho(settingsKey(parsed.settings)) && setRead(parsed));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const lang = resolveLang(read?.settings.language ?? 'auto', navigator.languages ?? [navigator.language]);
  useEffect(() => {
    if (read) applyLook(read.settings, lang);
  }, [read, lang]);
  return {
    read,
    lang,
    save: async (next) => {
      // Only a value the schema accepts is stored: a form bug must not leave settings the next read repairs.
      const checked = SettingsSchema.safeParse(next);
      if (!checked.success) throw new Error(`settings not saved: ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`);
      own.wrote(settingsKey(checked.data));
      await saveSettings(checked.data);
      // Saving a good value clears a notice about a bad one.
      setRead({ settings: next });
    },
  };
}
