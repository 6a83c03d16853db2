/**
 * Builds data/holidays.generated.json from the chinese-days package (build time only, so the
 * extension ships a small, validated calendar and never depends on the package at run time).
 *
 * Run: npm run gen:holidays
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { HolidayCalendar } from '../data/schema';

// Older schedules are irrelevant to transfers filed today and would only grow the bundle.
const FIRST_YEAR = 2020;

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const packageVersion = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))).version;

// The package's own raw data: each value reads "English name,中文名,days-in-lieu count".
const DayMap = z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string());
const Source = z.object({ holidays: DayMap, workdays: DayMap });
const source = Source.parse(
  JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')),
);

const OFFICIAL_SPELLING: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' };

function chineseName(raw: string, date: string): string {
  const zh = raw.split(',')[1]?.trim();
  if (!zh || !/\p{Script=Han}/u.test(zh)) {
    throw new Error(`chinese-days entry for ${date} has no Chinese name: ${JSON.stringify(raw)}`);
  }
  // The notices write 清明节, 端午节, 中秋节; the package drops the 节 on these three.
  return OFFICIAL_SPELLING[zh] ?? zh;
}

const yearOf = (date: string): number => Number(date.slice(0, 4));

// A year counts as covered only when the package holds its State Council schedule, which always
// lists holidays; make-up workdays alone (e.g. a late-December 调休 for next New Year) do not count.
const years = [...new Set(Object.keys(source.holidays).map(yearOf))]
  .filter((y) => y >= FIRST_YEAR)
  .sort((a, b) => a - b);

function pick(map: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const date of Object.keys(map).sort()) {
    if (yearOf(date) >= FIRST_YEAR) out[date] = chineseName(map[date]!, date);
  }
  return out;
}

const calendar = HolidayCalendar.parse({
  generated: {
    by: 'scripts/gen-holidays.ts',
    from: `chinese-days@${packageVersion} (dist/chinese-days.json), which transcribes the State Council (国务院办公厅) holiday notices; years from ${FIRST_YEAR}`,
    regenerate: 'npm run gen:holidays (after updating chinese-days when a new year is announced)',
  },
  years,
  holidays: pick(source.holidays),
  workdays: pick(source.workdays),
});

// A notice always schedules these six (中秋节 may fall inside 国庆节, as in 2020); a year missing one
// would be a partial transcription and must not be advertised as covered.
const EVERY_NOTICE = ['元旦', '春节', '清明节', '劳动节', '端午节', '国庆节'];
for (const y of years) {
  const names = new Set(
    Object.entries(calendar.holidays).flatMap(([d, name]) => (yearOf(d) === y ? [name] : [])),
  );
  const missing = EVERY_NOTICE.filter((name) => !names.has(name));
  if (missing.length > 0) throw new Error(`${y} lacks ${missing.join('、')}; is its schedule complete?`);
}

for (const date of Object.keys(calendar.holidays)) {
  if (date in calendar.workdays) throw new Error(`${date} is both a holiday and a make-up workday`);
}

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'holidays.generated.json');
const json = `${JSON.stringify(calendar, null, 1)}\n`;
writeFileSync(outFile, json);

const count = (map: Record<string, string>, year: number) =>
  Object.keys(map).filter((d) => yearOf(d) === year).length;
console.log(`chinese-days ${packageVersion}; years covered: ${years.join(', ')}`);
for (const y of years) {
  console.log(`  ${y}: ${count(calendar.holidays, y)} holiday days, ${count(calendar.workdays, y)} make-up workdays`);
}
const next = (years.at(-1) ?? 0) + 1;
console.log(`  ${next}: ${years.includes(next) ? 'present' : 'not published in this package version'}`);
console.log(`wrote ${outFile} (${Buffer.byteLength(json)} bytes)`);
