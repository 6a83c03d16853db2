/**
 * Working-day arithmetic on China's official holiday calendar (法定节假日 + 调休).
 *
 * Dates are 'YYYY-MM-DD' strings meaning a day in China's calendar. They are parsed with date-fns
 * into local-midnight Dates and formatted back from local fields only, so no step ever reads the
 * UTC offset: the machine's time zone cannot shift a date by one day.
 *
 * Counting convention (the one the 医保 procedures use for "N个工作日内"): the application day is
 * day 0 and is never counted; the limit ends on the Nth working day AFTER it. A request filed on the
 * Friday before a holiday therefore starts counting on the next working day, which may be a
 * make-up Saturday or Sunday (调休上班).
 *
 * Outside the covered years nothing is known about holidays, so days fall back to plain Monday–Friday
 * and every result says so with outsideCalendar=true instead of throwing. One known limit inside the
 * covered years: a notice may move a late-December weekend of the year before into a workday (it did
 * for 2018-12-29), so the last days of the last covered year can still change when the next notice
 * appears; `covers` cannot know that and still answers true for them.
 */
import { addDays, differenceInCalendarDays, format, isValid, isWeekend, parseISO } from 'date-fns';
import type { HolidayCalendar } from '../../data/schema';

export type IsoDateString = string;

/** Thrown for input the caller should have validated (bad date string, bad count). */
export class CalendarInputError extends Error {
  override readonly name = 'CalendarInputError';
  constructor(
    readonly code: 'invalid-date' | 'invalid-count',
    readonly input: unknown,
  ) {
    super(
      code === 'invalid-date'
        ? `not a calendar date in YYYY-MM-DD form: ${JSON.stringify(input)}`
        : `working-day count must be a non-negative integer: ${JSON.stringify(input)}`,
    );
  }
}

/** First and last counted date that lay outside the covered years (counted as Mon–Fri). */
export interface OutsideSpan {
  first: IsoDateString;
  last: IsoDateString;
}

export interface AddResult {
  date: IsoDateString;
  outsideCalendar: boolean;
  datesOutside?: OutsideSpan;
}

export interface CountResult {
  count: number;
  outsideCalendar: boolean;
  datesOutside?: OutsideSpan;
}

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup-workday';

export interface DayInfo {
  date: IsoDateString;
  working: boolean;
  kind: DayKind;
  /** Holiday name (国庆节) for a holiday, or the holiday a make-up workday belongs to. */
  holiday?: string;
  covered: boolean;
}

export type HolidayEstimate = NonNullable<HolidayCalendar['estimated']>[number];

export interface WorkingDayCalendar {
  coveredYears: readonly number[];
  /** Covered years whose notice is not out: statutory days skipped, 调休 and 补假 unknown (holiday-estimate.ts). */
  estimated: readonly HolidayEstimate[];
  covers(date: IsoDateString): boolean;
  isWorkingDay(date: IsoDateString): boolean;
  dayInfo(date: IsoDateString): DayInfo;
  addWorkingDays(start: IsoDateString, n: number): AddResult;
  /** Working days in (from, to]; negative when to is before from. */
  countWorkingDays(from: IsoDateString, to: IsoDateString): CountResult;
}

export function parseIsoDate(date: IsoDateString): Date {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    throw new CalendarInputError('invalid-date', date);
  }
  const parsed = parseISO(date);
  // parseISO rejects 02-30, but the round trip also guards against any silent roll-over.
  if (!isValid(parsed) || formatIsoDate(parsed) !== date) throw new CalendarInputError('invalid-date', date);
  return parsed;
}

export function formatIsoDate(date: Date): IsoDateString {
  return format(date, 'yyyy-MM-dd');
}

export function createWorkingDayCalendar(cal: HolidayCalendar): WorkingDayCalendar {
  const years = new Set(cal.years);
  const coveredYears = Object.freeze([...years].sort((a, b) => a - b));

  const coversKey = (key: IsoDateString) => years.has(Number(key.slice(0, 4)));

  function infoOf(day: Date): DayInfo {
    const key = formatIsoDate(day);
    const covered = coversKey(key);
    const holiday = covered ? cal.holidays[key] : undefined;
    if (holiday !== undefined) return { date: key, working: false, kind: 'holiday', holiday, covered };
    const makeup = covered ? cal.workdays[key] : undefined;
    if (makeup !== undefined) return { date: key, working: true, kind: 'makeup-workday', holiday: makeup, covered };
    const weekend = isWeekend(day);
    return { date: key, working: !weekend, kind: weekend ? 'weekend' : 'workday', covered };
  }

  function track(span: OutsideSpan | undefined, key: IsoDateString): OutsideSpan {
    return span ? { first: span.first, last: key } : { first: key, last: key };
  }

  function result<T extends object>(base: T, span: OutsideSpan | undefined) {
    return span ? { ...base, outsideCalendar: true, datesOutside: span } : { ...base, outsideCalendar: false };
  }

  return {
    coveredYears,
    estimated: Object.freeze([...(cal.estimated ?? [])]),
    covers: (date) => coversKey(formatIsoDate(parseIsoDate(date))),
    isWorkingDay: (date) => infoOf(parseIsoDate(date)).working,
    dayInfo: (date) => infoOf(parseIsoDate(date)),

    addWorkingDays(start, n) {
      let day = parseIsoDate(start);
      if (!Number.isInteger(n) || n < 0) throw new CalendarInputError('invalid-count', n);
      let span: OutsideSpan | undefined;
      for (let left = n; left > 0; ) {
        day = addDays(day, 1);
        const info = infoOf(day);
        if (!info.covered) span = track(span, info.date);
        if (info.working) left -= 1;
      }
      return result({ date: formatIsoDate(day) }, span);
    },

    countWorkingDays(from, to) {
      const a = parseIsoDate(from);
      const b = parseIsoDate(to);
      const sign = differenceInCalendarDays(b, a) < 0 ? -1 : 1;
      const [lo, hi] = sign < 0 ? [b, a] : [a, b];
      let count = 0;
      let span: OutsideSpan | undefined;
      for (let day = addDays(lo, 1); differenceInCalendarDays(hi, day) >= 0; day = addDays(day, 1)) {
        const info = infoOf(day);
        if (!info.covered) span = track(span, info.date);
        if (info.working) count += 1;
      }
      return result({ count: sign * count || 0 }, span);
    },
  };
}
