import { describe, expect, it } from 'vitest';
import holidays from '../../data/holidays.generated.json';
import { HolidayCalendar } from '../../data/schema';
import { buildTimeline, TimelineInputError, type TimelineStepInput } from '../../lib/calendar/timeline';
import { createWorkingDayCalendar } from '../../lib/calendar/working-days';

/*
 * Schedule facts (State Council notices via chinese-days 1.5.7):
 * - 2025: off Wed 10-01 … Wed 10-08, make-up Sun 09-28 and Sat 10-11.
 * - 2026: Spring Festival off 02-15 … 02-23, make-up Sat 02-14 and Sat 02-28;
 *   Mid-Autumn off Fri 09-25 … Sun 09-27; National Day off Thu 10-01 … Wed 10-07, make-up Sat 10-10.
 * - 2020: 元旦 Wed 01-01 off; 2019 is not bundled (Mon–Fri fallback).
 * Start date = day 0; a working-day deadline is the Nth working day after it.
 */
const cal = createWorkingDayCalendar(HolidayCalendar.parse(holidays));

// The national cross-province procedure: 转出 within 10 working days of the application, 转入 within
// 5 working days of receiving the 信息表, the whole transfer within 15 working days.
const crossProvince: TimelineStepInput[] = [
  { step: 'transfer-out', unit: 'working-days', max: 10 },
  { step: 'transfer-in', unit: 'working-days', max: 5, after: 'transfer-out' },
  { step: 'whole', unit: 'working-days', max: 15 },
];

describe('cross-province chain 10 / 5 / 15', () => {
  it('dates the 九江 → 广州 plan applied on Monday 2026-09-28', () => {
    // Out: 09-29, 09-30, 10-08, 10-09, 10-10 (Sat), 10-12 … 10-16 → 10-16.
    // In: 10-19 … 10-23 → 10-23. Whole: 15th working day after 09-28 → 10-23.
    const t = buildTimeline(cal, '2026-09-28', crossProvince);
    expect(t.items).toEqual([
      {
        step: 'transfer-out',
        unit: 'working-days',
        from: '2026-09-28',
        deadline: '2026-10-16',
        workingDays: 10,
        calendarDays: 18,
        approx: false,
        outsideCalendar: false,
      },
      {
        step: 'transfer-in',
        unit: 'working-days',
        from: '2026-10-16',
        after: 'transfer-out',
        deadline: '2026-10-23',
        workingDays: 5,
        calendarDays: 7,
        approx: false,
        outsideCalendar: false,
      },
      {
        step: 'whole',
        unit: 'working-days',
        from: '2026-09-28',
        deadline: '2026-10-23',
        workingDays: 15,
        calendarDays: 25,
        approx: false,
        outsideCalendar: false,
      },
    ]);
    expect(t.end).toBe('2026-10-23');
    expect(t.outsideCalendar).toBe(false);
  });

  it('dates a request filed on Friday 2025-09-26, before National Day 2025', () => {
    // Out: 09-28 (Sun), 09-29, 09-30, 10-09, 10-10, 10-11 (Sat), 10-13 … 10-16 → 10-16.
    // In: 10-17, 10-20 … 10-23 → 10-23.
    const t = buildTimeline(cal, '2025-09-26', crossProvince);
    expect(t.items.map((i) => [i.step, i.from, i.deadline])).toEqual([
      ['transfer-out', '2025-09-26', '2025-10-16'],
      ['transfer-in', '2025-10-16', '2025-10-23'],
      ['whole', '2025-09-26', '2025-10-23'],
    ]);
  });

  it('resolves `after` whatever the input order', () => {
    const t = buildTimeline(cal, '2026-09-28', [crossProvince[1]!, crossProvince[0]!]);
    expect(t.items.map((i) => [i.step, i.deadline])).toEqual([
      ['transfer-in', '2026-10-23'],
      ['transfer-out', '2026-10-16'],
    ]);
  });
});

describe('other units', () => {
  it('adds months with date-fns (end of month clamps) and counts the working days inside', () => {
    // (01-31, 02-28]: 20 weekdays − 6 holiday weekdays (02-16 … 02-20, 02-23) + 02-14, 02-28 = 16.
    const t = buildTimeline(cal, '2026-01-31', [
      { step: 'balance-arrival', unit: 'months', max: 1, approx: true },
    ]);
    expect(t.items[0]).toMatchObject({
      deadline: '2026-02-28',
      workingDays: 16,
      calendarDays: 28,
      approx: true,
      outsideCalendar: false,
    });
  });

  it('adds calendar days across National Day 2026', () => {
    // (09-28, 10-28]: 09-29, 09-30, 10-08, 10-09, 10-10, 10-12 … 10-16, 10-19 … 10-23, 10-26 … 10-28.
    const t = buildTimeline(cal, '2026-09-28', [{ step: 'waiting-period', unit: 'calendar-days', max: 30 }]);
    expect(t.items[0]).toMatchObject({ deadline: '2026-10-28', workingDays: 18, calendarDays: 30 });
  });

  it('gives an earliest date for a minimum and no deadline without a maximum', () => {
    const t = buildTimeline(cal, '2026-09-28', [{ step: 'waiting-period', unit: 'months', min: 3 }]);
    expect(t.items[0]).toMatchObject({ earliest: '2026-12-28', deadline: null, workingDays: null });
    expect(t.end).toBeNull();
  });
});

describe('outside the covered years', () => {
  it('flags every item whose count or start touches an uncovered date', () => {
    // 2019 is not bundled. Out: 2019-12-23 … 12-27, 12-30, 12-31, 2020-01-02, 01-03, 01-06 → 01-06.
    // In (from 01-06, all in 2020): 01-07 … 01-10, 01-13 → 01-13, flagged because its start is.
    const t = buildTimeline(cal, '2019-12-20', crossProvince);
    expect(t.items.map((i) => [i.step, i.deadline, i.outsideCalendar])).toEqual([
      ['transfer-out', '2020-01-06', true],
      ['transfer-in', '2020-01-13', true],
      ['whole', '2020-01-13', true],
    ]);
    expect(t.outsideCalendar).toBe(true);
  });

  it('flags a plan whose deadlines run past the last published year', () => {
    const last = Math.max(...cal.coveredYears);
    const t = buildTimeline(cal, `${last}-12-20`, crossProvince);
    expect(t.outsideCalendar).toBe(true);
    expect(t.end?.startsWith(`${last + 1}-`)).toBe(true);
  });
});

describe('inconsistent steps', () => {
  it('rejects an `after` that names a missing step', () => {
    expect(() => buildTimeline(cal, '2026-09-28', [crossProvince[1]!])).toThrow(TimelineInputError);
  });

  it('rejects cycles, duplicates and chaining on a step without maximum', () => {
    const cyclic: TimelineStepInput[] = [
      { step: 'transfer-out', unit: 'working-days', max: 10, after: 'transfer-in' },
      { step: 'transfer-in', unit: 'working-days', max: 5, after: 'transfer-out' },
    ];
    expect(() => buildTimeline(cal, '2026-09-28', cyclic)).toThrow(/cyclic/);
    expect(() => buildTimeline(cal, '2026-09-28', [crossProvince[0]!, crossProvince[0]!])).toThrow(/twice/);
    const open: TimelineStepInput[] = [
      { step: 'transfer-out', unit: 'working-days', min: 1 },
      { step: 'transfer-in', unit: 'working-days', max: 5, after: 'transfer-out' },
    ];
    expect(() => buildTimeline(cal, '2026-09-28', open)).toThrow(/no maximum/);
  });

  it('rejects an invalid application date', () => {
    expect(() => buildTimeline(cal, '2026-09-31', crossProvince)).toThrow(/YYYY-MM-DD/);
  });
});
