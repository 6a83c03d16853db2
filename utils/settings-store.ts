// Lives in utils/, not lib/ (lib is browser-free) and not entrypoints/ (WXT reads every file there as an entrypoint).
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, parseSettings, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { readStoredSettings, type ReadSettings } from '../lib/settings/settings-migrations';

// No WXT `version`: the value carries its own (Settings.version, lib/settings/settings-migrations.ts), which
// also survives a downgrade; WXT's would only run with `migrations` and then throw on one.
export const settingsItem = storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS });

/**
 * Typed as Settings, but storage can hold anything: every read is migrated (older versions) and
 * validated. A migrated value is written back once so other readers see the current shape; an
 * unknown or corrupt one is left alone until the user saves, so nothing is lost by reading.
 */
export async function loadSettings(): Promise<ReadSettings> {
  try {
    const read = readStoredSettings(await settingsItem.getValue());
    if (read.migratedFrom !== undefined && !read.problem) await settingsItem.setValue(read.settings).catch(() => {});
    return read;
  } catch (error) {
    return parseSettings({ unreadable: String(error) });
  }
}

export function watchSettings(onChange: (parsed: ParsedSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(readStoredSettings(value)));
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}
