/**
 * `npm run bench`: the engine bench (Node) then the page bench (headless Chromium and Firefox).
 * With BENCH_PAGES set (see scripts/bench/page.ts) only the chosen pages run, without the engine bench.
 */
import { runEngineBench } from './bench/engine';
import { runPageBench } from './bench/page';

if (!process.env.BENCH_PAGES) runEngineBench();
await runPageBench();
