// Lives in utils/, not lib/ (lib is browser-free) and not entrypoints/ (WXT reads every file there as an entrypoint).
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, parseSettings, type ParsedSettings, type Settings } from '../lib/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Typed as Settings, but storage can hold anything: every read goes through parseSettings. */
export async function loadSettings(): Promise<ParsedSettings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch (error) {
    return parseSettings({ unreadable: String(error) });
  }
}

export function watchSettings(onChange: (parsed: ParsedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
