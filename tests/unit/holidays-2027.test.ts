import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import regionsFile from '../../data/regions.generated.json';
import { RULES } from '../../data/rules';
import { HolidayCalendar } from '../../data/schema';
import { loadRegions } from '../../lib/bundle/validated-regions';
import { createWorkingDayCalendar } from '../../lib/calendar/working-days';
import { estimateNote } from '../../lib/i18n/estimate-note';
import { planToText } from '../../lib/plan/plan-text';
import { buildTransferPlan } from '../../lib/plan/transfer-plan';
import { buildCalendar, type PackageDays } from '../../scripts/holidays/build-calendar';
import { statutoryDays } from '../../scripts/holidays/statutory-days';

const bundled = HolidayCalendar.parse(holidays);
const calendar = createWorkingDayCalendar(bundled);
const regions = loadRegions(regionsFile);
const code = (query: string) => regions.search(query)[0]!.code;

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const packageVersion = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;
const packageDays = JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')) as PackageDays;

describe('2027 holidays estimated from 《全国年节及纪念日放假办法》 until the State Council notice', () => {
  it('applied 2026-12-24: 10 working days end 2027-01-08 and 15 end 2027-01-15, 元旦 skipped', () => {
    expect(calendar.addWorkingDays('2026-12-24', 10)).toEqual({ date: '2027-01-08', outsideCalendar: false });
    expect(calendar.addWorkingDays('2026-12-24', 15)).toEqual({ date: '2027-01-15', outsideCalendar: false });
    expect(calendar.dayInfo('2027-01-01')).toMatchObject({ kind: 'holiday', holiday: '元旦' });
  });

  it('a plan across 春节 2027 skips 02-05 to 02-08 and says its dates are an estimate, naming the weekend festival days', () => {
    const p = buildTransferPlan(RULES, regions, calendar, { from: code('九江'), to: code('广州'), insurance: 'employee', status: 'employed', applied: '2027-01-29' });
    const out = p.checklist.find((c) => c.step === 'transfer-out')!;
    expect(out.holidays).toEqual([{ name: '春节', first: '2027-02-05', last: '2027-02-08' }]);
    expect(out.deadline).toBe('2027-02-16');
    expect(p.outsideCalendar).toBe(false);
    expect(estimateNote('zh-CN', p.calendarEstimates)).toBe('2027 年调休安排尚未公布，已按法定节日推算。春节（2月6日、2月7日）逢周末，补假日期尚未公布。');
    expect(planToText('zh-CN', p, { from: '九江', to: '广州' })).toContain('⚠ 2027 年调休安排尚未公布，已按法定节日推算。');
    expect(estimateNote('en', p.calendarEstimates)).toBe(
      'The 2027 holiday arrangement (调休) has not been published yet; dates are estimated from the statutory holidays. Spring Festival (春节): 2027-02-06, 2027-02-07 fall on a weekend; the weekdays given off in their place (补假) are not known yet.',
    );
  });

  it('a plan inside the published years carries no estimate note', () => {
    const p = buildTransferPlan(RULES, regions, calendar, { from: code('九江'), to: code('广州'), insurance: 'employee', status: 'employed', applied: '2026-09-28' });
    expect(p.calendarEstimates).toEqual([]);
    expect(estimateNote('zh-CN', p.calendarEstimates)).toBeUndefined();
  });

  it('the statutory days computed from the law are holidays in every published notice since the law took effect', () => {
    for (const year of [2025, 2026]) {
      for (const d of statutoryDays(year)) expect(bundled.holidays[d.date], `${year}: ${d.name} ${d.date}`).toBe(d.name);
    }
  });

  it('the bundled calendar is what gen:holidays builds from the installed chinese-days', () => {
    expect(buildCalendar(packageDays, packageVersion)).toEqual(bundled);
    expect(bundled.estimated?.map((e) => e.year)).toEqual([2027]);
  });

  it('once a chinese-days release carries the 2027 notice, gen:holidays uses it and no longer estimates 2027', () => {
    // Fixture, not a fact: a made-up 2027 schedule in the package's format (a 元旦 bridge and a make-up
    // Saturday nobody has announced), only to show the notice's days replace the estimate's.
    const fixture: PackageDays = {
      holidays: { ...packageDays.holidays },
      workdays: { ...packageDays.workdays, '2027-01-09': 'New Year,元旦,1' },
    };
    for (const d of statutoryDays(2027)) fixture.holidays[d.date] = `Fixture,${d.name.replace(/^(清明|端午|中秋)节$/, '$1')},1`;
    fixture.holidays['2027-01-02'] = 'Fixture,元旦,1';
    const built = buildCalendar(fixture, '9.9.9-fixture');
    expect(built.years.slice(-2)).toEqual([2027, 2028]);
    expect(built.estimated?.map((e) => e.year)).toEqual([2028]);
    expect(built.holidays['2027-01-02']).toBe('元旦');
    expect(built.workdays['2027-01-09']).toBe('元旦');
    const cal = createWorkingDayCalendar(built);
    expect(cal.dayInfo('2027-01-09').kind).toBe('makeup-workday');
  });
});
