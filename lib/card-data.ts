import holidays from '../data/holidays.generated.json';
import regionsFile from '../data/regions.generated.json';
import { CLAIMS } from '../data/claims';
import { RULES } from '../data/rules';
import { HolidayCalendar, type Claim, type Rule, type Topic } from '../data/schema';
import { TOPICS } from '../data/topics';
import { loadRegions } from './region-index';
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

/** Validated once, on the first card a page opens, not when the content script starts. */
export function cardData(): CardData {
  cached ??= {
    rules: RULES,
    topics: TOPICS,
    claims: CLAIMS,
    lookup: loadRegions(regionsFile),
    calendar: createWorkingDayCalendar(HolidayCalendar.parse(holidays)),
  };
  return cached;
}
