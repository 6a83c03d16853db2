import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../lib/settings/settings';
import { readStoredSettings, SETTINGS_VERSION } from '../../lib/settings/settings-migrations';

// The store picks up the browser object when first imported: install WXT's in-memory browser first.
(globalThis as { browser?: unknown }).browser = fakeBrowser;
const { loadSettings, saveSettings, watchSettings } = await import('../../utils/settings-store');

const v1 = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['example.com'], theme: 'dark' as const, language: 'en' as const };

describe('readStoredSettings (pure)', () => {
  it('passes current settings through without a problem or migration', () => {
    expect(readStoredSettings(v1)).toEqual({ settings: v1 });
  });

  it('migrates a version-less v0 object to v1, dropping unknown keys', () => {
    const { version: _v, ...v0 } = v1;
    const read = readStoredSettings({ ...v0, legacyFlag: true });
    expect(read.migratedFrom).toBe(0);
    expect(read.problem).toBeUndefined();
    expect(read.settings).toEqual({ ...v1, version: SETTINGS_VERSION });
  });

  it.each([[2], ['1'], [-1], [1.5], [null]])('falls back to defaults with a notice for unknown version %j', (version) => {
    const read = readStoredSettings({ ...v1, version });
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/unknown settings version/);
  });

  it('never throws on hostile input', () => {
    const hostile = Object.create(null) as Record<string, unknown>;
    Object.defineProperty(hostile, 'enabled', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => readStoredSettings(hostile)).not.toThrow();
    expect(readStoredSettings('{"version":1}').problem).toMatch(/not an object/);
  });
});

describe('settings in browser.storage.local (fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('first run: defaults, nothing written', async () => {
    expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('a stored v0 value is migrated on read and written back as v1', async () => {
    const { version: _v, ...v0 } = v1;
    await fakeBrowser.storage.local.set({ settings: v0 });
    const read = await loadSettings();
    expect(read.settings).toEqual(v1);
    expect(read.migratedFrom).toBe(0);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(v1);
  });

  it('a corrupted value gives defaults and a notice, and is kept until the user saves', async () => {
    await fakeBrowser.storage.local.set({ settings: { version: 7, enabled: 'yes' } });
    const read = await loadSettings();
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/unknown settings version 7/);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ version: 7, enabled: 'yes' });
    await saveSettings(v1);
    expect(await loadSettings()).toEqual({ settings: v1 });
  });

  it('watchers receive validated settings', async () => {
    const seen: unknown[] = [];
    const stop = watchSettings((parsed) => seen.push(parsed.settings.enabled));
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await new Promise((r) => setTimeout(r, 0));
    stop();
    expect(seen).toEqual([false]);
  });
});
