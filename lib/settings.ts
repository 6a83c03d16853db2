// zod/mini: the content script runs in every frame, so its bundle stays small.
import * as z from 'zod/mini';

export const Settings = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  /** Hostnames where the user switched the lens off. */
  disabledSites: z.array(z.string()),
  kinds: z.object({ place: z.boolean(), topic: z.boolean(), claim: z.boolean() }),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(5000)),
  /** 'hover-key': the card opens only while a modifier key is held, for readers who hover a lot. */
  trigger: z.enum(['hover', 'hover-key']),
  theme: z.enum(['auto', 'light', 'dark']),
  language: z.enum(['auto', 'zh-CN', 'en']),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  version: 1,
  enabled: true,
  disabledSites: [],
  kinds: { place: true, topic: true, claim: true },
  hoverDelayMs: 300,
  trigger: 'hover',
  theme: 'auto',
  language: 'auto',
}) as Settings;

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
  const whole = Settings.safeParse(raw);
  if (whole.success) return { settings: whole.data };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: cloneDefaults(), problem: `settings were not an object (${describe(raw)}); defaults used` };
  }
  const record = raw as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...cloneDefaults() };
  const dropped: string[] = [];
  for (const key of Object.keys(Settings.shape) as (keyof Settings)[]) {
    if (!(key in record) || key === 'version') continue;
    const field = Settings.shape[key].safeParse(record[key]);
    if (field.success) merged[key] = field.data;
    else dropped.push(key);
  }
  const settings = Settings.parse(merged);
  const missing = Object.keys(Settings.shape).filter((k) => k !== 'version' && !(k in record));
  const parts = [
    dropped.length ? `invalid: ${dropped.join(', ')}` : '',
    missing.length ? `missing: ${missing.join(', ')}` : '',
    record.version !== 1 ? `version ${describe(record.version)} read as 1` : '',
  ].filter(Boolean);
  return { settings, problem: `settings repaired with defaults (${parts.join('; ')})` };
}

function cloneDefaults(): Settings {
  return structuredClone(DEFAULT_SETTINGS);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : `${typeof value} ${String(value).slice(0, 20)}`;
}
