// 'YYYY-MM' months as the gap helper and the late-fee estimate take them: parsed once, counted as a
// month index (year × 12 + month − 1) so adding months and listing the ones between are plain sums.

export type YearMonth = `${number}-${number}`;

export function parseYearMonth(value: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year, month } : null;
}

export function formatYearMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

export const monthIndex = (m: { year: number; month: number }): number => m.year * 12 + m.month - 1;

export const fromMonthIndex = (i: number): string => formatYearMonth(Math.floor(i / 12), (i % 12) + 1);

/** 'YYYY-MM' plus n months (n may be negative). Named apart from date-fns's addMonths, which takes Dates. */
export function addYearMonths(month: string, n: number): string {
  const p = parseYearMonth(month);
  if (!p) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return fromMonthIndex(monthIndex(p) + n);
}
