// Late-fee estimate for unpaid months: 0.05 % of the amount owed per day (社会保险法第八十六条 for
// employers; some places charge individuals the same). Every assumption is returned with the numbers.

import { differenceInCalendarDays } from 'date-fns';
import { formatIsoDate } from '../calendar/working-days';
import { fromMonthIndex, monthIndex, parseYearMonth } from './year-month';

export const LATE_FEE_RATE_PER_DAY = 0.0005;

export type { YearMonth } from './year-month';

/** Months strictly between the last paid month and the restart month: the unpaid ones. */
export function unpaidMonths(lastPaid: string, restart: string): string[] | null {
  const a = parseYearMonth(lastPaid);
  const b = parseYearMonth(restart);
  if (!a || !b) return null;
  const start = monthIndex(a);
  const end = monthIndex(b);
  if (end <= start) return null;
  const out: string[] = [];
  for (let i = start + 1; i < end; i++) out.push(fromMonthIndex(i));
  return out;
}

export interface LateFeeRow {
  month: string;
  /** Last day of the month: when it is assumed due. */
  due: string;
  days: number;
  amount: number;
  fee: number;
}

export interface LateFeeEstimate {
  rows: LateFeeRow[];
  total: number;
  /** Assumed payment day: the first day of the restart month. */
  paidOn: string;
  rate: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function estimateLateFee(months: string[], restart: string, monthlyAmount: number): LateFeeEstimate | null {
  const r = parseYearMonth(restart);
  if (!r || !(monthlyAmount > 0) || !Number.isFinite(monthlyAmount)) return null;
  // Local-midnight dates and calendar-day differences (lib/calendar/working-days.ts convention).
  const paid = new Date(r.year, r.month - 1, 1);
  const rows = months.flatMap((month) => {
    const p = parseYearMonth(month);
    if (!p) return [];
    const due = new Date(p.year, p.month, 0); // day 0 of the next month = last day of this one
    const days = differenceInCalendarDays(paid, due);
    return [{ month, due: formatIsoDate(due), days, amount: monthlyAmount, fee: round2(monthlyAmount * LATE_FEE_RATE_PER_DAY * days) }];
  });
  const total = round2(rows.reduce((sum, row) => sum + monthlyAmount * LATE_FEE_RATE_PER_DAY * row.days, 0));
  return { rows, total, paidOn: formatIsoDate(paid), rate: LATE_FEE_RATE_PER_DAY };
}
