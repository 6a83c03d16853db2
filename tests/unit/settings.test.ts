import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, Settings } from '../../lib/settings';

describe('parseSettings', () => {
  it('accepts valid settings unchanged and reports no problem', () => {
    const stored = { ...DEFAULT_SETTINGS, enabled: false, theme: 'dark', disabledSites: ['example.com'] };
    const { settings, problem } = parseSettings(stored);
    expect(problem).toBeUndefined();
    expect(settings).toEqual(stored);
  });

  it('treats nothing stored as a first run: defaults, no problem', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS });
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  it.each([['a string', 'garbage'], ['a number', 42], ['an array', [1, 2]], ['true', true]])(
    'falls back to defaults with a problem when storage holds %s',
    (_label, raw) => {
      const { settings, problem } = parseSettings(raw);
      expect(settings).toEqual(DEFAULT_SETTINGS);
      expect(problem).toMatch(/not an object/);
    },
  );

  it('keeps the valid fields of a partly corrupted object and names the bad ones', () => {
    const { settings, problem } = parseSettings({
      ...DEFAULT_SETTINGS,
      enabled: false,
      hoverDelayMs: 'fast',
      trigger: 'click',
      language: 'en',
    });
    expect(settings.enabled).toBe(false);
    expect(settings.language).toBe('en');
    expect(settings.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(settings.trigger).toBe('hover');
    expect(problem).toMatch(/invalid: hoverDelayMs, trigger/);
    expect(Settings.safeParse(settings).success).toBe(true);
  });

  it('fills missing fields from defaults', () => {
    const { settings, problem } = parseSettings({ version: 1, enabled: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(problem).toMatch(/missing: disabledSites/);
  });

  it('does not hand out the shared default object', () => {
    const { settings } = parseSettings(undefined);
    settings.disabledSites.push('x.org');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});
