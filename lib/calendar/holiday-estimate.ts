// Which estimated years (working-days.ts `estimated`) a dated window depends on, and the weekend
// statutory days inside it: the card and the plan say the dates are estimates and name those days,
// since the notice may give a weekday off for each (补假) and move weekends (调休).
import type { HolidayEstimate, IsoDateString, WorkingDayCalendar } from './working-days';

export interface EstimateInWindow {
  year: number;
  /** Weekend statutory days within the window, in date order. */
  weekendHolidays: HolidayEstimate['weekendHolidays'];
}

/** Estimated years that (from, to] reaches; empty when every date in it is on an official schedule. */
export function estimatesIn(calendar: WorkingDayCalendar, from: IsoDateString, to: IsoDateString | null): EstimateInWindow[] {
  if (!to) return [];
  const [lo, hi] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  return calendar.estimated
    .filter((e) => e.year >= lo && e.year <= hi)
    .map((e) => ({ year: e.year, weekendHolidays: e.weekendHolidays.filter((d) => d.date > from && d.date <= to) }));
}
