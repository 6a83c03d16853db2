// The settings contract as a zod schema. Extension pages check every value against it before it is
// stored (utils/use-settings.ts); the content script reads with lib/settings/settings.ts's hand-written
// checks instead (zod would add ~6 KB gzipped to every frame), and tests/unit/settings.test.ts holds
// those checks field by field against this schema.
import * as z from 'zod/mini';
import type { Settings } from './settings';
import { assertSameType } from '../types';

export const SettingsSchema = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  disabledSites: z.array(z.string()),
  kinds: z.object({ place: z.boolean(), topic: z.boolean(), claim: z.boolean() }),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(5000)),
  trigger: z.enum(['hover', 'hover-key']),
  theme: z.enum(['auto', 'light', 'dark']),
  language: z.enum(['auto', 'zh-CN', 'en']),
  alwaysOnHosts: z.array(z.string()),
  everyMention: z.boolean(),
});

// Does not compile while the schema and the Settings type disagree.
assertSameType<Settings, z.infer<typeof SettingsSchema>>();
