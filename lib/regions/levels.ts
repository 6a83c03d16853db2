// Region levels and codes, shared by the matcher (content script), the region index and the compact
// regions format. Pure and zod-free: the content script imports it.
import type { RegionLevel } from '../../data/schema';

/** Higher levels first: a province ranks above its prefectures, they above county-level cities. */
export const LEVEL_RANK: Readonly<Record<RegionLevel, number>> = { province: 0, prefecture: 1, 'county-city': 2 };

/** The province code of any region code (GB/T 2260: the first two digits, then zeros). */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;
