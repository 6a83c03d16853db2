/**
 * `npm run bench:cold`: the detector's first (cold) pass over the 1 MB bench page's text, in the
 * 4 KB batches the annotator reads, counted in instructions by valgrind's callgrind with V8 on one
 * thread (its compiles included). Unlike a time, the count does not move with the machine's load
 * (±2 % run to run here), so a change of a few percent to the engine's start shows. Takes ~2 min.
 * The lens's start runs this code cold: `npm run bench` shows the same pass in the browsers,
 * first and warm.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../../tests/browser/harness';
import { bigArticle } from './seed-pages';

const OUT = path.join(ROOT, 'test-output/bench-cold');
const BATCH_CHARS = 4096;

function batches(): string[] {
  const out: string[] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const block of bigArticle().blocks) {
    batch.push(block);
    chars += block.length;
    if (chars >= BATCH_CHARS) {
      out.push(batch.join('\n'));
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) out.push(batch.join('\n'));
  return out;
}

/** Instructions of one run of the runner with `passes` passes (V8 on one thread: compiles counted too). */
function instructions(runner: string, batchFile: string, passes: number): number {
  const run = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', runner], {
    env: { ...process.env, COLD_BATCHES: batchFile, COLD_PASSES: String(passes) },
    encoding: 'utf8',
  });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !refs) throw new Error(`bench:cold: valgrind did not run (${run.error?.message ?? (run.stderr ?? '').trim().split('\n').pop()})`);
  return Number(refs[1]!.replace(/,/g, ''));
}

mkdirSync(OUT, { recursive: true });
const batchFile = path.join(OUT, 'batches.json');
const text = batches();
writeFileSync(batchFile, JSON.stringify(text));
const runner = path.join(OUT, 'runner.mjs');
await build({ entryPoints: [path.join(ROOT, 'scripts/bench/cold-pass-runner.ts')], bundle: true, platform: 'node', format: 'esm', outfile: runner, logLevel: 'error' });
const [none, one, two] = [0, 1, 2].map((p) => instructions(runner, batchFile, p)) as [number, number, number];
const m = (n: number) => `${(n / 1e6).toFixed(0)} M`;
const chars = text.reduce((n, b) => n + b.length, 0);
console.log(`Detector on the 1 MB page's text (${text.length} batches, ${chars} chars), instructions (callgrind, V8 single-threaded):`);
console.log(`  first pass (cold)   ${m(one - none).padStart(8)}`);
console.log(`  second pass         ${m(two - one).padStart(8)}`);
console.log(`  ratio first/second  ${((one - none) / (two - one)).toFixed(1)}×`);
