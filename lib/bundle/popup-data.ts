// The bundled data loaded once per page (popup, options): regions, rules, calendar, topics, claims.
// Nothing here parses with zod at runtime: the files are validated by the unit tests, and the popup
// stays free of zod's full runtime (whose eval-based fast path addons-linter flags).
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { CLAIMS } from '../../data/claims';
import { RULES } from '../../data/rules';
import type { Blocker, Claim, HolidayCalendar, Region, RegionName, Rule, Topic } from '../../data/schema';
import { TOPICS } from '../../data/topics';
import { buildRegionIndex, type RegionIndex } from '../regions/region-index-build';
import { createWorkingDayCalendar, type WorkingDayCalendar } from '../calendar/working-days';

export interface Bundle {
  regions: RegionIndex;
  calendar: WorkingDayCalendar;
  rules: readonly Rule[];
  topics: readonly Topic[];
  claims: readonly Claim[];
}

let bundle: Bundle | undefined;

interface RawName {
  text: string;
  form: string;
  ambiguity?: string[];
}

/**
 * The bundled regions as the schema would parse them (a name's ambiguity defaults to []), without
 * parsing: tests/unit/bundled-data.test.ts checks the result equals the validating loader's.
 */
export function bundledRegions(): { regions: Region[]; blockers: Blocker[] } {
  const regions = regionsFile.regions.map((r) => ({
    ...r,
    names: (r.names as RawName[]).map((n) => ({ ...n, ambiguity: n.ambiguity ?? [] }) as RegionName),
  })) as Region[];
  return { regions, blockers: regionsFile.blockers as Blocker[] };
}

export function getBundle(): Bundle {
  bundle ??= {
    regions: (({ regions, blockers }) => buildRegionIndex(regions, blockers))(bundledRegions()),
    // Validated by the unit tests (timeline, working days) rather than here, so the popup bundles no full zod.
    calendar: createWorkingDayCalendar(holidays as HolidayCalendar),
    rules: RULES,
    topics: TOPICS,
    claims: CLAIMS,
  };
  return bundle;
}
