// Stored settings carry their own `version`. Older shapes are migrated step by step to the current
// one before validation; a version we do not know (a newer build's, after a downgrade, or garbage)
// is not guessed at: defaults are used and the user is told.
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEYS, type ParsedSettings } from './settings';

export const SETTINGS_VERSION = 1;

type Stored = Record<string, unknown>;

/**
 * Keyed by the version a step migrates FROM. v0 is a settings object without a version field —
 * what a pre-release build or a hand edit leaves — with the same field names as v1.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: Stored) => Stored>> = {
  0: (old) => {
    const known = Object.fromEntries(Object.entries(old).filter(([key]) => (SETTINGS_KEYS as string[]).includes(key) && key !== 'version'));
    return { ...known, version: 1 };
  },
};

export interface ReadSettings extends ParsedSettings {
  /** The version the stored value was migrated from, when it was. */
  migratedFrom?: number;
}

function storedVersion(value: Stored): number | 'unknown' {
  if (!('version' in value)) return 0;
  const v = value.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= SETTINGS_VERSION ? v : 'unknown';
}

/** Never throws: migration, then validation field by field (parseSettings). */
export function readStoredSettings(raw: unknown): ReadSettings {
  if (raw === null || raw === undefined || typeof raw !== 'object' || Array.isArray(raw)) return parseSettings(raw);
  let value = raw as Stored;
  const from = storedVersion(value);
  if (from === 'unknown') {
    return {
      settings: structuredClone(DEFAULT_SETTINGS),
      problem: `unknown settings version ${JSON.stringify(value.version)?.slice(0, 20)}; defaults used`,
    };
  }
  for (let v = from; v < SETTINGS_VERSION; v++) {
    const step = SETTINGS_MIGRATIONS[v];
    try {
      value = step ? step(value) : value;
    } catch (error) {
      return { settings: structuredClone(DEFAULT_SETTINGS), problem: `settings migration from v${v} failed (${String(error)}); defaults used` };
    }
  }
  const parsed = parseSettings(value);
  return from < SETTINGS_VERSION ? { ...parsed, migratedFrom: from } : parsed;
}
