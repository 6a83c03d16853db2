import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/page-regions.generated.json';
import { CLAIMS } from '../../data/claims';
import { RULES } from '../../data/rules';
import type { Claim, HolidayCalendar, Rule, Topic } from '../../data/schema';
import { TOPICS } from '../../data/topics';
import { decodePageRegions, type PageRegionsFile } from './page-regions-format';
import type { RegionLookup } from '../rules/rule-resolution';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/working-days';

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
 * Built once per background worker (the first card after it wakes), from the slim page regions: no
 * pinyin, which only the popup's type-ahead needs. Nothing is schema-checked here: that would pull
 * zod's eval-based parser into the worker (addons-linter flags it) and delay the first card; the same
 * files are validated by tests/unit/regions.test.ts, the page-regions drift test and the calendar tests.
 */
export function cardData(): CardData {
  cached ??= build();
  return cached;
}

function build(): CardData {
  const { regions } = decodePageRegions(regionsFile as unknown as PageRegionsFile);
  const byCode = new Map(regions.map((r) => [r.code, r]));
  return {
    rules: RULES,
    topics: TOPICS,
    claims: CLAIMS,
    lookup: { byCode: (code) => byCode.get(code) },
    calendar: createWorkingDayCalendar(holidays as HolidayCalendar),
  };
}
