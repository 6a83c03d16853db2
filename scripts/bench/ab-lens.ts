/**
 * `npx tsx scripts/bench/ab-lens.ts OTHER_CHECKOUT`: this checkout's lens against another's on
 * the page bench's 1 MB page, alternating runs in the same browsers, to tell a change from the
 * machine's noise. Prints the median lens work and detector build of each side, per browser.
 */
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startFixtureServer } from '../../tests/browser/harness';
import { launchChromiumBench } from './chromium-bench-browser';
import { launchFirefoxBench } from './firefox-bench-browser';
import { MANIFEST_CSS } from './page-measure';
import { bigArticle } from './seed-pages';

const other = process.argv[2];
if (!other) throw new Error('usage: ab-lens.ts OTHER_CHECKOUT');
const runs = Number(process.env.BENCH_RUNS) || 7;
const OUT = path.join(ROOT, 'test-output/ab');
mkdirSync(OUT, { recursive: true });
writeFileSync(path.join(OUT, 'big.html'), bigArticle().html);
const sides = { here: ROOT, other: path.resolve(other) };
for (const [name, dir] of Object.entries(sides)) {
  await build({ entryPoints: [path.join(dir, 'scripts/bench/page-entry.ts')], bundle: true, minify: true, format: 'iife', outfile: path.join(OUT, `${name}.js`), logLevel: 'error' });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const server = await startFixtureServer(OUT);
for (const [browserName, launch] of [['Chromium', launchChromiumBench], ['Firefox', launchFirefoxBench]] as const) {
  if (process.env.BENCH_BROWSERS && !process.env.BENCH_BROWSERS.toLowerCase().includes(browserName.toLowerCase())) continue;
  const browser = await launch();
  const work: Record<string, number[]> = { here: [], other: [] };
  const builds: Record<string, number[]> = { here: [], other: [] };
  for (let i = 0; i < runs; i++) {
    for (const name of i % 2 ? ['here', 'other'] : ['other', 'here']) {
      const page = await browser.open(server.url('big.html'), MANIFEST_CSS);
      await new Promise((r) => setTimeout(r, 300));
      await page.addScript(path.join(OUT, `${name}.js`));
      const r = await page.evaluate<{ workMs: number; buildMs: number }>('new Promise((r) => setTimeout(() => r(window.benchLens.runLens()), 0))');
      work[name]!.push(r.workMs);
      builds[name]!.push(r.buildMs);
      await page.close();
    }
  }
  await browser.close();
  const h = median(work.here!);
  const o = median(work.other!);
  console.log(`${browserName}: here ${h.toFixed(1)} ms, other ${o.toFixed(1)} ms, here/other ${(h / o).toFixed(2)} (median of ${runs})`);
  const [hb, ob] = [median(builds.here!), median(builds.other!)];
  console.log(`${browserName} detector build: here ${hb.toFixed(1)} ms, other ${ob.toFixed(1)} ms, here/other ${(hb / ob).toFixed(2)}`);
}
await server.close();
