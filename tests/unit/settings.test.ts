import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../lib/settings/settings';
import { SettingsSchema } from '../../lib/settings/settings-schema';

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
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('fills missing fields from defaults', () => {
    const { settings, problem } = parseSettings({ version: 1, enabled: false });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(problem).toMatch(/missing: disabledSites/);
  });

  it('reads settings stored before alwaysOnHosts and everyMention as their defaults, without a problem', () => {
    const { alwaysOnHosts: _a, everyMention: _e, ...before } = { ...DEFAULT_SETTINGS, theme: 'dark' as const, disabledSites: ['x.org'] };
    expect(parseSettings(before)).toStrictEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', disabledSites: ['x.org'] } });
  });

  it('does not hand out the shared default object', () => {
    const { settings } = parseSettings(undefined);
    settings.disabledSites.push('x.org');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('parseSettings against the zod schema of the same shape', () => {
  const FIELD_VALUES: Record<keyof Settings, unknown[]> = {
    version: [1, 0, 2, '1', 1.5, null],
    enabled: [true, false, 'true', 0, null],
    disabledSites: [[], ['a.org', 'b.org'], ['a.org', 3], 'a.org', [null], { 0: 'a.org' }],
    kinds: [
      { place: true, topic: false, claim: true },
      { place: true, topic: false, claim: true, extra: 1 },
      { place: true, topic: false },
      { place: 'yes', topic: false, claim: true },
      [true, true, true],
      null,
    ],
    hoverDelayMs: [0, 300, 5000, 5001, -1, 2.5, '300', Number.NaN, Number.POSITIVE_INFINITY, null],
    trigger: ['hover', 'hover-key', 'click', '', null],
    theme: ['auto', 'light', 'dark', 'Dark', 1],
    language: ['auto', 'zh-CN', 'en', 'zh', 'EN'],
    alwaysOnHosts: [[], ['si.example.cn'], ['a.org', 3], 'a.org', null],
    everyMention: [true, false, 'false', 1, null],
  };

  it('each field: valid exactly when zod says so, kept exactly as zod outputs it, else the default', () => {
    for (const [key, values] of Object.entries(FIELD_VALUES) as [keyof Settings, unknown[]][]) {
      for (const value of values) {
        const stored = { ...DEFAULT_SETTINGS, [key]: value };
        const oracle = SettingsSchema.safeParse(stored);
        const { settings, problem } = parseSettings(stored);
        const label = `${key} = ${JSON.stringify(value)}`;
        expect(problem === undefined, label).toBe(oracle.success);
        if (oracle.success) expect(settings, label).toStrictEqual(oracle.data);
        else if (key !== 'version') expect(settings[key], label).toStrictEqual(DEFAULT_SETTINGS[key]);
        expect(SettingsSchema.safeParse(settings).success, label).toBe(true);
      }
    }
  });

  it('drops keys it does not know, as zod does, and reads a throwing getter as unreadable', () => {
    const stored = { ...DEFAULT_SETTINGS, legacy: true };
    expect(parseSettings(stored)).toStrictEqual({ settings: SettingsSchema.parse(stored) });
    const hostile = { ...DEFAULT_SETTINGS };
    Object.defineProperty(hostile, 'theme', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(parseSettings(hostile)).toEqual({ settings: DEFAULT_SETTINGS, problem: expect.stringMatching(/could not be read \(Error: boom\)/) });
  });
});
