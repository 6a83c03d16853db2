// The bundled data loaded once per page (popup, options): regions, rules, calendar, topics, claims.
import holidays from '../data/holidays.generated.json';
import regionsFile from '../data/regions.generated.json';
import { CLAIMS } from '../data/claims';
import { RULES } from '../data/rules';
import { HolidayCalendar, type Claim, type Rule, type Topic } from '../data/schema';
import { TOPICS } from '../data/topics';
import { loadRegions, type RegionIndex } from './region-index';
import { createWorkingDayCalendar, type WorkingDayCalendar } from './working-days';

export interface Bundle {
  regions: RegionIndex;
  calendar: WorkingDayCalendar;
  rules: readonly Rule[];
  topics: readonly Topic[];
  claims: readonly Claim[];
}

let bundle: Bundle | undefined;

export function getBundle(): Bundle {
  bundle ??= {
    regions: loadRegions(regionsFile),
    calendar: createWorkingDayCalendar(HolidayCalendar.parse(holidays)),
    rules: RULES,
    topics: TOPICS,
    claims: CLAIMS,
  };
  return bundle;
}
