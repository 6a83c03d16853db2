// Last line of a CI run: totals from the vitest JSON reports npm test writes to test-output/results/.
import console from 'node:console';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import process from 'node:process';

const dir = 'test-output/results';
let passed = 0;
let failed = 0;
for (const file of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : []) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
const status = Number(process.argv[2] ?? 0);
// A failing typecheck, lint or build stops npm test before or between the test runs.
const note = status !== 0 && failed === 0 ? ' (npm test failed outside the tests: see above)' : '';
console.log(`${passed} passed, ${failed} failed${note}`);
