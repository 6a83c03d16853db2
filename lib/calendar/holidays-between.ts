// What lies between an application day and a deadline on the holiday calendar: the holidays (why the
// date is later than a plain count of weekdays) and the weekend days worked instead (调休上班).
import { addDays } from 'date-fns';
import { formatIsoDate, parseIsoDate, type IsoDateString, type WorkingDayCalendar } from './working-days';

export interface HolidaySpan {
  name: string;
  first: IsoDateString;
  last: IsoDateString;
}

export interface DaysBetween {
  /** Runs of holiday days with one name, in date order. */
  holidays: HolidaySpan[];
  makeupDays: IsoDateString[];
}

/** Days in (from, to]: the application day itself is never counted (working-days.ts convention). */
export function holidaysBetween(calendar: WorkingDayCalendar, from: IsoDateString, to: IsoDateString | null): DaysBetween {
  const holidays: HolidaySpan[] = [];
  const makeupDays: IsoDateString[] = [];
  if (!to) return { holidays, makeupDays };
  const end = parseIsoDate(to);
  for (let day = addDays(parseIsoDate(from), 1); day <= end; day = addDays(day, 1)) {
    const iso = formatIsoDate(day);
    const info = calendar.dayInfo(iso);
    if (info.kind === 'holiday' && info.holiday) {
      const last = holidays.at(-1);
      if (last && last.name === info.holiday) last.last = iso;
      else holidays.push({ name: info.holiday, first: iso, last: iso });
    } else if (info.kind === 'makeup-workday') makeupDays.push(iso);
  }
  return { holidays, makeupDays };
}

/** The holidays' names, each once, in the order they come. */
export const holidayNamesBetween = (calendar: WorkingDayCalendar, from: IsoDateString, to: IsoDateString): string[] => [
  ...new Set(holidaysBetween(calendar, from, to).holidays.map((h) => h.name)),
];
