// The days a plan spans, from the application day to its last deadline, each with its kind on the
// holiday calendar, so the popup can draw them (working days, weekends, holidays, 调休 make-up workdays).
import { addDays } from 'date-fns';
import { formatIsoDate, parseIsoDate, type DayInfo, type IsoDateString, type WorkingDayCalendar } from '../calendar/working-days';

/** A strip longer than this is cut (a months-long limit would not fit the popup; the dates still say it). */
export const STRIP_MAX_DAYS = 62;

export function calendarStrip(calendar: WorkingDayCalendar, from: IsoDateString, to: IsoDateString | null): DayInfo[] {
  if (!to || to < from) return [];
  const days: DayInfo[] = [];
  const end = parseIsoDate(to);
  for (let day = parseIsoDate(from); day <= end && days.length < STRIP_MAX_DAYS; day = addDays(day, 1)) {
    days.push(calendar.dayInfo(formatIsoDate(day)));
  }
  return days;
}
