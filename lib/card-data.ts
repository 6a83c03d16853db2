import holidays from '../data/holidays.generated.json';
import regionsFile from '../data/regions.generated.json';
import { CLAIMS } from '../data/claims';
import { RULES } from '../data/rules';
import { HolidayCalendar, type Claim, type Region, type Rule, type Topic } from '../data/schema';
import { TOPICS } from '../data/topics';
import type { RegionLookup } from './rule-resolution';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-days';

/** Everything the cards read: the bundled rules, topics, claims, regions and holiday calendar. */
export interface CardData {
  rules: readonly Rule[];
  topics: readonly Topic[];
  claims: readonly Claim[];
  lookup: RegionLookup;
  calendar: WorkingDayCalendar;
}

let cached: CardData | undefined;

/**
 * Built once, on the first card a page opens. Regions are indexed by code straight from the bundled
 * file: the schema check (loadRegions) costs a 20–65 ms task on hover, and the same file is already
 * validated by tests/unit/regions.test.ts and by the detector's own load.
 */
export function cardData(): CardData {
  cached ??= build();
  return cached;
}

function build(): CardData {
  const byCode = new Map((regionsFile.regions as Region[]).map((r) => [r.code, r]));
  return {
    rules: RULES,
    topics: TOPICS,
    claims: CLAIMS,
    lookup: { byCode: (code) => byCode.get(code) },
    calendar: createWorkingDayCalendar(HolidayCalendar.parse(holidays)),
  };
}
