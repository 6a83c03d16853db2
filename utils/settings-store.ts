// Lives in utils/, not lib/ (lib is browser-free) and not entrypoints/ (WXT reads every file there as an entrypoint).
//
// Plain browser.storage.local rather than @wxt-dev/storage: the content script reads settings in
// every frame, and that library cost it ~2.5 KB of its 50 KB gzipped budget for one key. The key is
// the one WXT's 'local:settings' item used, so stored settings carry over unchanged.
import { browser, type Browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, parseSettings, type ParsedSettings, type Settings } from '../lib/settings/settings';
import { readStoredSettings, type ReadSettings } from '../lib/settings/settings-migrations';

const KEY = 'settings';

/** The stored value, or the defaults when nothing is stored yet (first run, or removed). */
const orDefault = (value: unknown): unknown => value ?? DEFAULT_SETTINGS;

/**
 * Typed as Settings, but storage can hold anything: every read is migrated (older versions) and
 * validated. A migrated value is written back once so other readers see the current shape; an
 * unknown or corrupt one is left alone until the user saves, so nothing is lost by reading.
 */
export async function loadSettings(): Promise<ReadSettings> {
  try {
    const stored = (await browser.storage.local.get(KEY))[KEY];
    const read = readStoredSettings(orDefault(stored));
    if (read.migratedFrom !== undefined && !read.problem) await saveSettings(read.settings).catch(() => {});
    return read;
  } catch (error) {
    return parseSettings({ unreadable: String(error) });
  }
}

export function watchSettings(onChange: (parsed: ParsedSettings) => void): () => void {
  const listener = (changes: Record<string, Browser.storage.StorageChange>, area: string) => {
    const change = changes[KEY];
    if (area === 'local' && change) onChange(readStoredSettings(orDefault(change.newValue)));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
