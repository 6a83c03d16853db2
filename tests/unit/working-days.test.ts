import { afterEach, describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import { HolidayCalendar } from '../../data/schema';
import { CalendarInputError, createWorkingDayCalendar } from '../../lib/calendar/working-days';

/*
 * Schedule facts the expected dates rest on (State Council notices, as carried by chinese-days 1.5.7):
 * - 2025 国庆节+中秋节: off Wed 10-01 … Wed 10-08; make-up workdays Sun 09-28 and Sat 10-11.
 * - 2026 春节: off Sun 02-15 … Mon 02-23; make-up workdays Sat 02-14 and Sat 02-28.
 * - 2026 中秋节: off Fri 09-25 … Sun 09-27. 2026 国庆节: off Thu 10-01 … Wed 10-07;
 *   make-up workdays Sun 09-20 and Sat 10-10.
 * - 2020 元旦: Wed 01-01 off, no make-up day. Years before 2020 are left out of the bundle.
 * Counting: the start date is day 0; the result is the Nth working day after it.
 */
const data = HolidayCalendar.parse(holidays);
const cal = createWorkingDayCalendar(data);

describe('bundled holiday calendar', () => {
  it('covers 2025 and 2026 and holds the schedule facts above', () => {
    expect(cal.coveredYears).toEqual(expect.arrayContaining([2025, 2026]));
    expect(cal.coveredYears).not.toContain(2019);
    expect(data.holidays['2025-10-08']).toBe('国庆节');
    expect(data.workdays['2025-09-28']).toBe('国庆节');
    expect(data.workdays['2026-02-28']).toBe('春节');
    expect(data.holidays['2026-09-25']).toBe('中秋节');
  });

  it('lists only weekends as make-up workdays and never a date as both', () => {
    for (const date of Object.keys(data.workdays)) {
      expect(cal.dayInfo(date).kind).toBe('makeup-workday');
      expect([0, 6]).toContain(new Date(`${date}T12:00:00`).getDay());
      expect(data.holidays[date]).toBeUndefined();
    }
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2025-10-01', false], // National Day, a Wednesday
    ['2025-10-08', false], // last day of the 2025 break, a Wednesday
    ['2025-09-28', true], // make-up Sunday
    ['2025-10-11', true], // make-up Saturday
    ['2025-10-12', false], // ordinary Sunday
    ['2025-10-09', true], // ordinary Thursday
    ['2026-02-14', true], // make-up Saturday before Spring Festival
    ['2026-02-23', false], // Monday inside the Spring Festival break
    ['2026-02-28', true], // make-up Saturday after it
    ['2026-03-01', false], // ordinary Sunday
    ['2026-09-20', true], // make-up Sunday for National Day 2026
    ['2026-09-25', false], // Mid-Autumn Friday
    ['2026-10-10', true], // make-up Saturday
    ['2026-10-17', false], // ordinary Saturday
  ])('%s → %s', (date, expected) => {
    expect(cal.isWorkingDay(date)).toBe(expected);
  });

  it('names the holiday a day belongs to', () => {
    expect(cal.dayInfo('2026-10-01')).toEqual({
      date: '2026-10-01',
      working: false,
      kind: 'holiday',
      holiday: '国庆节',
      covered: true,
    });
    expect(cal.dayInfo('2026-02-14')).toMatchObject({ working: true, kind: 'makeup-workday', holiday: '春节' });
    expect(cal.dayInfo('2026-10-17')).toMatchObject({ working: false, kind: 'weekend' });
  });
});

describe('addWorkingDays', () => {
  it('counts a request filed on Friday 2025-09-26 from the next working day (the make-up Sunday)', () => {
    // 09-28 Sun (1), 09-29 (2), 09-30 (3), break, 10-09 (4), 10-10 (5), 10-11 Sat (6),
    // 10-13 (7), 10-14 (8), 10-15 (9), 10-16 (10).
    expect(cal.addWorkingDays('2025-09-26', 1)).toEqual({ date: '2025-09-28', outsideCalendar: false });
    expect(cal.addWorkingDays('2025-09-26', 10)).toEqual({ date: '2025-10-16', outsideCalendar: false });
  });

  it('jumps the whole 2025 National Day break', () => {
    expect(cal.addWorkingDays('2025-09-30', 1).date).toBe('2025-10-09');
  });

  it('crosses National Day 2026 and counts its make-up Saturday', () => {
    // 09-30 + 3: 10-08 (1), 10-09 (2), 10-10 Sat (3).
    expect(cal.addWorkingDays('2026-09-30', 3).date).toBe('2026-10-10');
    // 09-28 + 10: 09-29, 09-30, 10-08, 10-09, 10-10, 10-12 … 10-16.
    expect(cal.addWorkingDays('2026-09-28', 10).date).toBe('2026-10-16');
  });

  it('crosses Spring Festival 2026 with both make-up Saturdays', () => {
    expect(cal.addWorkingDays('2026-02-13', 1).date).toBe('2026-02-14');
    expect(cal.addWorkingDays('2026-02-13', 2).date).toBe('2026-02-24');
    // 02-14 (1), 02-24 … 02-27 (2–5), 02-28 Sat (6), 03-02 … 03-05 (7–10).
    expect(cal.addWorkingDays('2026-02-13', 10).date).toBe('2026-03-05');
    // From Thursday 02-12: 02-13, 02-14, 02-24 … 02-28, 03-02 … 03-06, 03-09 … 03-11.
    expect(cal.addWorkingDays('2026-02-12', 15).date).toBe('2026-03-11');
  });

  it('treats the start day as day 0, even when it is a holiday', () => {
    expect(cal.addWorkingDays('2026-10-01', 0).date).toBe('2026-10-01');
    expect(cal.addWorkingDays('2026-10-03', 1).date).toBe('2026-10-08');
  });
});

describe('countWorkingDays', () => {
  it('counts (from, to] and agrees with addWorkingDays', () => {
    expect(cal.countWorkingDays('2025-09-26', '2025-10-16')).toEqual({ count: 10, outsideCalendar: false });
    expect(cal.countWorkingDays('2026-02-13', '2026-03-05').count).toBe(10);
    expect(cal.countWorkingDays('2025-09-30', '2025-10-08').count).toBe(0);
    expect(cal.countWorkingDays('2026-10-16', '2026-10-16').count).toBe(0);
  });

  it('counts October 2026: 22 weekdays − 5 holiday weekdays + make-up 10-10 = 18', () => {
    expect(cal.countWorkingDays('2026-09-30', '2026-10-31').count).toBe(18);
    expect(cal.countWorkingDays('2026-10-31', '2026-09-30').count).toBe(-18);
  });
});

describe('outside the covered years', () => {
  it('falls back to Monday–Friday and says so (2019 is not bundled)', () => {
    expect(cal.covers('2019-10-01')).toBe(false);
    expect(cal.covers('2020-01-01')).toBe(true);
    // 2019-10-01 was really a holiday; the fallback cannot know and the flag tells the UI.
    expect(cal.isWorkingDay('2019-10-01')).toBe(true);
    expect(cal.addWorkingDays('2019-09-30', 1)).toEqual({
      date: '2019-10-01',
      outsideCalendar: true,
      datesOutside: { first: '2019-10-01', last: '2019-10-01' },
    });
  });

  it('flags a span that starts outside and ends inside', () => {
    // 2019-12-20 Fri: 12-23 … 12-27 (5), 12-30, 12-31 (7), 2020-01-01 holiday, 01-02, 01-03, 01-06 (10).
    expect(cal.addWorkingDays('2019-12-20', 10)).toEqual({
      date: '2020-01-06',
      outsideCalendar: true,
      datesOutside: { first: '2019-12-21', last: '2019-12-31' },
    });
    expect(cal.countWorkingDays('2019-12-20', '2020-01-06')).toEqual({
      count: 10,
      outsideCalendar: true,
      datesOutside: { first: '2019-12-21', last: '2019-12-31' },
    });
  });

  it('flags counting that runs past the last published year', () => {
    const last = Math.max(...cal.coveredYears);
    expect(cal.covers(`${last + 1}-01-01`)).toBe(false);
    const late = cal.addWorkingDays(`${last}-12-20`, 15);
    expect(late.outsideCalendar).toBe(true);
    expect(late.datesOutside?.first).toBe(`${last + 1}-01-01`);
    expect(cal.addWorkingDays(`${last}-06-01`, 5).outsideCalendar).toBe(false);
  });
});

describe('input errors', () => {
  it.each(['2026-02-30', '2026-9-28', '', '2026/09/28', '2026-13-01'])('rejects %j', (bad) => {
    expect(() => cal.isWorkingDay(bad)).toThrow(CalendarInputError);
    expect(() => cal.addWorkingDays(bad, 1)).toThrow(/YYYY-MM-DD/);
  });

  it.each([-1, 1.5, Number.NaN])('rejects a count of %s', (n) => {
    const error = (() => {
      try {
        cal.addWorkingDays('2026-09-28', n);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CalendarInputError);
    expect((error as CalendarInputError).code).toBe('invalid-count');
  });
});

describe('machine time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'UTC'])('gives the same dates in %s', (tz) => {
    process.env.TZ = tz;
    expect(cal.addWorkingDays('2025-09-26', 10).date).toBe('2025-10-16');
    expect(cal.isWorkingDay('2026-10-10')).toBe(true);
    expect(cal.countWorkingDays('2026-09-30', '2026-10-31').count).toBe(18);
  });
});
