/**
 * Engine bench: detector build time and scan throughput on ≥ 5 MB of Chinese text (the seed
 * paragraphs shuffled and repeated), side by side with a naive peer measured in the same run: one
 * alternation RegExp of every pattern the automaton holds, longest first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { buildAutomaton, loadAutomaton } from '../../lib/matcher/automaton';
import { decodeAutomaton, type AutomatonFile } from '../../lib/matcher/automaton-file';
import detectorFile from '../../data/page-detector.generated.json';
import { bundledData } from '../../lib/bundle/validated-detector';
import { createDetector } from '../../lib/matcher/detector';

// ../shared/seeds beside the checkout; a worktree deeper down finds the same folder further up.
function seedDir(): string {
  for (let dir = join(import.meta.dirname, '../..'); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared/seeds'))) return join(dir, 'shared/seeds');
  }
  throw new Error('bench: no shared/seeds folder above the repository');
}
const TARGET_BYTES = 5 * 1024 * 1024;
const RUNS = 9;
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

/** CPU time of this process (user + system), ms: waiting for a core on a loaded machine is not counted. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

function time<T>(fn: () => T): [Timing, T] {
  const c0 = cpuMs();
  const t0 = performance.now();
  const r = fn();
  return [{ wall: performance.now() - t0, cpu: cpuMs() - c0 }, r];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function runEngineBench(): void {
  const loadBefore = loadavg()[0]!;
  const text = corpus();
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const data = bundledData();

  // Cold: the first build in this process, before any of its code is compiled.
  const [coldBuild, detector] = time(() => createDetector(data));
  const builds = Array.from({ length: BUILD_RUNS }, () => time(() => createDetector(data))[0]);
  const patterns = detector.patternTexts;
  const automatonBuilds = Array.from({ length: BUILD_RUNS }, () => time(() => buildAutomaton(patterns))[0]);
  const automaton = buildAutomaton(patterns);
  // What a page does (issue 13): decode the tables made at build time, then load the scan over them.
  const file = detectorFile.automaton as AutomatonFile;
  const automatonLoads = Array.from({ length: BUILD_RUNS }, () => time(() => loadAutomaton(decodeAutomaton(file, file.patternCount)!))[0]);

  // The naive peer: one alternation of the same patterns, longest first, over the same text.
  const [regexBuild, regex] = time(() => new RegExp([...patterns].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g'));

  const scanTimes: Timing[] = [];
  const rawTimes: Timing[] = [];
  const regexTimes: Timing[] = [];
  let mentions = 0;
  let rawMatches = 0;
  let regexMatches = 0;
  // Interleaved, so that a burst of load from elsewhere hits all three alike.
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
  const loadAfter = loadavg()[0]!;

  const mbps = (ms: number) => mb / (ms / 1000);
  /** MB/s: median and best wall-clock run, and the median by CPU time. */
  const rate = (ts: Timing[]) => ({
    median: mbps(median(ts.map((t) => t.wall))),
    best: mbps(Math.min(...ts.map((t) => t.wall))),
    cpu: mbps(median(ts.map((t) => t.cpu))),
  });
  const scan = rate(scanTimes);
  const raw = rate(rawTimes);
  const naive = rate(regexTimes);
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const msRow = (ts: Timing[]) => [ms(median(ts.map((t) => t.wall))), ms(Math.min(...ts.map((t) => t.wall))), ms(median(ts.map((t) => t.cpu)))];
  const line = (name: string, cells: string[], note = '') =>
    console.log(`  ${name.padEnd(28)}${cells.map((c) => c.padStart(13)).join('')}  ${note}`);

  console.log(`engine bench — ${mb.toFixed(2)} MB of seed text (UTF-8), ${text.length} UTF-16 units, ${patterns.length} patterns`);
  console.log(`  load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores`);
  console.log('');
  line(`throughput (MB/s, ${RUNS} runs)`, ['median', 'best', 'cpu median']);
  line('detector.scan (full engine)', [scan.median, scan.best, scan.cpu].map((x) => x.toFixed(1)), `${mentions} mentions`);
  line('automaton pass alone', [raw.median, raw.best, raw.cpu].map((x) => x.toFixed(1)), `${rawMatches} raw matches`);
  line('naive RegExp alternation', [naive.median, naive.best, naive.cpu].map((x) => x.toFixed(1)), `${regexMatches} matches`);
  line('ratio scan / naive', [scan.median / naive.median, scan.best / naive.best, scan.cpu / naive.cpu].map((x) => `${x.toFixed(1)}×`), 'rules, topics, context vs bare matching');
  line('ratio automaton / naive', [raw.median / naive.median, raw.best / naive.best, raw.cpu / naive.cpu].map((x) => `${x.toFixed(1)}×`), 'bare matching vs bare matching');
  console.log('');
  line(`build (${BUILD_RUNS} warm runs)`, ['median', 'best', 'cpu median']);
  line('detector build, cold', [ms(coldBuild.wall), '', ms(coldBuild.cpu)], 'first build in the process');
  line('detector build, warm', msRow(builds), `${detector.stats.states} states`);
  line('automaton alone, warm', msRow(automatonBuilds), 'compiled from the patterns');
  line('automaton from its file', msRow(automatonLoads), 'decoded, as in a page');
  line('naive RegExp build', [ms(regexBuild.wall), '', ms(regexBuild.cpu)]);
  console.log('');
  console.log('  MB = 10^6 bytes of UTF-8. "cpu" is this process\'s CPU time, which leaves out waiting for a core');
  console.log('  on a loaded machine (it still counts GC threads); compare runs under similar load.');
}
