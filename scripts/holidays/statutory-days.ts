/**
 * The statutory holiday days of a year, from the law alone: 《全国年节及纪念日放假办法》 (2024 revision,
 * 国务院令第795号, in force 2025-01-01), Art. 2: 元旦 1 day (1/1); 春节 4 days (除夕 and 正月初一至初三);
 * 清明节 1 day (the 清明 solar term); 劳动节 2 days (5/1–5/2); 端午节 1 day (五月初五); 中秋节 1 day
 * (八月十五); 国庆节 3 days (10/1–10/3). The lunar dates and the solar term come from chinese-days.
 *
 * What the law does not fix, and only the State Council's yearly notice says: the 调休 (weekend days
 * worked to make bridges) and, under Art. 6, which weekday replaces a statutory day that falls on a
 * weekend (补假). So these days are a floor: a notice adds days off and make-up workdays around them.
 */
import { createRequire } from 'node:module';
import { addDays, format, isWeekend, parseISO } from 'date-fns';

const require = createRequire(import.meta.url);
// chinese-days' ESM build has no named exports for these; its CommonJS build does.
const lunar = require('chinese-days') as {
  getSolarDateFromLunar(lunarDate: string): { date: string };
  getSolarTerms(start: string, end: string): { date: string; term: string }[];
};

export interface StatutoryDay {
  date: string;
  name: string;
}

const iso = (d: Date) => format(d, 'yyyy-MM-dd');
const span = (first: string, days: number): string[] => Array.from({ length: days }, (_, i) => iso(addDays(parseISO(first), i)));
const fromLunar = (year: number, month: number, day: number): string =>
  lunar.getSolarDateFromLunar(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`).date;

/**
 * The Chinese calendar is reckoned in Beijing time (GB/T 33661-2017), but chinese-days computes in
 * the machine's zone: in Los Angeles it puts 清明 2027 on 04-03 and 春节 on 02-07. So the lookups run
 * with TZ set to China's, which Node applies to Dates at once, and the caller's zone is restored.
 */
function inChinaTime<T>(run: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = 'Asia/Shanghai';
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

export function statutoryDays(year: number): StatutoryDay[] {
  return inChinaTime(() => lawDays(year));
}

function lawDays(year: number): StatutoryDay[] {
  const newYear = fromLunar(year, 1, 1);
  // 除夕 is the last day of the old lunar year (腊月廿九 in years whose 腊月 is short, as in 2027).
  const eve = iso(addDays(parseISO(newYear), -1));
  const qingming = lunar.getSolarTerms(`${year}-04-01`, `${year}-04-10`).find((t) => t.term === 'pure_brightness');
  if (!qingming) throw new Error(`no 清明 solar term found in April ${year}`);
  const days: StatutoryDay[] = [
    { date: `${year}-01-01`, name: '元旦' },
    ...[eve, ...span(newYear, 3)].map((date) => ({ date, name: '春节' })),
    { date: qingming.date, name: '清明节' },
    ...span(`${year}-05-01`, 2).map((date) => ({ date, name: '劳动节' })),
    { date: fromLunar(year, 5, 5), name: '端午节' },
    { date: fromLunar(year, 8, 15), name: '中秋节' },
    ...span(`${year}-10-01`, 3).map((date) => ({ date, name: '国庆节' })),
  ];
  for (const d of days) if (!d.date.startsWith(`${year}-`)) throw new Error(`${d.name} ${d.date} is not in ${year}`);
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** Statutory days on a Saturday or Sunday: the ones whose 补假 weekday only the notice can name. */
export const onWeekend = (days: readonly StatutoryDay[]): StatutoryDay[] => days.filter((d) => isWeekend(parseISO(d.date)));
