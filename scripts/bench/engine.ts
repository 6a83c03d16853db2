/**
 * Engine bench: detector build time and scan throughput on ≥ 5 MB of Chinese text (the seed
 * paragraphs shuffled and repeated), side by side with a naive peer measured in the same run: one
 * alternation RegExp of every pattern the automaton holds, longest first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { buildAutomaton } from '../../lib/automaton';
import { bundledData } from '../../lib/bundled-detector';
import { createDetector } from '../../lib/detector';

// ../shared/seeds beside the checkout; a worktree deeper down finds the same folder further up.
function seedDir(): string {
  for (let dir = join(import.meta.dirname, '../..'); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('bench: no shared/seeds folder above the repository');
}
const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 7;
const BUILD_RUNS = 21;

function corpus(): string {
  const seeds = seedDir();
  const paragraphs = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(seeds, f), 'utf8').split('\n'))
    .filter((p) => p.trim() !== '');
  let seed = 20250921;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const out: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES) {
    const p = paragraphs[rand(paragraphs.length)]!;
    out.push(p);
    bytes += Buffer.byteLength(p, 'utf8') + 1;
  }
  return out.join('\n');
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time<T>(fn: () => T): [number, T] {
  const t0 = performance.now();
  const r = fn();
  return [performance.now() - t0, r];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function runEngineBench(): void {
  const text = corpus();
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const data = bundledData();

  const [coldBuild, detector] = time(() => createDetector(data));
  const builds = Array.from({ length: BUILD_RUNS }, () => createDetector(data).stats.buildMs);
  const patterns = detector.patternTexts;
  const automatonBuilds = Array.from({ length: BUILD_RUNS }, () => time(() => buildAutomaton(patterns))[0]);
  const automaton = buildAutomaton(patterns);

  const [regexBuild, regex] = time(() => new RegExp([...patterns].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g'));

  const scanTimes: number[] = [];
  const rawTimes: number[] = [];
  const regexTimes: number[] = [];
  let mentions = 0;
  let rawMatches = 0;
  let regexMatches = 0;
  for (let i = 0; i < RUNS; i++) {
    const [ts, r] = time(() => detector.scan(text));
    scanTimes.push(ts);
    mentions = r.mentions.length;
    const [tr, flat] = time(() => automaton.findAll(text));
    rawTimes.push(tr);
    rawMatches = flat.length / 3;
    const [tx, n] = time(() => {
      let count = 0;
      regex.lastIndex = 0;
      while (regex.exec(text) !== null) count++;
      return count;
    });
    regexTimes.push(tx);
    regexMatches = n;
  }

  const mbps = (ms: number) => mb / (ms / 1000);
  const scan = mbps(median(scanTimes));
  const raw = mbps(median(rawTimes));
  const naive = mbps(median(regexTimes));
  // Best runs too: on a shared machine the median carries other processes' load.
  const best = (xs: number[]) => mbps(Math.min(...xs));
  const row = (name: string, value: string, note = '') => console.log(`  ${name.padEnd(34)} ${value.padStart(12)}  ${note}`);
  console.log(`engine bench — ${mb.toFixed(2)} MB of seed text (UTF-8), ${text.length} UTF-16 units, ${patterns.length} patterns, median of ${RUNS}`);
  row('detector build (cold, first)', `${coldBuild.toFixed(1)} ms`);
  row('detector build (warm, median)', `${median(builds).toFixed(1)} ms`, `best ${Math.min(...builds).toFixed(1)} ms; automaton alone ${median(automatonBuilds).toFixed(1)} ms, ${detector.stats.states} states`);
  row('naive RegExp build', `${regexBuild.toFixed(1)} ms`);
  row('detector.scan (full engine)', `${scan.toFixed(1)} MB/s`, `best ${best(scanTimes).toFixed(1)} MB/s, ${mentions} mentions`);
  row('automaton pass alone', `${raw.toFixed(1)} MB/s`, `best ${best(rawTimes).toFixed(1)} MB/s, ${rawMatches} raw matches`);
  row('naive RegExp alternation', `${naive.toFixed(1)} MB/s`, `best ${best(regexTimes).toFixed(1)} MB/s, ${regexMatches} matches`);
  row('ratio scan / naive', `${(scan / naive).toFixed(1)}×`, 'rules, topics and context included vs bare matching');
  row('ratio automaton / naive', `${(raw / naive).toFixed(1)}×`, 'bare matching vs bare matching');
  console.log(`  (MB = 10^6 bytes of UTF-8; load average now ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`);
}
