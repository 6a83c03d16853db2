/**
 * The holiday calendar from chinese-days' raw data: every year the package transcribes from a State
 * Council notice, then the next year estimated from the law (statutory-days.ts) until the package
 * carries its notice. A package release with that year replaces the estimate on the next
 * `npm run gen:holidays`, with no code change (tests/unit/gen-holidays.test.ts).
 */
import { HolidayCalendar } from '../../data/schema';
import { onWeekend, statutoryDays } from './statutory-days';

// Older schedules are irrelevant to transfers filed today and would only grow the bundle.
export const FIRST_YEAR = 2020;

/** The package's dist/chinese-days.json: each value reads "English name,中文名,days-in-lieu count". */
export interface PackageDays {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const OFFICIAL_SPELLING: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };
// A notice always schedules these six (中秋节 may fall inside 国庆节, as in 2020); a year missing one
// would be a partial transcription and must not be advertised as covered.
const EVERY_NOTICE = ['元旦', '春节', '清明节', '劳动节', '端午节', '国庆节'];
export const ESTIMATE_BASIS =
  '《全国年节及纪念日放假办法》(2024 revision, 国务院令第795号, in force 2025-01-01) Art. 2; lunar dates and 清明 from chinese-days; no 调休 or 补假 (Art. 6) until the State Council notice';

function chineseName(raw: string, date: string): string {
  const zh = raw.split(',')[1]?.trim();
  if (!zh || !/\p{Script=Han}/u.test(zh)) throw new Error(`chinese-days entry for ${date} has no Chinese name: ${JSON.stringify(raw)}`);
  // The notices write 清明节, 端午节, 中秋节; the package drops the 节 on these three.
  return OFFICIAL_SPELLING[zh] ?? zh;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

function pick(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const date of Object.keys(map).sort()) if (yearOf(date) >= FIRST_YEAR) out[date] = chineseName(map[date]!, date);
  return out;
}

export function buildCalendar(source: PackageDays, packageVersion: string): HolidayCalendar {
  // A year counts as official only when the package holds its schedule, which always lists holidays;
  // make-up workdays alone (e.g. a late-December 调休 for next New Year) do not count.
  const official = [...new Set(Object.keys(source.holidays).map(yearOf))].filter((y) => y >= FIRST_YEAR).sort((a, b) => a - b);
  const holidays = pick(source.holidays);
  const workdays = pick(source.workdays);
  for (const y of official) {
    const names = new Set(Object.entries(holidays).flatMap(([d, name]) => (yearOf(d) === y ? [name] : [])));
    const missing = EVERY_NOTICE.filter((name) => !names.has(name));
    if (missing.length > 0) throw new Error(`${y} lacks ${missing.join('、')}; is its schedule complete?`);
  }
  const next = (official.at(-1) ?? FIRST_YEAR - 1) + 1;
  const days = statutoryDays(next);
  for (const d of days) holidays[d.date] = d.name;
  const sorted = Object.fromEntries(Object.entries(holidays).sort(([a], [b]) => a.localeCompare(b)));
  for (const date of Object.keys(sorted)) if (date in workdays) throw new Error(`${date} is both a holiday and a make-up workday`);
  return HolidayCalendar.parse({
    generated: {
      by: 'scripts/gen-holidays.ts',
      from: `chinese-days@${packageVersion} (dist/chinese-days.json), which transcribes the State Council (国务院办公厅) holiday notices; years from ${FIRST_YEAR}; ${next} estimated from the statutory days until its notice is in the package`,
      regenerate: 'npm run gen:holidays (after updating chinese-days when a new year is announced)',
    },
    years: [...official, next],
    holidays: sorted,
    workdays,
    estimated: [{ year: next, basis: ESTIMATE_BASIS, weekendHolidays: onWeekend(days) }],
  });
}
