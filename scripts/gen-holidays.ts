/**
 * Builds data/holidays.generated.json from the chinese-days package (build time only, so the
 * extension ships a small, validated calendar and never depends on the package at run time).
 * The year after the package's last notice is estimated from the law: scripts/holidays/.
 *
 * Run: npm run gen:holidays
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { buildCalendar } from './holidays/build-calendar';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('chinese-days/package.json'));
const packageVersion = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))).version;

const DayMap = z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.string());
const source = z.object({ holidays: DayMap, workdays: DayMap }).parse(JSON.parse(readFileSync(join(packageDir, 'dist', 'chinese-days.json'), 'utf8')));
const calendar = buildCalendar(source, packageVersion);

const outFile = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'holidays.generated.json');
const json = `${JSON.stringify(calendar, null, 1)}\n`;
writeFileSync(outFile, json);

const yearOf = (date: string): number => Number(date.slice(0, 4));
const count = (map: Record<string, string>, year: number) => Object.keys(map).filter((d) => yearOf(d) === year).length;
const estimated = new Set(calendar.estimated?.map((e) => e.year));
console.log(`chinese-days ${packageVersion}; years covered: ${calendar.years.join(', ')}`);
for (const y of calendar.years) {
  const note = estimated.has(y) ? ' (estimated from the statutory days; no notice in this package version)' : '';
  console.log(`  ${y}: ${count(calendar.holidays, y)} holiday days, ${count(calendar.workdays, y)} make-up workdays${note}`);
}
console.log(`wrote ${outFile} (${Buffer.byteLength(json)} bytes)`);
