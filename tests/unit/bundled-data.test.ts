import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { HolidayCalendar } from '../../data/schema';
import { bundledRegions, getBundle } from '../../lib/bundle/popup-data';
import { loadRegions } from '../../lib/bundle/validated-regions';

describe('bundled data for extension pages (not parsed at runtime)', () => {
  it('regions equal what the validating loader returns, and search the same', () => {
    const validated = loadRegions(regionsFile);
    expect(bundledRegions()).toEqual({ regions: validated.regions, blockers: validated.blockers });
    const { regions } = getBundle();
    for (const q of ['jj', '广州', 'wlmq', 'sz', '吉林']) expect(regions.search(q).map((r) => r.code)).toEqual(validated.search(q).map((r) => r.code));
  });
  it('the holiday calendar file is valid', () => {
    expect(HolidayCalendar.safeParse(holidays).success).toBe(true);
  });
});
