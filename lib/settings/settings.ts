// Checked by hand, field by field, rather than with a schema: the content script reads settings in
// every frame of every page, and even zod/mini would add ~6 KB gzipped to it for eight fields.
// tests/unit/settings.test.ts holds these checks against a zod schema of the same shape.

import { isRecord } from '../types';

export interface Settings {
  version: 1;
  enabled: boolean;
  /** Hostnames where the user switched the lens off. */
  disabledSites: string[];
  kinds: { place: boolean; topic: boolean; claim: boolean };
  /** 0–5000, whole milliseconds. */
  hoverDelayMs: number;
  /** 'hover-key': the card opens only while a modifier key is held, for readers who hover a lot. */
  trigger: 'hover' | 'hover-key';
  theme: 'auto' | 'light' | 'dark';
  language: 'auto' | 'zh-CN' | 'en';
  /** Hostnames where the lens marks every page, also those it judges not about social insurance. */
  alwaysOnHosts: string[];
  /** Mark every topic mention, not only the first in each block and those in headings. */
  everyMention: boolean;
}

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  enabled: true,
  disabledSites: [],
  kinds: { place: true, topic: true, claim: true },
  hoverDelayMs: 300,
  trigger: 'hover',
  theme: 'auto',
  language: 'auto',
  alwaysOnHosts: [],
  everyMention: false,
}) as Settings;

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf =
  <T extends string>(...values: T[]) =>
  (v: unknown): T | undefined =>
    values.find((x) => x === v);
const stringList = (v: unknown): string[] | undefined =>
  Array.isArray(v) && Array.from(v as unknown[]).every((s) => typeof s === 'string') ? [...(v as string[])] : undefined;
const same = <T>(is: (v: unknown) => v is T) => (v: unknown) => (is(v) ? v : undefined);

/** Each field's reading of a stored value: a clean copy (no extra keys) when valid, else undefined. */
const FIELDS: { [K in keyof Settings]: (v: unknown) => Settings[K] | undefined } = {
  version: (v) => (v === 1 ? 1 : undefined),
  enabled: same(isBoolean),
  disabledSites: (v) => stringList(v),
  kinds: (v) => (isRecord(v) && isBoolean(v.place) && isBoolean(v.topic) && isBoolean(v.claim) ? { place: v.place, topic: v.topic, claim: v.claim } : undefined),
  hoverDelayMs: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 5000 ? v : undefined),
  trigger: oneOf('hover', 'hover-key'),
  theme: oneOf('auto', 'light', 'dark'),
  language: oneOf('auto', 'zh-CN', 'en'),
  alwaysOnHosts: (v) => stringList(v),
  everyMention: same(isBoolean),
};

/**
 * Fields added to version 1 after its release: settings stored before them simply lack them, which
 * is not a problem to report (no version bump, no migration: the default is what they meant).
 */
const ADDED_LATER: ReadonlySet<keyof Settings> = new Set(['alwaysOnHosts', 'everyMention']);

/** Every settings field, version included. */
export const SETTINGS_KEYS = Object.keys(FIELDS) as (keyof Settings)[];

export interface ParsedSettings {
  settings: Settings;
  /** Set when stored data was unusable and defaults (or partly defaults) were used instead. */
  problem?: string;
}

/**
 * Never throws: storage may hold anything (old versions, hand edits, another extension's bug).
 * Fields that are valid are kept so one bad field does not cost the user every other choice.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  if (raw === undefined || raw === null) return { settings: cloneDefaults() };
  if (!isRecord(raw)) return { settings: cloneDefaults(), problem: `settings were not an object (${describe(raw)}); defaults used` };
  try {
    return repair(raw);
  } catch (error) {
    return { settings: cloneDefaults(), problem: `settings could not be read (${String(error).slice(0, 60)}); defaults used` };
  }
}

function repair(record: Record<string, unknown>): ParsedSettings {
  const settings: Record<string, unknown> = { ...cloneDefaults() };
  const dropped: string[] = [];
  const missing: string[] = [];
  for (const key of SETTINGS_KEYS) {
    if (key === 'version') continue;
    if (!(key in record)) {
      if (!ADDED_LATER.has(key)) missing.push(key);
      continue;
    }
    const value = FIELDS[key](record[key]);
    if (value === undefined) dropped.push(key);
    else settings[key] = value;
  }
  const parts = [
    dropped.length ? `invalid: ${dropped.join(', ')}` : '',
    missing.length ? `missing: ${missing.join(', ')}` : '',
    record.version !== 1 ? `version ${describe(record.version)} read as 1` : '',
  ].filter(Boolean);
  return parts.length ? { settings: settings as unknown as Settings, problem: `settings repaired with defaults (${parts.join('; ')})` } : { settings: settings as unknown as Settings };
}

function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : `${typeof value} ${String(value).slice(0, 20)}`;
}
